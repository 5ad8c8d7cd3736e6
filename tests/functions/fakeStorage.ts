// A stand-in for Supabase Storage's REST API, just the part publish-assets uses, answering as
// Storage documents it (https://supabase.com/docs/guides/storage/debugging/error-codes):
//   POST /storage/v1/bucket                      create a bucket: {id, name, public, allowed_mime_types}
//   POST /storage/v1/object/{bucket}/{path...}    upload; x-upsert: true replaces an existing object
// Every request needs the server key in `apikey` (new keys) or `Authorization: Bearer` (legacy).
// Tests can make the next upload fail, or hold it open to land a change mid-publish.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';

export interface StoredObject {
  body: Buffer;
  contentType: string | undefined;
  cacheControl: string | undefined;
}

export interface FakeStorage {
  /** http://127.0.0.1:<port>: the project URL (SUPABASE_URL) the function is given. */
  url: string;
  buckets: Map<string, { public: boolean; allowedMimeTypes: string[] | null }>;
  objects: Map<string, StoredObject>;
  /** Every request, in order, as "METHOD /path". */
  requests: string[];
  /** The next upload answers with this status and a Storage error body. */
  failNextUpload(status: number): void;
  /** The next upload waits until the returned release() is called; `arrived` resolves when it comes in. */
  holdNextUpload(): { arrived: Promise<void>; release(): void };
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export async function startFakeStorage(key: string): Promise<FakeStorage> {
  const buckets: FakeStorage['buckets'] = new Map();
  const objects: FakeStorage['objects'] = new Map();
  const requests: string[] = [];
  let failNext: number | null = null;
  let hold: { arrived: () => void; released: Promise<void> } | null = null;

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const error = (status: number, code: string, message: string) => send(status, { statusCode: String(status), code, error: code, message });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(`${req.method} ${path}`);
    const body = await readBody(req);

    if (req.headers.apikey !== key && req.headers.authorization !== `Bearer ${key}`) {
      return error(400, 'InvalidJWT', 'invalid signature');
    }
    if (req.method === 'POST' && path === '/storage/v1/bucket') {
      const b = JSON.parse(body.toString('utf8')) as { id?: string; name: string; public?: boolean; allowed_mime_types?: string[] };
      const id = b.id ?? b.name;
      if (buckets.has(id)) return error(409, 'BucketAlreadyExists', 'The resource already exists');
      buckets.set(id, { public: b.public === true, allowedMimeTypes: b.allowed_mime_types ?? null });
      return send(200, { name: id });
    }
    const object = /^\/storage\/v1\/object\/([^/]+)\/(.+)$/.exec(path);
    if (req.method === 'POST' && object) {
      const [, bucket, name] = object.map(decodeURIComponent);
      if (hold) {
        const h = hold;
        hold = null;
        h.arrived();
        await h.released;
      }
      if (failNext !== null) {
        const status = failNext;
        failNext = null;
        return error(status, 'InternalError', 'Internal Server Error');
      }
      const b = buckets.get(bucket);
      if (!b) return error(404, 'NoSuchBucket', 'Bucket not found');
      const contentType = req.headers['content-type'];
      if (b.allowedMimeTypes && !b.allowedMimeTypes.includes(String(contentType))) {
        return error(415, 'InvalidMimeType', `mime type ${contentType} is not supported`);
      }
      const keyOf = `${bucket}/${name}`;
      if (objects.has(keyOf) && req.headers['x-upsert'] !== 'true') return error(409, 'KeyAlreadyExists', 'The resource already exists');
      objects.set(keyOf, { body, contentType, cacheControl: req.headers['cache-control'] });
      return send(200, { Key: keyOf, Id: randomUUID() });
    }
    return error(404, 'NotFound', `No route ${req.method} ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    buckets,
    objects,
    requests,
    failNextUpload: (status) => {
      failNext = status;
    },
    holdNextUpload: () => {
      let arrived!: () => void;
      let release!: () => void;
      const arrivedP = new Promise<void>((r) => (arrived = r));
      const released = new Promise<void>((r) => (release = r));
      hold = { arrived, released };
      return { arrived: arrivedP, release };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
