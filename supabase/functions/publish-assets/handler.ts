// The HTTP side: POST only, the shared secret, `{"force": true}` to publish even when nothing is
// due, and a JSON answer saying what happened (logged too, for the function's logs).

import { isAuthorised, SECRET_HEADER } from './auth.ts';
import type { ConfigResult } from './config.ts';
import type { PublishDb } from './database.ts';
import { publish, type PublishResult } from './publish.ts';
import { JSON_TYPE, PMTILES_TYPE, uploadObject } from './storage.ts';

export interface HandlerDeps {
  config: ConfigResult;
  connect(url: string): PublishDb;
  fetch: typeof fetch;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function wantsForce(req: Request): Promise<boolean | null> {
  if (new URL(req.url).searchParams.get('force') === 'true') return true;
  const text = await req.text();
  if (text.trim() === '') return false;
  try {
    const body = JSON.parse(text) as { force?: unknown };
    return body !== null && typeof body === 'object' && body.force === true;
  } catch {
    return null;
  }
}

/** A path relative to the object's own folder, as the pointer's url is relative to published.json. */
export function besideObject(objectPath: string, relative: string): string {
  const slash = objectPath.lastIndexOf('/');
  return slash < 0 ? relative : `${objectPath.slice(0, slash + 1)}${relative}`;
}

export function createHandler(deps: HandlerDeps): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method !== 'POST') return json(405, { error: 'Use POST' });
    if (!deps.config.ok) {
      return json(500, { error: `publish-assets is not configured; set ${deps.config.problems.join(', ')}` });
    }
    const config = deps.config.config;
    if (!(await isAuthorised(req.headers.get(SECRET_HEADER), config.secret))) {
      return json(401, { error: `Send the publish secret in the ${SECRET_HEADER} header` });
    }
    const force = await wantsForce(req);
    if (force === null) return json(400, { error: 'The body must be JSON, e.g. {"force": true}' });

    const db = deps.connect(config.dbUrl);
    let result: PublishResult;
    try {
      const target = (path: string) => ({ storageUrl: config.storageUrl, key: config.storageKey, bucket: config.bucket, path });
      result = await publish(
        {
          db,
          upload: (body) => uploadObject(deps.fetch, target(config.objectPath), body, { contentType: JSON_TYPE, cacheControl: `max-age=${config.cacheSeconds}` }),
          // Named by its hash, an archive never changes: caches may keep it for good.
          uploadArchive: (path, body) =>
            uploadObject(deps.fetch, target(besideObject(config.objectPath, path)), body, {
              contentType: PMTILES_TYPE,
              cacheControl: 'public, max-age=31536000, immutable',
            }),
          tilesAbove: config.tilesAbove,
        },
        { force },
      );
    } catch (e) {
      result = { status: 'failed', error: `Database: ${e instanceof Error ? e.message : String(e)}` };
    } finally {
      await db.close().catch(() => {});
    }
    console.log(JSON.stringify({ fn: 'publish-assets', force, ...result }));
    return json(result.status === 'failed' ? 502 : 200, result);
  };
}
