// From validated rows to what the moderator previews and what api.commit_import writes: place
// postcode-only rows through the geocoder, find rows that repeat an earlier row of the same file,
// ask the database which rows update an existing asset (same partner ID) or look like one
// nearby, and count new / updated / possible duplicates / invalid / unplaceable. Nothing is
// written here.
import type { CommitRow, ImportCandidate, ImportReportEntry, ImportRow } from '../../backend/api';
import type { Geocoder } from '../../domain/geocoder';
import type { Uuid } from '../../domain/types';
import type { Mapping } from './fields';
import { originalCells } from './originalCells';
import { findRepeats, type Repeat } from './repeats';
import { VALUE_LOST, type ImportAsset, type ParsedRow, type RowIssue } from './rows';
import type { MissingListing } from './missing';
import { t } from './i18n';

export type CandidateQuery = { row: number; external_id: string | null; name: string; lat: number; lng: number };

export interface PlanDeps {
  geocoder: Geocoder;
  /** api.importCandidates bound to the partner. */
  candidates: (rows: CandidateQuery[]) => Promise<ImportCandidate[]>;
  /** Rows per candidates call (default 1000), so one request never carries a whole 50 MB file. */
  batchSize?: number;
  onProgress?: (p: { phase: 'geocoding' | 'matching'; done: number; total: number }) => void;
}

export type PlannedStatus = 'new' | 'update' | 'duplicate';

export interface PlannedRow {
  row: number;
  asset: ImportRow['asset'];
  placedBy: 'coordinates' | 'postcode';
  status: PlannedStatus;
  /** For update: the asset with the same partner ID. */
  target_id: Uuid | null;
  /** For duplicate: existing assets with a similar name close by, best first. */
  similar: ImportCandidate['similar'];
  /** For duplicate: the earlier row of the same file this one repeats (kept by default). */
  repeats: Repeat | null;
  warnings: RowIssue[];
  /** Original cells when the row had warnings (for the report). */
  cells: string[] | null;
}

export interface RejectedRow {
  row: number;
  reason: 'invalid' | 'unplaceable';
  issues: RowIssue[];
  cells: string[] | null;
  asset: ParsedRow['asset'];
}

export interface ImportPlan {
  /** `repeats`: the possible duplicates that repeat an earlier row of the file (counted in `duplicates` too). */
  counts: { total: number; new: number; updated: number; duplicates: number; repeats: number; invalid: number; unplaceable: number; withWarnings: number };
  planned: PlannedRow[];
  rejected: RejectedRow[];
}

/** 'instead': import this repeat in place of the earlier row it repeats, which is then skipped. */
export type Decision = { action: 'insert' } | { action: 'update'; target_id: Uuid } | { action: 'skip' } | { action: 'instead' };
export type Outcome = Exclude<Decision, { action: 'instead' }>;

