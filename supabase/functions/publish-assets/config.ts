// Settings from the function's environment. Supabase sets SUPABASE_URL, SUPABASE_DB_URL and the
// API keys on every Edge Function; PUBLISH_SECRET is ours (`supabase secrets set`).

import { readTilesAbove } from '../_shared/tiles/publishTiles.ts';

export interface StorageKey {
  value: string;
  /** Legacy service_role keys are JWTs and go in Authorization too; new secret keys go in `apikey` only. */
  isJwt: boolean;
}

export interface Config {
  /** The shared secret a caller sends in the x-publish-secret header. */
  secret: string;
  dbUrl: string;
  /** Storage's REST root, e.g. https://<ref>.supabase.co/storage/v1 */
  storageUrl: string;
  storageKey: StorageKey;
  bucket: string;
  objectPath: string;
  /** max-age of published.json in browsers and the CDN. */
  cacheSeconds: number;
  /** More published listings than this and the map gets a tile archive (PUBLISH_TILES_ABOVE). */
  tilesAbove: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export const MIN_SECRET_LENGTH = 32;

/** The project's server key: the new secret key (SUPABASE_SECRET_KEYS) when there is one, else the legacy service_role key. */
export function serverKey(env: (name: string) => string | undefined): StorageKey | null {
  const keys = env('SUPABASE_SECRET_KEYS');
  if (keys) {
    try {
      const parsed = JSON.parse(keys) as Record<string, unknown>;
      const value = typeof parsed.default === 'string' ? parsed.default : Object.values(parsed).find((v) => typeof v === 'string');
      if (typeof value === 'string' && value) return { value, isJwt: false };
    } catch {
      // fall through to the legacy key
    }
  }
  const legacy = env('SUPABASE_SERVICE_ROLE_KEY');
  return legacy ? { value: legacy, isJwt: legacy.startsWith('eyJ') } : null;
}

export function readConfig(env: (name: string) => string | undefined): ConfigResult {
  const problems: string[] = [];
  const secret = env('PUBLISH_SECRET') ?? '';
  if (secret.length < MIN_SECRET_LENGTH) problems.push(`PUBLISH_SECRET (at least ${MIN_SECRET_LENGTH} characters)`);
  const dbUrl = env('SUPABASE_DB_URL') ?? '';
  if (!dbUrl) problems.push('SUPABASE_DB_URL');
  const projectUrl = (env('SUPABASE_URL') ?? '').replace(/\/+$/, '');
  if (!/^https?:\/\//.test(projectUrl)) problems.push('SUPABASE_URL');
  const storageKey = serverKey(env);
  if (!storageKey) problems.push('SUPABASE_SECRET_KEYS or SUPABASE_SERVICE_ROLE_KEY');
  const bucket = env('PUBLISH_BUCKET') || 'published';
  if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(bucket)) problems.push('PUBLISH_BUCKET (lower-case letters, digits, - and _)');
  const cacheSeconds = Number(env('PUBLISH_CACHE_SECONDS') || 60);
  if (!Number.isInteger(cacheSeconds) || cacheSeconds < 0) problems.push('PUBLISH_CACHE_SECONDS (whole seconds)');
  let tilesAbove = 0;
  try {
    tilesAbove = readTilesAbove('PUBLISH_TILES_ABOVE', env('PUBLISH_TILES_ABOVE'));
  } catch {
    problems.push('PUBLISH_TILES_ABOVE (a whole number of listings, 0 or more)');
  }
  if (problems.length > 0 || !storageKey) return { ok: false, problems };
  return {
    ok: true,
    config: {
      secret,
      dbUrl,
      storageUrl: `${projectUrl}/storage/v1`,
      storageKey,
      bucket,
      objectPath: 'published.json',
      cacheSeconds,
      tilesAbove,
    },
  };
}
