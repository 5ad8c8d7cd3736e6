// The report a moderator downloads: the engine's report of rejected rows, plus the possible
// duplicates the moderator chose to skip, so the partner gets back every row that did not
// arrive, plus the rows imported with a value changed or left out (a formula neutralised, a bad
// email dropped), so nothing is altered silently. A previous batch keeps each rejected row's
// reason and original cells, so its report downloads again with the partner's columns.
import type { ImportBatch } from '../../backend/api';
import { toCsv } from '../../domain/csvCell';
import type { Mapping } from './fields';
import { resolveDecisions, skipReason, valuesLost, type Decision, type ImportPlan, type RejectedRow } from './plan';
import { reportCsv, type ReportOptions } from './report';

function skippedRows(plan: ImportPlan, decisions: ReadonlyMap<number, Decision>, strict: boolean): RejectedRow[] {
  const out: RejectedRow[] = [];
  const outcomes = resolveDecisions(plan, decisions);
  for (const p of plan.planned) {
    if (strict && valuesLost(p).length) continue; // held back whatever was decided (reportCsv lists it)
    const o = outcomes.get(p.row);
    if (o && o.action !== 'skip') continue;
    const why = skipReason(p);
    const message = o === null ? `Waiting for a decision: ${why}` : decisions.has(p.row) ? `Skipped by the moderator: ${why}` : `Skipped: ${why}`;
    out.push({
      row: p.row,
      reason: 'invalid',
      // 'duplicate_id' is the engine's nearest issue code; only the message reaches the report.
      issues: [{ row: p.row, column: null, field: null, value: '', severity: 'error', code: 'duplicate_id', message }],
      cells: p.cells,
      asset: p.asset,
    });
  }
  return out;
}

export function importReportCsv(
  headers: readonly string[],
  mapping: Mapping,
  plan: ImportPlan,
  decisions: ReadonlyMap<number, Decision> = new Map(),
  options: Pick<ReportOptions, 'strict' | 'missing' | 'unchanged'> = {},
): string {
  const strict = options.strict ?? false;
  const rejected = [...plan.rejected, ...skippedRows(plan, decisions, strict)].sort((a, b) => a.row - b.row);
  return reportCsv(headers, mapping, { ...plan, rejected }, { includeWarnings: true, strict, missing: options.missing, unchanged: options.unchanged });
}

/** A past batch's report: Row, Reason and the partner's columns (as stored with each row; none in batches from older builds). */
export function batchReportCsv(batch: Pick<ImportBatch, 'report'>): string {
  const columns: string[] = [];
  const at = new Map<string, number>();
  for (const r of batch.report) {
    for (const [column] of r.cells ?? []) {
      if (!at.has(column)) {
        at.set(column, columns.length);
        columns.push(column);
      }
    }
  }
  const lines = batch.report.map((r) => {
    const cells = columns.map(() => '');
    for (const [column, value] of r.cells ?? []) cells[at.get(column)!] = value;
    return [String(r.row), r.reason, ...cells];
  });
  return toCsv([['Row', 'Reason', ...columns], ...lines]);
}

/** "report-nhs-wigan-2026-11-25.csv": a safe file name from the partner and the date. */
export function reportFileName(partner: string, when: Date = new Date()): string {
  const slug =
    partner
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'import';
  return `report-${slug}-${when.toISOString().slice(0, 10)}.csv`;
}
