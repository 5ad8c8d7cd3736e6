// Runs a Supabase Edge Function from supabase/functions/<name> under Deno (the `deno` npm
// package), on a free port, with the environment given: the Deno.serve handler as deployed.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const denoBin = join(repoRoot, 'node_modules', '.bin', 'deno');

export interface RunningFunction {
  url: string;
  /** Everything the function printed so far (its logs). */
  output(): string;
  stop(): Promise<void>;
}

export function requireDeno(): void {
  if (!existsSync(denoBin)) throw new Error(`Deno is missing at ${denoBin}: run npm ci (devDependency "deno")`);
}

/** What Deno needs to fetch an uncached npm package here: proxies and certificate stores, as set. */
function networkEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (e): e is [string, string] => /^(DENO_(CERT|TLS_CA_STORE|DIR)|SSL_CERT_(FILE|DIR)|NODE_EXTRA_CA_CERTS|https?_proxy|no_proxy)$/i.test(e[0]) && e[1] !== undefined,
    ),
  );
}

export async function startFunction(name: string, env: Record<string, string>): Promise<RunningFunction> {
  requireDeno();
  const dir = join(repoRoot, 'supabase', 'functions', name);
  const child: ChildProcess = spawn(denoBin, ['run', '--allow-net', '--allow-env', '--config', 'deno.json', 'index.ts'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...networkEnv(),
      NO_COLOR: '1',
      DENO_NO_UPDATE_CHECK: '1',
      DENO_SERVE_ADDRESS: 'tcp:127.0.0.1:0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 120 s:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /Listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited (${code}) before listening:\n${out}`));
    });
  });
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
