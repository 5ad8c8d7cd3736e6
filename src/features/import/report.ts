// The report a moderator downloads after previewing an import: every row that will not be
// imported, with its reason, its original cells (so the partner can fix and resend it), and
// optionally the rows imported with changes (or, in a strict import, held back to fix). Cells are neutralised, because partner text such
// as "=HYPERLINK(...)" must not run when the report is opened in a spreadsheet.
// Possible duplicates the moderator skipped can be listed too (pass the decisions).
import { toCsv } from '../../domain/csvCell';
import type { Mapping } from './fields';
import type { MissingListing } from './missing';
import { originalCells } from './originalCells';
import { heldBackReason, issueLine, rejectionReason, resolveDecisions, skipReason, valuesLost, type Decision, type ImportPlan } from './plan';

export interface ReportOptions {
  /** Also list rows that will be imported with a value changed or left out. */
  includeWarnings?: boolean;
  /**
   * The moderator's decisions: rows skipped (by decision or by default, as a repeat of an
   * earlier row) and possible duplicates still undecided are listed too, so the partner gets
   * back every row that did not arrive.
   */
  decisions?: ReadonlyMap<number, Decision>;
  /** A strict import: rows that would lose a value are held back, as buildCommit holds them. */
  strict?: boolean;
  /** The partner's listings missing from the file, after every row, and whether they are archived. */
  missing?: { listings: readonly MissingListing[]; archive: boolean };
  /** The rows the commit would leave as they are (api.preview_import said so), by row number. */
  unchanged?: ReadonlySet<number>;
}

export function reportCsv(headers: readonly string[], mapping: Mapping, plan: ImportPlan, options: ReportOptions = {}): string {
  const out: string[][] = [['Row', 'Status', 'Reason', ...headers]];
  const lines: { row: number; cells: string[] }[] = [];
  for (const r of plan.rejected) {
    lines.push({
      row: r.row,
      cells: [String(r.row), r.reason === 'unplaceable' ? 'Not imported: cannot be placed' : 'Not imported', rejectionReason(r), ...originalCells(headers, mapping, r)],
    });
  }
  const outcomes = options.decisions && resolveDecisions(plan, options.decisions);
  for (const p of plan.planned) {
    if (options.strict && valuesLost(p).length) {
      lines.push({ row: p.row, cells: [String(p.row), 'Held back', heldBackReason(p), ...originalCells(headers, mapping, p)] });
      continue;
    }
    const o = outcomes?.get(p.row);
    if (outcomes && (o === null || o?.action === 'skip')) {
      const why = skipReason(p);
      const reason = `${why.charAt(0).toUpperCase()}${why.slice(1)}`;
      lines.push({ row: p.row, cells: [String(p.row), o === null ? 'Waiting for a decision' : 'Skipped', reason, ...originalCells(headers, mapping, p)] });
    } else if (options.unchanged?.has(p.row)) {
      lines.push({ row: p.row, cells: [String(p.row), 'Unchanged', 'Already as the file says: the listing is left as it is', ...originalCells(headers, mapping, p)] });
    } else if (options.includeWarnings && p.warnings.length) {
      const reason = p.warnings.map(issueLine).join(' ');
      lines.push({ row: p.row, cells: [String(p.row), 'Imported with changes', reason, ...originalCells(headers, mapping, p)] });
    }
  }
  lines.sort((a, b) => a.row - b.row);
  for (const l of lines) out.push(l.cells);
  for (const m of options.missing?.listings ?? []) {
    out.push([
      '',
      options.missing!.archive ? 'Archived: not in this file' : 'Kept: not in this file',
      `"${m.name}" (partner id ${m.external_id}) was in an earlier file from this partner and is not in this one`,
      ...headers.map(() => ''),
    ]);
  }
  return toCsv(out);
}
