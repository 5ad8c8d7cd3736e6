// The report a moderator downloads after previewing an import: every row that will not be
// imported, with its reason, its original cells (so the partner can fix and resend it), and
// optionally the rows imported with changes. Cells are neutralised, because partner text such
// as "=HYPERLINK(...)" must not run when the report is opened in a spreadsheet.
import { toCsv } from './csvText';
import type { Mapping } from './fields';
import type { ImportPlan, RejectedRow } from './plan';
import { rejectionReason } from './plan';
import type { ImportAsset } from './rows';

function cellsFromAsset(headers: readonly string[], mapping: Mapping, asset: ImportAsset): string[] {
  return headers.map((h) => {
    const f = mapping[h];
    if (!f || !(f in asset)) return '';
    const v = asset[f as keyof ImportAsset];
    return v == null ? '' : Array.isArray(v) ? v.join('; ') : String(v);
  });
}

function originalCells(headers: readonly string[], mapping: Mapping, r: Pick<RejectedRow, 'cells' | 'asset'>): string[] {
  const cells = r.cells ?? cellsFromAsset(headers, mapping, r.asset);
  return headers.map((_, i) => cells[i] ?? '');
}

export interface ReportOptions {
  /** Also list rows that will be imported with a value changed or left out. */
  includeWarnings?: boolean;
}

export function reportCsv(headers: readonly string[], mapping: Mapping, plan: ImportPlan, options: ReportOptions = {}): string {
  const out: string[][] = [['Row', 'Status', 'Reason', ...headers]];
  const lines: { row: number; cells: string[] }[] = [];
  for (const r of plan.rejected) {
    lines.push({ row: r.row, cells: [String(r.row), r.reason === 'unplaceable' ? 'Not imported: cannot be placed' : 'Not imported', rejectionReason(r), ...originalCells(headers, mapping, r)] });
  }
  if (options.includeWarnings) {
    for (const p of plan.planned) {
      if (!p.warnings.length) continue;
      const reason = p.warnings.map((i) => (i.column ? `${i.column}: ${i.message}` : i.message)).join(' ');
      lines.push({ row: p.row, cells: [String(p.row), 'Imported with changes', reason, ...originalCells(headers, mapping, p)] });
    }
  }
  lines.sort((a, b) => a.row - b.row);
  for (const l of lines) out.push(l.cells);
  return toCsv(out);
}
