// Every problem the check found, one line per cell, in the order a person fixes a spreadsheet:
// by row, errors first. Rows that will not be imported and rows imported with a value changed
// are told apart, because only the first lose data.
import type { ImportPlan } from './plan';
import type { RowIssue } from './rows';

export type ProblemOutcome = 'not_imported' | 'changed';

export interface ProblemRow {
  /** Stable key for the table. */
  key: string;
  row: number;
  column: string;
  value: string;
  message: string;
  outcome: ProblemOutcome;
}

const line = (i: RowIssue, outcome: ProblemOutcome, n: number): ProblemRow => ({
  key: `${i.row}:${n}`,
  row: i.row,
  column: i.column ?? '(whole row)',
  value: i.value,
  message: i.message,
  outcome,
});

export function problemRows(plan: ImportPlan): ProblemRow[] {
  const out: ProblemRow[] = [];
  for (const r of plan.rejected) {
    const errorsFirst = [...r.issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    errorsFirst.forEach((i, n) => out.push(line(i, i.severity === 'error' ? 'not_imported' : 'changed', n)));
  }
  for (const p of plan.planned) p.warnings.forEach((i, n) => out.push(line(i, 'changed', n)));
  return out.sort((a, b) => a.row - b.row || (a.outcome === b.outcome ? 0 : a.outcome === 'not_imported' ? -1 : 1));
}
