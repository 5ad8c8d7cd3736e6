// From validated rows to what the moderator previews and what api.commit_import writes: place
// postcode-only rows through the geocoder, ask the database which rows update an existing asset
// (same partner ID) or look like one nearby, and count new / updated / possible duplicates /
// invalid / unplaceable. Nothing is written here.
import type { ImportCandidate, ImportRow } from '../../backend/api';
import type { Geocoder } from '../../domain/geocoder';
import type { Uuid } from '../../domain/types';
import type { ParsedRow, RowIssue } from './rows';

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
  counts: { total: number; new: number; updated: number; duplicates: number; invalid: number; unplaceable: number; withWarnings: number };
  planned: PlannedRow[];
  rejected: RejectedRow[];
}

export type Decision = { action: 'insert' } | { action: 'update'; target_id: Uuid } | { action: 'skip' };

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
          message: `Postcode ${r.asset.postcode} was not found, so the asset cannot be placed on the map; check the postcode or add latitude and longitude.`,
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
    const part = placed.slice(i, i + batch).map((p) => ({ row: p.parsed.row, external_id: p.parsed.asset.external_id, name: p.parsed.asset.name, lat: p.lat, lng: p.lng }));
    for (const c of await deps.candidates(part)) byRow.set(c.row, c);
    deps.onProgress?.({ phase: 'matching', done: Math.min(placed.length, i + batch), total: placed.length });
  }

  const counts = { total: rows.length, new: 0, updated: 0, duplicates: 0, invalid: 0, unplaceable: 0, withWarnings: 0 };
  const planned: PlannedRow[] = placed.map(({ parsed, lat, lng, placedBy }) => {
    const c = byRow.get(parsed.row);
    const similar = [...(c?.similar ?? [])].sort((a, b) => b.similarity - a.similarity || a.distance_m - b.distance_m);
    const status: PlannedStatus = c?.external_match ? 'update' : similar.length ? 'duplicate' : 'new';
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

/** Why a rejected row was not imported, in one line. */
export function rejectionReason(r: RejectedRow): string {
  return r.issues
    .filter((i) => i.severity === 'error')
    .map((i) => (i.column ? `${i.column}: ${i.message}` : i.message))
    .join(' ');
}

/**
 * The rows and report for api.commit_import. New rows insert and partner-ID matches update
 * unless decided otherwise; a possible duplicate is skipped until the moderator decides.
 * The report lists rejected rows only: commit_import counts its length as "rejected", and
 * skipped rows travel as rows with action 'skip', counted apart.
 */
export function buildCommit(plan: ImportPlan, decisions: ReadonlyMap<number, Decision> = new Map()): {
  rows: ImportRow[];
  report: { row: number; reason: string }[];
} {
  const rows: ImportRow[] = [];
  const report: { row: number; reason: string }[] = plan.rejected.map((r) => ({ row: r.row, reason: rejectionReason(r) }));
  for (const p of plan.planned) {
    const d = decisions.get(p.row) ?? (p.status === 'new' ? { action: 'insert' } : p.status === 'update' ? { action: 'update', target_id: p.target_id! } : { action: 'skip' });
    if (d.action === 'skip') {
      rows.push({ row: p.row, action: 'skip', target_id: null, asset: p.asset });
    } else if (d.action === 'update') {
      rows.push({ row: p.row, action: 'update', target_id: d.target_id, asset: p.asset });
    } else {
      rows.push({ row: p.row, action: 'insert', target_id: null, asset: p.asset });
    }
  }
  report.sort((a, b) => a.row - b.row);
  return { rows, report };
}
