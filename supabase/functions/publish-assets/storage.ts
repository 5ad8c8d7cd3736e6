// Writes one object to Supabase Storage over its REST API (the calls storage-js makes):
//   POST {storage}/object/{bucket}/{path}  with x-upsert: true, content-type, cache-control
//   POST {storage}/bucket                  {id, name, public, allowed_mime_types}
// The bucket is created (public) the first time an upload finds it missing, allowing both kinds
// of object a publish writes: published.json and, for a large region, its tile archive.

import type { StorageKey } from './config.ts';

export interface StorageTarget {
  storageUrl: string;
  key: StorageKey;
  bucket: string;
  path: string;
}

export interface ObjectOptions {
  contentType: string;
  cacheControl: string;
}

export type UploadResult = { ok: true; createdBucket: boolean } | { ok: false; status: number; message: string };

type Fetch = typeof fetch;

export const JSON_TYPE = 'application/json';
export const PMTILES_TYPE = 'application/vnd.pmtiles';
export const BUCKET_MIME_TYPES = [JSON_TYPE, PMTILES_TYPE];

const TIMEOUT_MS = 30_000;

/** Storage's error body: `{ code, message }`, or the older `{ statusCode, error, message }`. */
interface StorageError {
  code?: string;
  statusCode?: string | number;
  error?: string;
  message?: string;
}

function headers(key: StorageKey): Record<string, string> {
  return key.isJwt ? { apikey: key.value, authorization: `Bearer ${key.value}` } : { apikey: key.value };
}

async function errorOf(res: Response): Promise<StorageError> {
  const text = await res.text();
  try {
    return JSON.parse(text) as StorageError;
  } catch {
    return { message: text.slice(0, 300) };
  }
}

function describe(res: Response, err: StorageError, t: StorageTarget, o: ObjectOptions): string {
  const said = `Storage answered ${res.status}: ${err.message ?? err.error ?? err.code ?? res.statusText}`;
  // A bucket made before tiles existed allows application/json only.
  if (err.code === 'InvalidMimeType' || res.status === 415) {
    return `${said}. Bucket ${t.bucket} must allow ${o.contentType}: set its allowed MIME types to ${BUCKET_MIME_TYPES.join(', ')} (docs/TILES.md)`;
  }
  return said;
}

function bucketMissing(res: Response, err: StorageError): boolean {
  return err.code === 'NoSuchBucket' || /bucket not found/i.test(`${err.error ?? ''} ${err.message ?? ''}`) || (res.status === 404 && !err.code);
}

function alreadyExists(res: Response, err: StorageError): boolean {
  return (
    res.status === 409 || String(err.statusCode) === '409' || err.code === 'BucketAlreadyExists' || err.code === 'ResourceAlreadyExists' || err.error === 'Duplicate'
  );
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

async function putObject(fetchFn: Fetch, t: StorageTarget, body: Uint8Array<ArrayBuffer>, o: ObjectOptions): Promise<Response> {
  return await fetchFn(`${t.storageUrl}/object/${encodeURIComponent(t.bucket)}/${encodePath(t.path)}`, {
    method: 'POST',
    headers: { ...headers(t.key), 'x-upsert': 'true', 'content-type': o.contentType, 'cache-control': o.cacheControl },
    body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

async function createBucket(fetchFn: Fetch, t: StorageTarget): Promise<Response> {
  return await fetchFn(`${t.storageUrl}/bucket`, {
    method: 'POST',
    headers: { ...headers(t.key), 'content-type': 'application/json' },
    body: JSON.stringify({ id: t.bucket, name: t.bucket, public: true, allowed_mime_types: BUCKET_MIME_TYPES }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
}

export async function uploadObject(fetchFn: Fetch, t: StorageTarget, body: Uint8Array<ArrayBuffer>, o: ObjectOptions): Promise<UploadResult> {
  try {
    let res = await putObject(fetchFn, t, body, o);
    if (res.ok) {
      await res.body?.cancel();
      return { ok: true, createdBucket: false };
    }
    let err = await errorOf(res);
    if (!bucketMissing(res, err)) return { ok: false, status: res.status, message: describe(res, err, t, o) };

    const created = await createBucket(fetchFn, t);
    if (!created.ok) {
      const createErr = await errorOf(created);
      if (!alreadyExists(created, createErr)) {
        return { ok: false, status: created.status, message: `Creating bucket ${t.bucket}: ${describe(created, createErr, t, o)}` };
      }
    } else {
      await created.body?.cancel();
    }
    res = await putObject(fetchFn, t, body, o);
    if (res.ok) {
      await res.body?.cancel();
      return { ok: true, createdBucket: true };
    }
    err = await errorOf(res);
    return { ok: false, status: res.status, message: describe(res, err, t, o) };
  } catch (e) {
    return { ok: false, status: 0, message: `Storage did not answer: ${e instanceof Error ? e.message : String(e)}` };
  }
}
