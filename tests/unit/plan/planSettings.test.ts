import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readPlanSettings, settingsTag, writePlanSettings, type PlanSettings } from '../../../src/features/plan/planSettings';

/** What the router does (@solidjs/router mergeSearchString): drop undefined and empty values, then hand the rest back on the next read. */
const roundTrip = (s: PlanSettings) => {
  const params = Object.fromEntries(Object.entries(writePlanSettings(s)).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  const url = new URLSearchParams(params).toString();
  return { url, back: readPlanSettings(Object.fromEntries(new URLSearchParams(url))) };
};
const BATCH = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

describe('plan settings in the URL', () => {
  it('leaves the URL empty for the defaults', () => {
    expect(roundTrip(DEFAULT_SETTINGS)).toEqual({ url: '', back: DEFAULT_SETTINGS });
  });

  it('gives back the same settings after a round trip', () => {
    const s: PlanSettings = {
      categories: ['food-support', 'health'],
      kinds: ['place', 'service'],
      source: 'NHS Wigan, GP practices',
      batch: BATCH,
      checkedMonths: 12,
      includeSample: false,
      distance: 1200,
      cell: 100,
      level: 'lsoa',
      emphasis: 'strong',
      catchments: true,
    };
    const { url, back } = roundTrip(s);
    expect(back).toEqual(s);
    expect(url).toBe(
      `cat=food-support%2Chealth&kind=place%2Cservice&src=NHS+Wigan%2C+GP+practices&batch=${BATCH}&checked=12&sample=0&d=1200&cell=100&level=lsoa&emph=strong&catch=1`,
    );
  });

  it('keeps an empty category set apart from "all categories", and "no partner dataset" apart from "any"', () => {
    expect(roundTrip({ ...DEFAULT_SETTINGS, categories: [] }).back.categories).toEqual([]);
    expect(roundTrip({ ...DEFAULT_SETTINGS, categories: null }).back.categories).toBeNull();
    expect(roundTrip({ ...DEFAULT_SETTINGS, source: '' }).back.source).toBe('');
    expect(roundTrip({ ...DEFAULT_SETTINGS, source: null }).back.source).toBeNull();
  });

  it('falls back to defaults for values it does not trust', () => {
    const s = readPlanSettings({
      cat: 'food,<script>,FOOD,food',
      kind: 'place,planet',
      d: '99999',
      cell: '7',
      level: 'county',
      emph: 'loud',
      catch: 'yes',
      batch: 'not-a-uuid',
      checked: '0',
      sample: 'no',
    });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, categories: ['food'], kinds: ['place'] });
    expect(readPlanSettings({ d: '1e3' }).distance).toBe(1000);
    expect(readPlanSettings({ d: '812.5' }).distance).toBe(800);
    expect(readPlanSettings({ src: ' padded ' }).source).toBeNull();
    expect(readPlanSettings({ src: 'a\u0000b' }).source).toBeNull();
    expect(readPlanSettings({ src: 'x'.repeat(201) }).source).toBeNull();
    expect(readPlanSettings({ checked: '121' }).checkedMonths).toBeNull();
    expect(readPlanSettings({ checked: '7' }).checkedMonths).toBe(7);
    expect(readPlanSettings({ batch: BATCH.toUpperCase() }).batch).toBe(BATCH);
  });

  it('names exported files after the settings', () => {
    expect(settingsTag(DEFAULT_SETTINGS)).toBe('800m-250m-ward-all');
    expect(settingsTag({ ...DEFAULT_SETTINGS, categories: ['health'], kinds: ['place'], distance: 400 })).toBe('400m-250m-ward-health-place');
    expect(settingsTag({ ...DEFAULT_SETTINGS, source: 'Wigan Libraries', batch: BATCH, checkedMonths: 6, includeSample: false })).toBe(
      '800m-250m-ward-all-from-wigan-libraries-batch-1b9d6bcd-checked-6mo-no-samples',
    );
  });
});
