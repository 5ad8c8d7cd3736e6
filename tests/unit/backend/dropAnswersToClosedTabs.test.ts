// The leader's answer to a tab that has closed is dropped, not thrown into the open page.
import { afterEach, describe, expect, it } from 'vitest';
import { dropAnswersToClosedTabs } from '../../../src/backend/local/dropAnswersToClosedTabs';

const original = BroadcastChannel.prototype.postMessage;
afterEach(() => {
  BroadcastChannel.prototype.postMessage = original;
  delete (BroadcastChannel.prototype as { __cgDropsClosed?: true }).__cgDropsClosed;
});

describe('dropAnswersToClosedTabs', () => {
  it('drops a message to a closed channel instead of throwing', () => {
    const closed = new BroadcastChannel('cg-test-closed');
    closed.close();
    expect(() => closed.postMessage({ type: 'rpc-return' })).toThrow(/closed/i);
    dropAnswersToClosedTabs();
    expect(() => closed.postMessage({ type: 'rpc-return' })).not.toThrow();
  });

  it('still delivers to an open channel and still throws any other error', async () => {
    dropAnswersToClosedTabs();
    dropAnswersToClosedTabs(); // twice is harmless
    const a = new BroadcastChannel('cg-test-open');
    const b = new BroadcastChannel('cg-test-open');
    const got = new Promise((resolve) => (b.onmessage = (e) => resolve(e.data)));
    a.postMessage({ type: 'rpc-return', result: 1 });
    expect(await got).toEqual({ type: 'rpc-return', result: 1 });
    expect(() => a.postMessage(() => 1)).toThrow();
    a.close();
    b.close();
  });
});
