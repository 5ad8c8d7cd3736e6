import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import solid from 'eslint-plugin-solid/configs/typescript';
import globals from 'globals';

export default tseslint.config(
  // Edge Functions are Deno code: `npm run lint:functions` lints them with deno lint.
  { ignores: ['dist/', 'public/generated/', 'node_modules/', 'test-results/', '.tmp/', 'supabase/functions/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    ...solid,
    languageOptions: { ...solid.languageOptions, globals: { ...globals.browser } },
    rules: { ...solid.rules, 'solid/no-innerhtml': ['error', { allowStatic: false }] },
  },
  {
    files: ['scripts/**/*.ts', 'tests/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Database text is never HTML: no innerHTML anywhere (docs/ARCHITECTURE.md "Security").
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never inject HTML: use text nodes or JSX.' },
        { property: 'outerHTML', message: 'Never inject HTML: use text nodes or JSX.' },
        { property: 'insertAdjacentHTML', message: 'Never inject HTML: use text nodes or JSX.' },
        { property: 'setHTML', message: 'Never inject HTML: use text nodes or JSX.' },
      ],
    },
  },
);
