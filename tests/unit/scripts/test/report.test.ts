import { describe, expect, it } from 'vitest';
import type { Layer } from '../../../../scripts/test/layers';
import { formatDuration, formatPlan, formatSummary } from '../../../../scripts/test/report';

const quick: Layer = { id: 'quick', title: 'unit + SQL', script: 'test:quick', estimateMs: 90_000 };
const e2e: Layer = { id: 'e2e', title: 'end to end', script: 'test:e2e', estimateMs: 420_000 };

describe('the npm test report', () => {
  it('writes durations a person reads at a glance', () => {
    expect(formatDuration(4_400)).toBe('4 s');
    expect(formatDuration(59_600)).toBe('1 min 00 s');
    expect(formatDuration(425_000)).toBe('7 min 05 s');
  });

  it('plans every layer with its rough duration and the command that runs it alone', () => {
    const plan = formatPlan([quick, e2e], { quick: 61_000 }, new Set(['quick']));
    expect(plan.split('\n')).toEqual([
      'npm test: 2 layers, about 8 min 01 s (rough estimates)',
      '  1. unit + SQL  ~1 min 01 s   npm run test:quick',
      '  2. end to end  ~7 min 00 s   npm run test:e2e',
      '',
    ]);
    expect(formatPlan([quick], { quick: 61_000 }, new Set(['quick']))).toContain('about 1 min 01 s (as the last run on this machine)');
  });

  it('sums up tests and time per layer, naming the layers that failed', () => {
    const summary = formatSummary([
      { layer: quick, code: 0, ms: 61_000, count: { total: 612, failed: 0 } },
      { layer: e2e, code: 1, ms: 400_000, count: { total: 80, failed: 3 } },
    ]);
    expect(summary).toContain('unit + SQL  612 tests passed');
    expect(summary).toContain('end to end  FAILED (3 of 80 tests failed)');
    expect(summary).toContain('FAILED: npm run test:e2e, 7 min 41 s in all');
  });

  it('says all passed with the total count when nothing failed', () => {
    const summary = formatSummary([{ layer: quick, code: 0, ms: 3_000, count: { total: 5, failed: 0 } }]);
    expect(summary).toContain('all 5 tests passed, 3 s in all');
  });
});