export async function planImport(rows: readonly ParsedRow[], deps: PlanDeps): Promise<ImportPlan> {
  const rejected: RejectedRow[] = [];
  const placed: { parsed: ParsedRow; lat: number; lng: number; placedBy: PlannedRow['placedBy'] }[] = [];
  const needPostcode: ParsedRow[] = [];
  for (const r of rows) {
    if (!r.valid) rejected.push({ row: r.row, reason: 'invalid', issues: r.issues ?? [], cells: r.cells, asset: r.asset });
    else if (r.asset.lat !== null && r.asset.lng !== null) placed.push({ parsed: r, lat: r.asset.lat, lng: r.asset.lng, placedBy: 'coordinates' });
    else needPostcode.push(r);
  }

  if (needPostcode.length) {
    deps.onProgress?.({ phase: 'geocoding', done: 0, total: needPostcode.length });
    const found = await deps.geocoder.lookupMany(needPostcode.map((r) => r.asset.postcode!));
    for (const r of needPostcode) {
      const hit = found.get(r.asset.postcode!) ?? null;
      if (hit) placed.push({ parsed: r, lat: hit.lat, lng: hit.lng, placedBy: 'postcode' });
      else {
        const issue: RowIssue = {
          row: r.row,
          column: null,
          field: 'postcode',
          value: r.asset.postcode!,
          severity: 'error',
          code: 'unplaceable',
          message: t('rowPostcodeNotFound', { postcode: r.asset.postcode! }),
        };
        rejected.push({ row: r.row, reason: 'unplaceable', issues: [...(r.issues ?? []), issue], cells: r.cells, asset: r.asset });
      }
    }
    deps.onProgress?.({ phase: 'geocoding', done: needPostcode.length, total: needPostcode.length });
  }
  placed.sort((a, b) => a.parsed.row - b.parsed.row);
  rejected.sort((a, b) => a.row - b.row);

  const byRow = new Map<number, ImportCandidate>();
  const batch = deps.batchSize ?? 1000;
  for (let i = 0; i < placed.length; i += batch) {
    const part = placed
      .slice(i, i + batch)
      .map((p) => ({ row: p.parsed.row, external_id: p.parsed.asset.external_id, name: p.parsed.asset.name, lat: p.lat, lng: p.lng }));
    for (const c of await deps.candidates(part)) byRow.set(c.row, c);
    deps.onProgress?.({ phase: 'matching', done: Math.min(placed.length, i + batch), total: placed.length });
  }

  const repeats = findRepeats(placed.map((p) => ({ row: p.parsed.row, external_id: p.parsed.asset.external_id, name: p.parsed.asset.name, lat: p.lat, lng: p.lng })));
  const counts = { total: rows.length, new: 0, updated: 0, duplicates: 0, repeats: repeats.size, invalid: 0, unplaceable: 0, withWarnings: 0 };
  const planned: PlannedRow[] = placed.map(({ parsed, lat, lng, placedBy }) => {
    const c = byRow.get(parsed.row);
    const similar = [...(c?.similar ?? [])].sort((a, b) => b.similarity - a.similarity || a.distance_m - b.distance_m);
    const repeat = repeats.get(parsed.row) ?? null;
    const status: PlannedStatus = repeat ? 'duplicate' : c?.external_match ? 'update' : similar.length ? 'duplicate' : 'new';
    const warnings = parsed.issues?.filter((i) => i.severity === 'warning') ?? [];
    if (status === 'new') counts.new++;
    else if (status === 'update') counts.updated++;
    else counts.duplicates++;
    if (warnings.length) counts.withWarnings++;
    return {
      row: parsed.row,
      asset: { ...parsed.asset, lat, lng },
      placedBy,
      status,
      target_id: c?.external_match ?? null,
      similar: status === 'duplicate' ? similar : [],
      repeats: repeat,
      warnings,
      cells: parsed.cells,
    };
  });
  for (const r of rejected) {
    if (r.reason === 'invalid') counts.invalid++;
    else counts.unplaceable++;
  }
  return { counts, planned, rejected };
}

/** Why a planned row would not arrive if skipped, in words that start lower case ("possible duplicate of …"). */
export function skipReason(p: PlannedRow): string {
  if (p.repeats) {
    const same = p.repeats.by === 'external_id' ? 'the same partner ID' : `the same name, ${p.repeats.distance_m} m away`;
    return `repeats row ${p.repeats.row} of this file (${same}).`;
  }
  const best = p.similar[0];
  return best ? `possible duplicate of "${best.name}" (${Math.round(best.distance_m)} m away).` : 'not imported.';
}

/** One issue as the reports word it: its column, then what happened. */
export function issueLine(i: RowIssue): string {
  return i.column ? `${i.column}: ${i.message}` : i.message;
}

/** Why a rejected row was not imported, in one line. */
export function rejectionReason(r: RejectedRow): string {
  return r.issues
    .filter((i) => i.severity === 'error')
    .map(issueLine)
    .join(' ');
}

/**
 * What happens to a row unless the moderator says otherwise: new rows insert, partner-ID matches
 * update, a repeat of an earlier row of the file is skipped (the first is kept). A possible
 * duplicate of a listing on the map has none (null): skipping it would silently drop a real
 * place that merely sits near a similar name, so only the moderator decides.
 */
export function defaultDecision(p: PlannedRow): Decision | null {
  if (p.repeats) return { action: 'skip' };
  if (p.status === 'new') return { action: 'insert' };
  if (p.status === 'update') return { action: 'update', target_id: p.target_id! };
  return null;
}

/** Each planned row's outcome: the moderator's decision, else the default; null while undecided. */
export function resolveDecisions(plan: Pick<ImportPlan, 'planned'>, decisions: ReadonlyMap<number, Decision> = new Map()): Map<number, Outcome | null> {
  const chosen = new Map<number, Decision | null>();
  for (const p of plan.planned) chosen.set(p.row, decisions.get(p.row) ?? defaultDecision(p));
  const out = new Map<number, Outcome | null>();
  /** For a row replaced by a later repeat: its own outcome, and the row now taking it. */
  const replaced = new Map<number, { outcome: Outcome | null; by: number }>();
  // In row order, so the row a repeat replaces has its own outcome already.
  for (const p of plan.planned) {
    const d = chosen.get(p.row)!;
    if (d?.action !== 'instead') {
      out.set(p.row, d);
      continue;
    }
    const firstRow = p.repeats?.row;
    if (firstRow === undefined || !out.has(firstRow)) {
      out.set(p.row, { action: 'insert' });
      continue;
    }
    // The earlier row's outcome passes to this one (an update stays an update of that listing).
    // Only one row can take it: a later choice of "instead" wins, the earlier one is skipped.
    const before = replaced.get(firstRow);
    if (before) out.set(before.by, { action: 'skip' });
    const first = before ? before.outcome : out.get(firstRow)!;
    replaced.set(firstRow, { outcome: first, by: p.row });
    out.set(p.row, first === null ? null : first.action === 'skip' ? { action: 'insert' } : first);
    out.set(firstRow, { action: 'skip' });
  }
  return out;
}

