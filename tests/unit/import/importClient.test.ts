// The page-side client speaks to the worker by messages; here the "worker" runs the same handler
// in-process, so the protocol (progress, result, error, cancel) is tested without a browser.
import { describe, expect, it } from 'vitest';
import { createImportClient, ImportCancelled, type WorkerLike } from '../../../src/features/import/importClient';
import type { ImportRequest, ImportResponse } from '../../../src/features/import/importProtocol';
import { runImport } from '../../../src/features/import/runImport';
import { categories } from './helpers';

function inProcessWorker(opts: { hang?: boolean; fail?: string } = {}) {
  const made: { terminated: boolean }[] = [];
  const make = (): WorkerLike => {
    const state = { terminated: false };
    made.push(state);
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => void (state.terminated = true),
      postMessage: (req: ImportRequest) => {
        const post = (m: ImportResponse) => queueMicrotask(() => !state.terminated && w.onmessage?.({ data: m } as MessageEvent<ImportResponse>));
        if (opts.hang) return;
        if (opts.fail) return post({ id: req.id, type: 'error', message: opts.fail });
        void runImport(req.input, req.options, (progress) => post({ id: req.id, type: 'progress', progress })).then((result) =>
          post({ id: req.id, type: 'result', result }),
        );
      },
    };
    return w;
  };
  return { make, made };
}

const csv = 'Name,Post code,Category\nSample A,WN1 1AA,Health\n';

describe('createImportClient', () => {
  it('returns the result and passes progress on', async () => {
    const client = createImportClient(inProcessWorker().make);
    const progress: number[] = [];
    const r = await client.run(csv, { categories }, (p) => progress.push(p.rows));
    expect(r.counts.valid).toBe(1);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('rejects with the worker’s message', async () => {
    const client = createImportClient(inProcessWorker({ fail: 'The file could not be read: boom' }).make);
    await expect(client.run(csv, { categories })).rejects.toThrow('The file could not be read: boom');
  });

  it('cancelling stops the worker and rejects the run; the next run gets a fresh worker', async () => {
    const hanging = inProcessWorker({ hang: true });
    const client = createImportClient(hanging.make);
    const first = client.run(csv, { categories });
    client.cancel();
    await expect(first).rejects.toBeInstanceOf(ImportCancelled);
    expect(hanging.made[0].terminated).toBe(true);
    void client.run(csv, { categories }).catch(() => {});
    expect(hanging.made).toHaveLength(2);
    client.dispose();
  });
});
