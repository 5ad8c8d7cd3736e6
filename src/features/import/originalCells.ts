// A row's cells as the partner's file had them, for the reports: kept when the row had issues,
// otherwise written back from the asset (so a category reads as our slug, which imports again
// just the same). Always one cell per header.
import type { Mapping } from './fields';
import type { ImportAsset } from './rows';

function cellsFromAsset(headers: readonly string[], mapping: Mapping, asset: ImportAsset): string[] {
  return headers.map((h) => {
    const f = mapping[h];
    if (!f || !(f in asset)) return '';
    const v = asset[f as keyof ImportAsset];
    return v == null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  });
}

export function originalCells(headers: readonly string[], mapping: Mapping, r: { cells: string[] | null; asset: ImportAsset }): string[] {
  const cells = r.cells ?? cellsFromAsset(headers, mapping, r.asset);
  return headers.map((_, i) => cells[i] ?? '');
}
