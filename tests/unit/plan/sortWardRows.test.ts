import { describe, expect, it } from 'vitest';
import { rowFrom } from '../../../src/geo/summariseWards';
import { sortWardRows } from '../../../src/features/plan/sortWardRows';

const rows = [
  rowFrom('E1', 'Bryn', 1000, 900, 0, 2),
  rowFrom('E2', 'Abram', 2000, 500, 100, 1),
  rowFrom('E3', 'Empty moor', 0, 0, 0, 0),
  rowFrom('E4', 'Ince', 1000, 900, 0, 5),
];

describe('sorting the area summary', () => {
  it('sorts by a figure either way, ties by name, empty values last', () => {
    expect(sortWardRows(rows, 'pctWithin', 'ascending').map((r) => r.name)).toEqual(['Abram', 'Bryn', 'Ince', 'Empty moor']);
    expect(sortWardRows(rows, 'pctWithin', 'descending').map((r) => r.name)).toEqual(['Bryn', 'Ince', 'Abram', 'Empty moor']);
  });
  it('sorts names alphabetically', () => {
    expect(sortWardRows(rows, 'name', 'descending').map((r) => r.code)).toEqual(['E4', 'E3', 'E1', 'E2']);
  });
});
