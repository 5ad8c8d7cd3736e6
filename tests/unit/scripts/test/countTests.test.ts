import { describe, expect, it } from 'vitest';
import { countTests } from '../../../../scripts/test/countTests';

const vitestPassed = `
 ✓ tests/hosted/shape.test.ts (10 tests) 67ms

 Test Files  1 passed (1)
      Tests  10 passed (10)
   Start at  01:04:03
`;
const vitestFailed =
  '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m2 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m40 passed\u001b[39m\u001b[22m\u001b[90m (42)\u001b[39m\n';
const pgProve = `02-rls.sql ........
not ok 4 - Residents cannot update assets
Failed 2/16 subtests
03-lifecycle.sql .. ok
Files=6, Tests=67,  0 wallclock secs ( 0.02 usr  0.01 sys +  0.12 cusr  0.02 csys =  0.17 CPU)
Result: FAIL
`;

describe('countTests', () => {
  it('reads Vitest summaries, coloured or not', () => {
    expect(countTests(vitestPassed)).toEqual({ total: 10, failed: 0 });
    expect(countTests(vitestFailed)).toEqual({ total: 42, failed: 2 });
  });

  it('reads pg_prove totals and failed subtests', () => {
    expect(countTests(pgProve)).toEqual({ total: 67, failed: 2 });
  });

  it('adds up every runner a layer used', () => {
    expect(countTests(pgProve + vitestPassed + vitestFailed)).toEqual({ total: 119, failed: 4 });
  });

  it('counts nothing in output without a summary', () => {
    expect(countTests('npm ERR! missing script: test:x\n')).toEqual({ total: 0, failed: 0 });
  });
});
