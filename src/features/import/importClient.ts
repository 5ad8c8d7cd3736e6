// The page's handle on the import worker: run(file or pasted text, options) → the parse result,
// with progress. One run at a time; starting another or cancelling stops the previous one.
import { createWorkerClient, type WorkerPort } from '../../lib/workerClient';
import type { ImportRequest, ImportResponse } from './importProtocol';
import type { ImportInput, ImportProgress, ParseResult, RunOptions } from './runImport';
import { locale } from '../../i18n';

export type WorkerLike = WorkerPort<ImportRequest, ImportResponse>;

export interface ImportClient {
  run(input: Exclude<ImportInput, Uint8Array>, options: RunOptions, onProgress?: (p: ImportProgress) => void): Promise<ParseResult>;
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

const defaultWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

export function createImportClient(makeWorker: () => WorkerLike = defaultWorker): ImportClient {
  const client = createWorkerClient<ImportRequest, ImportResponse, ParseResult, ImportProgress>({
    name: 'import client',
    worker: makeWorker,
    read: (m) => (m.type === 'progress' ? { progress: m.progress } : m.type === 'result' ? { result: m.result } : { error: m.message }),
    // Terminating is the only way to stop PapaParse mid-file; the next run starts a fresh worker.
    stop: 'terminate',
    cancelled: () => new ImportCancelled(),
    crashed: (message) => new Error(`The import worker stopped: ${message || 'unknown error'}`),
  });
  return {
    run: (input, options, onProgress) => client.run((id, post) => post({ id, input, options: { locale: locale(), ...options } }), onProgress),
    cancel: client.cancel,
    dispose: client.dispose,
  };
}
