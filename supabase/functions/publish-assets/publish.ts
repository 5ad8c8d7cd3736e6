// One publish run: claim, read, upload when the file changed, record. Everything it needs comes
// in as arguments, so the handler stays thin and the steps stay testable.

import { publishedBody } from './body.ts';
import type { PublishDb } from './database.ts';
import { shouldRead, shouldUpload } from './decide.ts';
import type { UploadResult } from './storage.ts';

export type PublishResult =
  | { status: 'busy' }
  | { status: 'not_due' }
  | { status: 'unchanged'; changeStamp: string; current: boolean }
  | { status: 'published'; changeStamp: string; current: boolean; bytes: number; sha256: string; createdBucket: boolean }
  | { status: 'failed'; error: string };

export interface PublishDeps {
  db: PublishDb;
  upload(body: Uint8Array<ArrayBuffer>): Promise<UploadResult>;
}

export async function publish(deps: PublishDeps, options: { force: boolean }): Promise<PublishResult> {
  const result = await deps.db.inTransaction(async (tx): Promise<PublishResult> => {
    const claim = await tx.claim(options.force);
    if (claim.outcome === 'busy' || claim.outcome === 'not_due') return { status: claim.outcome };
    if (!shouldRead(claim) || claim.changeStamp === null) return { status: 'not_due' };

    const body = await publishedBody(await tx.readPublished());
    if (!shouldUpload(claim, body.sha256)) {
      return { status: 'unchanged', changeStamp: claim.changeStamp, current: await tx.record(claim.changeStamp, body.sha256) };
    }
    const uploaded = await deps.upload(body.bytes);
    // Nothing is recorded on failure: the state stays due and the next run tries again.
    if (!uploaded.ok) return { status: 'failed', error: uploaded.message };
    return {
      status: 'published',
      changeStamp: claim.changeStamp,
      current: await tx.record(claim.changeStamp, body.sha256),
      bytes: body.bytes.length,
      sha256: body.sha256,
      createdBucket: uploaded.createdBucket,
    };
  });
  if (result.status === 'failed') await deps.db.recordFailure(result.error);
  return result;
}
