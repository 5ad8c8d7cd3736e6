// Where the offline map writes place names, on the real Wigan wards and postcodes in data/.
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { mapLabelFeatures, townRank, wardLabelPoint } from '../../../scripts/mapLabels';
import { parsePostcodesCsv } from '../../../scripts/sample/files';
import { TOWNS } from '../../../scripts/sample/towns';

const wards = JSON.parse(readFileSync('data/areas/wards.geojson', 'utf8')).features;
const postcodes = parsePostcodesCsv(readFileSync('data/postcodes.csv', 'utf8'));
const labels = mapLabelFeatures(TOWNS, wards, postcodes);

describe('place-name points for the offline map', () => {
  it('name every town once and every one of the 25 wards once', () => {
    const towns = labels.filter((l) => l.properties.kind === 'town').map((l) => l.properties.name);
    const wardNames = labels.filter((l) => l.properties.kind === 'ward-label').map((l) => l.properties.name);
    expect(towns).toEqual(TOWNS.map((t) => t.name));
    expect(wardNames.sort()).toEqual(wards.map((w: { properties: { name: string } }) => w.properties.name).sort());
  });

  it('put each ward’s name inside the ward', () => {
    for (const w of wards) {
      const at = wardLabelPoint(w, postcodes)!;
      expect(booleanPointInPolygon(at.coordinates, w), w.properties.name).toBe(true);
    }
  });

  it('move a ward’s name to its nearest postcode when the middle of its postcodes is outside it', () => {
    // A ward shaped like a C: the middle of its three postcodes falls in the gap.
    const c = {
      type: 'Feature' as const,
      properties: { code: 'C', name: 'Crescent' },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [0, 0],
            [3, 0],
            [3, 1],
            [1, 1],
            [1, 2],
            [3, 2],
            [3, 3],
            [0, 3],
            [0, 0],
          ],
        ],
      },
    };
    const at = wardLabelPoint(c, [
      { lat: 0.5, lng: 2.5, ward_code: 'C' },
      { lat: 2.5, lng: 2.5, ward_code: 'C' },
      { lat: 2.7, lng: 2.5, ward_code: 'C' },
      { lat: 0.5, lng: 9, ward_code: 'another ward' },
    ]);
    expect(at!.coordinates).toEqual([2.5, 2.5]);
    expect(wardLabelPoint(c, [])).toBeNull();
  });

  it('rank Wigan and Leigh above the other towns, and villages below them', () => {
    const rank = (name: string) => townRank(TOWNS.find((t) => t.name === name)!.weight);
    expect([rank('Wigan'), rank('Leigh'), rank('Hindley'), rank('Haigh')]).toEqual([1, 1, 2, 3]);
  });
});
