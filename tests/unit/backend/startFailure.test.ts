// What the page says when the browser's database cannot start: each failure the browser raises
// lands in a reason with plain words and the right way out.
import { describe, expect, it } from 'vitest';
import { FAILURE_TEXT, StartError, classifyStartError } from '../../../src/backend/local/startFailure';

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('start failures', () => {
  it('sorts what browsers throw into reasons', () => {
    expect(classifyStartError(named('QuotaExceededError'))).toBe('full');
    expect(classifyStartError(named('NoModificationAllowedError'))).toBe('busy');
    expect(classifyStartError(new Error('Access Handles cannot be created if there is another open Access Handle'))).toBe('busy');
    expect(classifyStartError(new TypeError('Failed to fetch'))).toBe('download');
    expect(classifyStartError(new StartError('damaged', 'no tables'))).toBe('damaged');
    expect(classifyStartError(new Error('No more file handles available in the pool'))).toBe('unknown');
  });

  it('offers a reset only where a reset helps', () => {
    expect(FAILURE_TEXT.damaged.offerReset).toBe(true);
    expect(FAILURE_TEXT.unknown.offerReset).toBe(true);
    // Resetting would not free space, bring the network back or close another tab.
    expect(FAILURE_TEXT.full.offerReset).toBe(false);
    expect(FAILURE_TEXT.download.offerReset).toBe(false);
    expect(FAILURE_TEXT.busy.offerReset).toBe(false);
  });

  it('speaks without developer words', () => {
    for (const t of Object.values(FAILURE_TEXT)) {
      expect(`${t.what} ${t.todo}`).not.toMatch(/OPFS|IndexedDB|handle|pool|worker|wasm|PGlite|Postgres|exception|error/i);
    }
  });
});
