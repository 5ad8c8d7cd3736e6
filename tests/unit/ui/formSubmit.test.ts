// What a person notices when a form is sent (src/ui/formSubmit.ts): a second press while it is on
// its way does nothing, a problem stops the send and is shown again each try, a server error goes
// beside the field it names or above the form, a version conflict goes to the form's own view,
// and "Saved" shows after a save and goes at the next try.
import { describe, expect, it, vi } from 'vitest';
import { VERSION_CONFLICT, idleFormState, makeFormSubmit, type FormSubmitState, type PlacedError } from '../../../src/ui/formSubmit';

type F = 'name' | 'email';

class TestError extends Error {
  constructor(
    message: string,
    readonly field: F | null = null,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

const place = (e: unknown): PlacedError<F> => {
  const err = e as TestError;
  return { field: err.field ?? null, message: err.message, code: err.code ?? null };
};

function setup() {
  let state: FormSubmitState<F> = idleFormState<F>();
  const form = makeFormSubmit<F>({ get: () => state, set: (patch) => (state = { ...state, ...patch }) }, place);
  return { form, state: () => state };
}

/** A promise the test settles by hand, to look at the form while a send is on its way. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('makeFormSubmit', () => {
  it('is busy while sending, and a second press while busy sends nothing', async () => {
    const { form, state } = setup();
    const reply = deferred<string>();
    const send = vi.fn(() => reply.promise);
    const first = form.submit({ send });
    expect(state().busy).toBe(true);
    expect(await form.submit({ send })).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
    reply.resolve('ok');
    expect(await first).toBe(true);
    expect(state().busy).toBe(false);
  });

  it('stops on a problem found before sending, and moves focus again on each try', async () => {
    const { form, state } = setup();
    const send = vi.fn(async () => 'ok');
    await form.submit({ validate: () => ({ name: 'Enter a name' }), send });
    await form.submit({ validate: () => ({ name: 'Enter a name' }), send });
    expect(send).not.toHaveBeenCalled();
    expect(state().errors).toEqual({ name: 'Enter a name' });
    expect(state().attempt).toBe(2);
    expect(state().busy).toBe(false);
  });

  it('stops when the form reports a problem of its own (the hours rows)', async () => {
    const { form, state } = setup();
    const send = vi.fn(async () => 'ok');
    expect(await form.submit({ validate: () => ({}), blocked: () => true, send })).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(state().attempt).toBe(1);
  });

  it('puts a server error beside the field it names', async () => {
    const { form, state } = setup();
    await form.submit({
      send: async () => {
        throw new TestError('That address is taken', 'email');
      },
    });
    expect(state()).toMatchObject({ errors: { email: 'That address is taken' }, formError: null, busy: false, attempt: 1 });
  });

  it('puts a server error that names no field above the form, in the wording the caller chose', async () => {
    const { form, state } = setup();
    await form.submit({
      send: async () => {
        throw new TestError('network down');
      },
      placeError: (e) => ({ field: null, message: `We could not send a code: ${(e as Error).message}` }),
    });
    expect(state().formError).toBe('We could not send a code: network down');
    expect(state().errors).toEqual({});
  });

  it('routes a version conflict to the form’s own view instead of an error message', async () => {
    const { form, state } = setup();
    const onConflict = vi.fn(async () => undefined);
    await form.submit({
      send: async () => {
        throw new TestError('Someone else saved first', null, VERSION_CONFLICT);
      },
      onConflict,
    });
    expect(onConflict).toHaveBeenCalledWith(expect.objectContaining({ code: VERSION_CONFLICT }));
    expect(state()).toMatchObject({ formError: null, errors: {}, busy: false, attempt: 1 });
  });

  it('stays busy while the conflict view loads the latest version, and shows its message when that fails', async () => {
    const { form, state } = setup();
    const latest = deferred<string>();
    const sent = form.submit({
      send: async () => {
        throw new TestError('Someone else saved first', null, VERSION_CONFLICT);
      },
      onConflict: async () => `The latest version could not be loaded: ${await latest.promise}`,
    });
    await Promise.resolve();
    expect(state().busy).toBe(true);
    latest.resolve('offline');
    await sent;
    expect(state()).toMatchObject({ busy: false, formError: 'The latest version could not be loaded: offline' });
  });

  it('places a conflict like any error when the form has no conflict view', async () => {
    const { form, state } = setup();
    await form.submit({
      send: async () => {
        throw new TestError('This changed while you were reviewing it', null, VERSION_CONFLICT);
      },
    });
    expect(state().formError).toBe('This changed while you were reviewing it');
  });

  it('flashes what was saved, and clears it (and the old errors) at the next try', async () => {
    const { form, state } = setup();
    await form.submit({ send: async () => 'ok', done: () => 'Profile saved.' });
    expect(state()).toMatchObject({ saved: 'Profile saved.', errors: {}, formError: null });
    await form.submit({ validate: () => ({ name: 'Enter a name' }), send: async () => 'ok', done: () => 'Profile saved.' });
    expect(state()).toMatchObject({ saved: null, errors: { name: 'Enter a name' } });
  });

  it('clears a server error once a later send succeeds', async () => {
    const { form, state } = setup();
    await form.submit({
      send: async () => {
        throw new TestError('The server is busy');
      },
    });
    expect(state().formError).toBe('The server is busy');
    await form.submit({ send: async () => 'ok' });
    expect(state()).toMatchObject({ formError: null, saved: null, errors: {} });
  });

  it('hands the result to done, once, after the send and before busy ends', async () => {
    const { form, state } = setup();
    const seen: Array<[string, boolean]> = [];
    await form.submit({ send: async () => 'v2', done: (r) => void seen.push([r, state().busy]) });
    expect(seen).toEqual([['v2', true]]);
  });
});
