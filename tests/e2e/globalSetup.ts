// Serves dist/ (built by `npm run test:e2e` before Vitest starts) with the server `npm start`
// uses (compressed files, wasm type, route fallback), on a free private port, so several test
// runs on one machine never collide.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { TestProject } from 'vitest/node';
import { createStaticServer, listen } from '../../scripts/staticServer';

let server: Server | undefined;

export async function setup(project: TestProject) {
  // CG_DIST serves another build (an older commit's, to see a new test fail before its fix).
  const root = process.env.CG_DIST ?? 'dist';
  if (!existsSync(`${root}/index.html`)) throw new Error(`${root}/ is missing: run \`npm run build\` first (npm run test:e2e does).`);
  server = createStaticServer({ root });
  const port = await listen(server, 0);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
}

export async function teardown() {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
