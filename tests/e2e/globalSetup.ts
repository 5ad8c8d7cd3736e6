// Serves dist/ (built by `npm run test:e2e` before Vitest starts) on a private port.
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  server = await preview({ preview: { port: 4179, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  project.provide('baseUrl', 'http://127.0.0.1:4179');
}

export async function teardown() {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
