// The one worker-client helper, driven against an in-process stand-in for a Worker (it is not our
// database, so a stand-in is fair): replies arrive asynchronously, as from a real worker, and the
// stand-in records what it was sent and whether it was ended.
import { describe, expect, it } from 'vitest';
import { createWorkerClient, RunCancelled, type WorkerClientOptions, type WorkerPort } from '../../../src/lib/workerClient';

type Request = { type: 'square'; id: number; n: number } | { type: 'stop'; id: number };
type Reply = { id: number; step?: number; answer?: number; error?: string };

/** A worker that squares n after `steps` progress replies; `hold` keeps it from answering at all. */
function standIn(options: { steps?: number; hold?: boolean; fail?: string } = {}) {
  const made: { sent: Request[]; transfers: (Transferable[] | undefined)[]; ended: boolean; port: WorkerPort<Request, Reply> }[] = [];
  const start = (): WorkerPort<Request, Reply> => {
    const record = { sent: [] as Request[], transfers: [] as (Transferable[] | undefined)[], ended: false, port: null as unknown as WorkerPort<Request, Reply> };
    const reply = (r: Reply) => setTimeout(() => !record.ended && port.onmessage?.({ data: r } as MessageEvent<Reply>), 0);
    const port: WorkerPort<Request, Reply> = {
      onmessage: null,
      onerror: null,
      terminate: () => void (record.ended = true),
      postMessage(message, transfer) {
        record.sent.push(message);
        record.transfers.push(transfer);
        if (message.type !== 'square' || options.hold) return;
        for (let s = 1; s <= (options.steps ?? 0); s++) reply({ id: message.id, step: s });
        reply(options.fail ? { id: message.id, error: options.fail } : { id: message.id, answer: message.n * message.n });
      },
    };
    record.port = port;
    made.push(record);
    return port;
  };
  return { start, made };
}

function client(worker: () => WorkerPort<Request, Reply>, extra: Partial<WorkerClientOptions<Request, Reply, number, number>> = {}) {
  return createWorkerClient<Request, Reply, number, number>({
    name: 'squares client',
    worker,
    read: (r) => (r.error !== undefined ? { error: r.error } : r.answer !== undefined ? { result: r.answer } : { progress: r.step! }),
    ...extra,
  });
}

const square = (n: number) => (id: number, post: (m: Request) => void) => post({ type: 'square', id, n });

describe('createWorkerClient', () => {
  it('resolves a run with its answer and passes progress on, numbering runs from 1', async () => {
    const w = standIn({ steps: 3 });
    const c = client(w.start);
    const steps: number[] = [];
    await expect(c.run(square(4), (s) => steps.push(s))).resolves.toBe(16);
    expect(steps).toEqual([1, 2, 3]);
    await expect(c.run(square(5))).resolves.toBe(25);
    expect(w.made).toHaveLength(1); // one worker serves both runs
    expect(w.made[0].sent.map((m) => m.id)).toEqual([1, 2]);
  });

  it('starts the worker on the first run, or at once when eager', () => {
    const lazy = standIn();
    client(lazy.start);
    expect(lazy.made).toHaveLength(0);
    const eager = standIn();
    client(eager.start, { eager: true });
    expect(eager.made).toHaveLength(1);
  });

  it('rejects a run with the error the worker sent', async () => {
    const c = client(standIn({ fail: 'n must be a number' }).start);
    await expect(c.run(square(1))).rejects.toThrow('n must be a number');
  });

  it('passes transferred buffers on with the message', async () => {
    const w = standIn();
    const c = client(w.start);
    const buffer = new ArrayBuffer(8);
    await c.run((id, post) => post({ type: 'square', id, n: 2 }, [buffer]));
    expect(w.made[0].transfers).toEqual([[buffer]]);
  });

  it('a newer run replaces the older: the older rejects as cancelled and its late answer is dropped', async () => {
    const w = standIn({ steps: 1 });
    const c = client(w.start);
    const olderSteps: number[] = [];
    const older = c.run(square(3), (s) => olderSteps.push(s));
    const newer = c.run(square(7));
    await expect(older).rejects.toBeInstanceOf(RunCancelled);
    await expect(newer).resolves.toBe(49);
    expect(olderSteps).toEqual([]);
    expect(w.made).toHaveLength(1); // 'ignore' lets the worker finish; nothing was ended
    expect(w.made[0].ended).toBe(false);
  });

  it('stops a replaced run by message, or by ending the worker (the next run gets a fresh one)', async () => {
    const told = standIn({ hold: true });
    const byMessage = client(told.start, { stop: (id) => ({ type: 'stop', id }) });
    void byMessage.run(square(1)).catch(() => {});
    void byMessage.run(square(2)).catch(() => {});
    expect(told.made[0].sent).toEqual([
      { type: 'square', id: 1, n: 1 },
      { type: 'stop', id: 1 },
      { type: 'square', id: 2, n: 2 },
    ]);

    const ended = standIn({ hold: true });
    const byTerminate = client(ended.start, { stop: 'terminate' });
    const first = byTerminate.run(square(1));
    byTerminate.cancel();
    await expect(first).rejects.toBeInstanceOf(RunCancelled);
    expect(ended.made[0].ended).toBe(true);
    void byTerminate.run(square(2)).catch(() => {});
    expect(ended.made).toHaveLength(2);
  });

  it('uses the client’s own cancelled error when it has one', async () => {
    class Replaced extends Error {}
    const c = client(standIn({ hold: true }).start, { cancelled: (id) => new Replaced(`run ${id}`) });
    const run = c.run(square(1));
    c.cancel();
    await expect(run).rejects.toThrow(Replaced);
    c.cancel(); // nothing running: no-op
  });

  it('rejects the run when the worker fails, and starts a fresh worker for the next run', async () => {
    const w = standIn({ hold: true });
    const c = client(w.start, { crashed: (message) => new Error(`The squares worker stopped: ${message || 'unknown error'}`) });
    const run = c.run(square(1));
    w.made[0].port.onerror?.({ message: '' } as ErrorEvent);
    await expect(run).rejects.toThrow('The squares worker stopped: unknown error');
    expect(w.made[0].ended).toBe(true);
    void c.run(square(2)).catch(() => {});
    expect(w.made).toHaveLength(2);
  });

  it('ends the worker after each run when asked, so each run has its own', async () => {
    const w = standIn();
    const c = client(w.start, { endAfterRun: true });
    await expect(c.run(square(2))).resolves.toBe(4);
    expect(w.made[0].ended).toBe(true);
    await expect(c.run(square(3))).resolves.toBe(9);
    expect(w.made).toHaveLength(2);
  });

  it('a run whose messages cannot be built rejects, and the client keeps working', async () => {
    const c = client(standIn().start);
    await expect(
      c.run(() => {
        throw new Error('no assets');
      }),
    ).rejects.toThrow('no assets');
    await expect(c.run(square(6))).resolves.toBe(36);
  });

  it('dispose rejects the run in progress, ends the worker, and refuses later runs', async () => {
    const w = standIn({ hold: true });
    const c = client(w.start);
    const run = c.run(square(1));
    c.dispose();
    await expect(run).rejects.toBeInstanceOf(RunCancelled);
    expect(w.made[0].ended).toBe(true);
    expect(w.made[0].port.onmessage).toBeNull();
    await expect(c.run(square(2))).rejects.toThrow('squares client: run() after dispose()');
  });
});
