// Puts the app's Content-Security-Policy (scripts/contentSecurityPolicy.ts) where each host reads
// it: a <meta> in the built index.html (any static host), dist/_headers (Netlify, Cloudflare
// Pages, and scripts/staticServer.ts, which `npm start` runs: adds frame-ancestors, which a meta
// cannot carry) and `vite preview` responses.
// Not in `vite dev`: its client is an inline, hot-reloading script the policy would block.
import type { Plugin } from 'vite';
import { contentSecurityPolicy, type CspEnv } from './contentSecurityPolicy.ts';

/** Headers every response carries on a static host, the policy first. */
export function securityHeaders(env: CspEnv): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(env, 'header'),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // "Near me" asks for the position; nothing else needs a device.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()',
  };
}

/**
 * Netlify / Cloudflare Pages `_headers`: the same headers for every path; hashed assets cached for
 * a year; the service worker checked on every visit, so an update is seen at once (docs/OFFLINE.md).
 */
export function headersFile(env: CspEnv): string {
  const lines = Object.entries(securityHeaders(env)).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n/sw.js\n  Cache-Control: no-cache\n`;
}

export function cspPlugin(): Plugin {
  let env: CspEnv = {};
  return {
    name: 'common-ground:csp',
    apply: (_config, { command, isPreview }) => command === 'build' || !!isPreview,
    configResolved(config) {
      env = config.env as CspEnv;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(env, 'meta') }, injectTo: 'head-prepend' }],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(env) });
    },
    configurePreviewServer(server) {
      const headers = securityHeaders(server.config.env as CspEnv);
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