// The batch's report is stored whole (app.import_batches allows 20 MB of it): past this many
// characters of cells, later rows keep their row and reason only, so a huge file still commits.
const REPORT_CELLS_BUDGET = 8_000_000;

/** The warnings of a planned row that mean it goes without one of the partner's values. */
export function valuesLost(p: Pick<PlannedRow, 'warnings'>): RowIssue[] {
  return p.warnings.filter((w) => VALUE_LOST.has(w.code));
}

/** Why a strict import held a row back, in one line. */
export function heldBackReason(p: PlannedRow): string {
  return `Held back to fix (this import keeps out rows that would lose a value): ${valuesLost(p).map(issueLine).join(' ')}`;
}

/** Each not-imported row's reason and, given the file's columns, its original cells (for the batch's report). */
function batchReport(
  notImported: readonly { row: number; reason: string; cells: string[] | null; asset: ImportAsset }[],
  columns?: { headers: readonly string[]; mapping: Mapping },
): ImportReportEntry[] {
  let budget = REPORT_CELLS_BUDGET;
  return notImported.map((r) => {
    const entry: ImportReportEntry = { row: r.row, reason: r.reason };
    if (!columns) return entry;
    const cells = originalCells(columns.headers, columns.mapping, r);
    for (let i = 0; i < cells.length; i++) budget -= cells[i].length + columns.headers[i].length + 8;
    if (budget >= 0) entry.cells = cells.map((c, i) => [columns.headers[i], c]);
    return entry;
  });
}

/**
 * The rows and report for api.commit_import. Rows still undecided travel as 'skip', so nothing
 * is ever duplicated unasked, and are listed in `undecided`: the wizard does not commit until
 * that list is empty. The report lists rejected rows only: commit_import counts its length as
 * "rejected", and skipped rows travel as rows with action 'skip', counted apart. Given the
 * file's columns, each report entry carries the row's original cells, so the batch's report
 * downloads again later as the partner sent it. A strict import holds back every row that would
 * go without one of the partner's values (`valuesLost`): they are reported, not imported.
 * `archive`: the partner's listings missing from the file that the batch archives.
 */
export function buildCommit(
  plan: ImportPlan,
  decisions: ReadonlyMap<number, Decision> = new Map(),
  columns?: { headers: readonly string[]; mapping: Mapping },
  options: { strict?: boolean; archive?: readonly MissingListing[] } = {},
): {
  rows: CommitRow[];
  report: ImportReportEntry[];
  undecided: number[];
  heldBack: number[];
} {
  const rows: CommitRow[] = [];
  const undecided: number[] = [];
  const heldBack: PlannedRow[] = [];
  const outcomes = resolveDecisions(plan, decisions);
  for (const p of plan.planned) {
    if (options.strict && valuesLost(p).length) {
      heldBack.push(p);
      continue;
    }
    const d = outcomes.get(p.row) ?? null;
    if (d === null) undecided.push(p.row);
    if (d === null || d.action === 'skip') {
      rows.push({ row: p.row, action: 'skip', target_id: null, asset: p.asset });
    } else if (d.action === 'update') {
      rows.push({ row: p.row, action: 'update', target_id: d.target_id, asset: p.asset });
    } else {
      rows.push({ row: p.row, action: 'insert', target_id: null, asset: p.asset });
    }
  }
  for (const m of options.archive ?? []) rows.push({ action: 'archive', target_id: m.id, asset: {} });
  const report = batchReport(
    [
      ...plan.rejected.map((r) => ({ ...r, reason: rejectionReason(r) })),
      ...heldBack.map((p) => ({ row: p.row, reason: heldBackReason(p), cells: p.cells, asset: p.asset })),
    ],
    columns,
  );
  report.sort((a, b) => a.row - b.row);
  return { rows, report, undecided, heldBack: heldBack.map((p) => p.row) };
}
