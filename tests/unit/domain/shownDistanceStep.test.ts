// Ties in a distance sort are distances residents see as the same: shownDistanceStep must agree
// with formatDistance everywhere, and never put a larger distance on a smaller step.
import { describe, expect, it } from 'vitest';
import { formatDistance, shownDistanceStep } from '../../../src/domain/distance';

describe('shownDistanceStep', () => {
  it('is the same for two distances exactly when they are shown the same, and grows with the distance', () => {
    // Collected, then asserted once: an expect per step costs more than the 120,000 steps.
    const wrong: string[] = [];
    let previous = { m: 0, step: shownDistanceStep(0), text: formatDistance(0) };
    for (let m = 0.5; m <= 60_000; m += 0.5) {
      const step = shownDistanceStep(m);
      const text = formatDistance(m);
      if (step < previous.step) wrong.push(`${previous.m} m is on a larger step than ${m} m`);
      if ((step === previous.step) !== (text === previous.text))
        wrong.push(`${previous.m} m (${previous.text}) and ${m} m (${text}): steps ${previous.step} and ${step}`);
      previous = { m, step, text };
    }
    expect(wrong).toEqual([]);
  });
});
