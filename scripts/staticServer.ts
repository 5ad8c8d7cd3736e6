// Serves the built app (dist/) the way a production static host should: the brotli or gzip copy
// the build wrote beside each file (scripts/precompress.ts) when the browser accepts it, `.wasm`
// as application/wasm (browsers compile it while it downloads only then), hashed assets cached
// for a year, index.html for client-side routes, and the headers of the build's own `_headers`
// file (the Content-Security-Policy among them), read as Netlify reads it. `npm start` and the
// end-to-end tests use it; `npm start` also serves the Open Referral UK feed under /oruk/ (scripts/orukLocal.ts).
// Byte ranges are answered (206, or 416 for a range outside the file) from the file as it is, never
// a compressed copy: the map reads a region's tile archive (.pmtiles) a range at a time.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { serveWeb, type WebHandler } from './serveWeb';
import { parseRange } from './httpRange';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.gz': 'application/gzip',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.csv': 'text/csv; charset=utf-8',
  '.sql': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** Named by their hash, like the hashed assets: what is there never changes. */
const isImmutable = (urlPath: string) => urlPath.startsWith('/assets/') || /^\/generated\/tiles\/[0-9a-f]{64}\.pmtiles$/.test(urlPath);

/** Encodings we may have written, best first, with the file suffix each uses. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

export interface StaticServerOptions {
  root: string;
  /** Hears the bytes of every response body as they are sent (the bench counts them). */
  onBytes?: (bytes: number, path: string) => void;
  /** false: send every file as it is, like a host that does not compress (the bench's baseline). */
  compress?: boolean;
  /** Answers /oruk and /oruk/... (the Open Referral UK feed); without it they are app routes like any other. */
  oruk?: WebHandler;
}

/** The feed's own address space: /oruk, /oruk/ and everything under it. */
const isOrukPath = (urlPath: string) => urlPath === '/oruk' || urlPath.startsWith('/oruk/');

/** A Netlify / Cloudflare Pages `_headers` file: path patterns ("/*", "/assets/*", "/x") and their headers. */
export function parseHeadersFile(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      if (at > 0 && rules.length) rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** The file under `root` a URL path names, or null when it names none (or leaves `root`). */
function fileFor(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return existsSync(full) && statSync(full).isFile() ? full : null;
}

function accepted(req: IncomingMessage): Set<string> {
  const header = String(req.headers['accept-encoding'] ?? '');
  return new Set(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim().toLowerCase()),
  );
}

type Rules = ReturnType<typeof parseHeadersFile>;

function handle(root: string, rules: Rules, req: IncomingMessage, res: ServerResponse, { onBytes, compress = true }: StaticServerOptions) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = (req.url ?? '/').split('?')[0];
  // _headers is the host's configuration, not a page.
  let file = urlPath === '/_headers' ? null : fileFor(root, urlPath === '/' ? '/index.html' : urlPath);
  // Client-side routes (/asset/…, /plan) get the app; a missing file with an extension is a 404.
  if (!file && !extname(urlPath)) file = join(root, 'index.html');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const ext = extname(file);
  const headers: Record<string, string> = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // Hashed file names change with their content; everything else is checked each time.
    'Cache-Control': isImmutable(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  for (const rule of rules) if (matches(rule.pattern, urlPath)) for (const [name, value] of rule.headers) headers[name] = value;
  let body = file;
  const rangeHeader = req.headers.range;
  if (ext !== '.gz') {
    headers.Vary = 'Accept-Encoding';
    // A range is of the file itself: offsets into a compressed copy would mean nothing to the reader.
    const wanted = compress && rangeHeader === undefined ? accepted(req) : new Set<string>();
    const encoding = ENCODINGS.find((e) => wanted.has(e.name) && existsSync(file + e.suffix));
    if (encoding) {
      body = file + encoding.suffix;
      headers['Content-Encoding'] = encoding.name;
    }
  }
  const size = statSync(body).size;
  headers['Accept-Ranges'] = 'bytes';
  const range = parseRange(rangeHeader, size);
  if (range.kind === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' }).end();
    return;
  }
  const part = range.kind === 'part' ? range : null;
  if (part) headers['Content-Range'] = `bytes ${part.start}-${part.end}/${size}`;
  headers['Content-Length'] = String(part ? part.end - part.start + 1 : size);
  res.writeHead(part ? 206 : 200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(body, part ? { start: part.start, end: part.end } : {});
  if (onBytes) stream.on('data', (chunk) => onBytes(chunk.length, urlPath));
  stream.pipe(res);
}

export function createStaticServer(opts: StaticServerOptions): Server {
  const root = resolve(opts.root);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const { oruk } = opts;
  return createServer((req, res) => {
    if (oruk && isOrukPath((req.url ?? '/').split('?')[0])) serveWeb(oruk, req, res).catch(() => res.destroy());
    else handle(root, rules, req, res, opts);
  });
}

/** Listens on `port` (0: any free one) and resolves with the port taken. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  const root = resolve(import.meta.dirname, '../dist');
  if (!existsSync(join(root, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const host = process.env.HOST ?? 'localhost';
  const { openOrukFeed } = await import('./orukLocal');
  const feed = await openOrukFeed(join(root, 'generated', 'db-snapshot.tar.gz'));
  await listen(createStaticServer({ root, oruk: feed.handler }), port, host);
  console.log(`Common Ground: http://${host}:${port}/`);
  console.log(`Open Referral UK feed (sample data, read-only): http://${host}:${port}/oruk/services`);
}
