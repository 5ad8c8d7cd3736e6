// createFormSubmit (src/ui/createFormSubmit.ts) under Solid's browser build: the button's busy
// state and the error summary follow a send as it happens, so what is on screen reacts.
import { createEffect, createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createFormSubmit } from '../../../src/ui/createFormSubmit';

type F = 'name' | 'email';
const FIELDS: readonly F[] = ['name', 'email'];

function setup() {
  let dispose!: () => void;
  const busySeen: boolean[] = [];
  const focusKeys: number[] = [];
  const form = createRoot((d) => {
    dispose = d;
    const f = createFormSubmit<F>({ placeError: (e) => ({ field: null, message: (e as Error).message }), fields: FIELDS, idOf: (x) => `org-${x}` });
    createEffect(() => busySeen.push(f.busy()));
    createEffect(() => focusKeys.push(f.attempt()));
    return f;
  });
  return { form, busySeen, focusKeys, dispose };
}

describe('createFormSubmit', () => {
  it('disables the button while a send is on its way and enables it after', async () => {
    const { form, busySeen, dispose } = setup();
    let finish!: () => void;
    const sent = form.submit({ send: () => new Promise<void>((r) => (finish = r)) });
    expect(form.busy()).toBe(true);
    finish();
    await sent;
    expect(busySeen).toEqual([false, true, false]);
    dispose();
  });

  it('lists field errors in page order linked to their controls, then the form’s own, and refocuses the summary each try', async () => {
    const { form, focusKeys, dispose } = setup();
    await form.submit({ validate: () => ({ email: 'Enter an email', name: 'Enter a name' }), send: async () => undefined });
    expect(form.summary()).toEqual([
      { href: 'org-name', message: 'Enter a name' },
      { href: 'org-email', message: 'Enter an email' },
    ]);
    await form.submit({
      send: async () => {
        throw new Error('The database is not answering');
      },
    });
    expect(form.summary([{ href: 'hours-1-days', message: 'Choose the days' }])).toEqual([
      { href: 'hours-1-days', message: 'Choose the days' },
      { message: 'The database is not answering' },
    ]);
    expect(focusKeys).toEqual([0, 1, 2]);
    dispose();
  });

  it('shows the saved message until the next send', async () => {
    const { form, dispose } = setup();
    await form.submit({ send: async () => 'v2', done: () => 'Profile saved.' });
    expect(form.saved()).toBe('Profile saved.');
    let finish!: () => void;
    const again = form.submit({ send: () => new Promise<void>((r) => (finish = r)) });
    expect(form.saved()).toBeNull();
    finish();
    await again;
    dispose();
  });
});
