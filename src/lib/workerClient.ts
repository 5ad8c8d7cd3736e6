// The main thread's side of a worker, for every worker the pages use (import, coverage,
// catchments, search index): one run at a time, numbered, so a reply for a run that has been
// replaced is dropped; progress passed on; the run's promise settled by its result or error, or
// rejected when the worker itself fails. Each client adds only its own messages.

/** What a client needs of a Worker; tests pass an in-process stand-in. */
export interface WorkerPort<Request, Reply> {
  postMessage(message: Request, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent<Reply>) => void) | null;
  /** Fires when the worker cannot start or throws; stand-ins may leave it out. */
  onerror?: ((e: ErrorEvent) => void) | null;
  terminate(): void;
}

/** What one reply means for the run it names. */
export type ReplyMeaning<Result, Progress> = { progress: Progress } | { result: Result } | { error: string };

/** Posts one message to the worker, transferring the given buffers instead of copying them. */
export type Post<Request> = (message: Request, transfer?: Transferable[]) => void;

export interface WorkerClientOptions<Request, Reply extends { id: number }, Result, Progress> {
  /** Names the client in its own errors ("coverage client: run() after dispose()"). */
  name: string;
  worker: () => WorkerPort<Request, Reply>;
  read: (reply: Reply) => ReplyMeaning<Result, Progress>;
  /**
   * How a run that is replaced or cancelled is stopped: `ignore` lets the worker finish and drops
   * its answer; `terminate` ends the worker (the next run starts a fresh one); a function gives
   * the message that tells the worker to stop that run.
   */
  stop?: 'ignore' | 'terminate' | ((id: number) => Request);
  /** The error a replaced or cancelled run rejects with. */
  cancelled?: (id: number) => Error;
  /** The error a run rejects with when the worker fails (its message, possibly empty). */
  crashed?: (message: string) => Error;
  /** Start the worker at once, so its code loads before the first run needs it. */
  eager?: boolean;
  /** End the worker after each run (a worker used once in a while need not stay in memory). */
  endAfterRun?: boolean;
}

export interface WorkerClient<Request, Result, Progress> {
  /**
   * Starts a run: the run before it, if still going, is stopped and rejects first. `send` posts
   * the run's messages, naming `id` in them so the worker's replies can be matched to it.
   */
  run(send: (id: number, post: Post<Request>) => void, onProgress?: (p: Progress) => void): Promise<Result>;
  /** Stops the run in progress, if any; its promise rejects with the cancelled error. */
  cancel(): void;
  /** Stops the run in progress and ends the worker; later runs reject. */
  dispose(): void;
}

/** The default error of a run that was replaced or cancelled: callers ignore it. */
export class RunCancelled extends Error {
  constructor(readonly id: number) {
    super(`run ${id} was cancelled or replaced by a newer run`);
    this.name = 'RunCancelled';
  }
}

interface Running<Result, Progress> {
  id: number;
  resolve: (r: Result) => void;
  reject: (e: Error) => void;
  onProgress?: (p: Progress) => void;
}

export function createWorkerClient<Request, Reply extends { id: number }, Result, Progress = never>(
  options: WorkerClientOptions<Request, Reply, Result, Progress>,
): WorkerClient<Request, Result, Progress> {
  const stop = options.stop ?? 'ignore';
  const cancelled = options.cancelled ?? ((id: number) => new RunCancelled(id));
  const crashed = options.crashed ?? ((message: string) => new Error(`${options.name}: the worker stopped: ${message || 'unknown error'}`));
  let port: WorkerPort<Request, Reply> | null = null;
  let current: Running<Result, Progress> | null = null;
  let lastId = 0;
  let disposed = false;

  function end(): void {
    if (!port) return;
    port.onmessage = null;
    if (port.onerror) port.onerror = null;
    port.terminate();
    port = null;
  }

  /** Clears the current run, so nothing settles it twice, and hands it back. */
  function take(): Running<Result, Progress> | null {
    const run = current;
    current = null;
    if (run && options.endAfterRun) end();
    return run;
  }

  function open(): WorkerPort<Request, Reply> {
    if (port) return port;
    const p = options.worker();
    p.onmessage = (e) => {
      const reply = e.data;
      if (!current || reply.id !== current.id) return; // a replaced run's late reply
      const meaning = options.read(reply);
      if ('progress' in meaning) current.onProgress?.(meaning.progress);
      else if ('result' in meaning) take()!.resolve(meaning.result);
      else take()!.reject(new Error(meaning.error));
    };
    p.onerror = (e) => {
      const run = current;
      current = null;
      end();
      run?.reject(crashed(e.message));
    };
    port = p;
    return p;
  }

  const post: Post<Request> = (message, transfer) => {
    const p = open();
    if (transfer) p.postMessage(message, transfer);
    else p.postMessage(message);
  };

  function cancel(): void {
    const run = current;
    if (!run) return;
    current = null;
    if (stop === 'terminate') end();
    else if (stop !== 'ignore') port?.postMessage(stop(run.id));
    run.reject(cancelled(run.id));
  }

  if (options.eager) open();

  return {
    run(send, onProgress) {
      if (disposed) return Promise.reject(new Error(`${options.name}: run() after dispose()`));
      cancel();
      const id = ++lastId;
      return new Promise<Result>((resolve, reject) => {
        current = { id, resolve, reject, onProgress };
        try {
          send(id, post);
        } catch (err) {
          if (current?.id === id) take();
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
    },
    cancel,
    dispose() {
      disposed = true;
      const run = current;
      current = null;
      end();
      run?.reject(cancelled(run.id));
    },
  };
}
