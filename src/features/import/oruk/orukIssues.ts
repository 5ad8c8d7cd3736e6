// An ORUK conversion note as a row issue, so the check step, the strict import and the report treat
// it like any other: a schedule we could not express is an opening-hours value lost.
import type { Mapping } from '../fields';
import type { RowIssue } from '../rows';
import type { OrukNote } from './orukServices';

export function orukIssueOf(note: OrukNote, mapping: Mapping): RowIssue {
  const column = note.field && note.field in mapping ? note.field : null;
  return {
    row: note.index + 2,
    column,
    field: column ? (mapping[column] ?? null) : null,
    value: note.value,
    message: note.message,
    severity: 'warning',
    code: note.code,
  };
}
