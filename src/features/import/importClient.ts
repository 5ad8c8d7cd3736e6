// The page's handle on the import worker: run(file or pasted text, options) → the parse result,
// with progress. One run at a time; starting another or cancelling stops the previous one.
import type { ImportRequest, ImportResponse } from './importProtocol';
import type { ImportProgress, ParseResult, RunOptions } from './runImport';

export interface WorkerLike {
  postMessage(message: ImportRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

export interface ImportClient {
  run(input: Blob | string, options: RunOptions, onProgress?: (p: ImportProgress) => void): Promise<ParseResult>;
  /** Stop the run in progress (its promise rejects with ImportCancelled). */
  cancel(): void;
  dispose(): void;
}

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelled';
  }
}

const defaultWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export function createImportClient(makeWorker: () => WorkerLike = defaultWorker): ImportClient {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let pending: { id: number; resolve: (r: ParseResult) => void; reject: (e: Error) => void; onProgress?: (p: ImportProgress) => void } | null = null;

  function ensureWorker(): WorkerLike {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (e) => {
      const m = e.data;
      if (!pending || m.id !== pending.id) return; // a cancelled run's late message
      if (m.type === 'progress') pending.onProgress?.(m.progress);
      else {
        const p = pending;
        pending = null;
        if (m.type === 'result') p.resolve(m.result);
        else p.reject(new Error(m.message));
      }
    };
    w.onerror = (e) => {
      const p = pending;
      pending = null;
      stop();
      p?.reject(new Error(`The import worker stopped: ${e.message || 'unknown error'}`));
    };
    worker = w;
    return w;
  }

  function stop() {
    worker?.terminate();
    worker = null;
  }

  function cancel() {
    if (!pending) return;
    const p = pending;
    pending = null;
    // Terminating is the only way to stop PapaParse mid-file; the next run starts a fresh worker.
    stop();
    p.reject(new ImportCancelled());
  }

  return {
    run(input, options, onProgress) {
      cancel();
      const w = ensureWorker();
      const id = nextId++;
      return new Promise<ParseResult>((resolve, reject) => {
        pending = { id, resolve, reject, onProgress };
        w.postMessage({ id, input, options });
      });
    },
    cancel,
    dispose() {
      cancel();
      stop();
    },
  };
}
