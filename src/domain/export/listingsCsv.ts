// Listings → CSV that opens safely in a spreadsheet and goes back in through /import unchanged.
// Columns are named as the import template's (src/features/import/fields.ts), so the file maps
// without a choice; the few extra columns (ward, general_area_only, checked_by, and for
// moderators status, source, source_record, updated_at) have names the importer leaves unmapped.
// external_id holds the Common Ground listing id: importing the file again, here or elsewhere,
// updates those listings instead of adding copies, as the ORUK import does with service ids.
//
// Row 1 is one cell saying what the file is, when it was made (ISO 8601, UTC), from which page,
// whose data it is and its licence. The importer takes a lone first cell for a title and reads
// the header from row 2 (it says so, as information); spreadsheets show it as a heading; in
// pandas or R skip one row (`skiprows=1`, `skip = 1`). Every cell is neutralised against formula
// injection (csvCell), lists are joined with "; ", and lines end CRLF with a BOM, as Excel wants.
import { csvCell } from '../csvCell';
import type { ExportListing } from './exportListing';
import { exportAttribution, generatedAtStamp, type ExportMeta } from './exportMeta';
import { LISTINGS_LICENCE } from '../attribution';

type Cell = string | number | boolean | readonly string[] | null | undefined;

const list = (v: readonly string[] | null | undefined) => (v ?? []).join('; ');
const yesNo = (v: boolean | null | undefined) => (v ? 'yes' : 'no');
/** The checked day as the template asks for it (YYYY-MM-DD). */
const day = (v: string | null | undefined) => (v ? v.slice(0, 10) : '');

const COLUMNS: readonly [string, (l: ExportListing) => Cell][] = [
  ['external_id', (l) => l.id],
  ['kind', (l) => l.kind],
  ['name', (l) => l.name],
  ['description', (l) => l.description],
  ['categories', (l) => list(l.categories)],
  ['org_name', (l) => l.org_name],
  ['address', (l) => l.address],
  ['postcode', (l) => l.postcode],
  ['lat', (l) => l.lat],
  ['lng', (l) => l.lng],
  ['phone', (l) => l.phone],
  ['email', (l) => l.email],
  ['website', (l) => l.website],
  ['opening_hours', (l) => l.opening_hours],
  ['free', (l) => yesNo(l.free)],
  ['cost', (l) => l.cost],
  ['age_groups', (l) => list(l.age_groups)],
  ['accessibility', (l) => list(l.accessibility)],
  ['languages', (l) => list(l.languages)],
  ['last_verified_at', (l) => day(l.last_verified_at)],
  ['checked_by', (l) => (l.last_verified_at ? (l.checked_by ?? 'organisation') : '')],
  ['ward', (l) => l.ward],
  ['general_area_only', (l) => yesNo(l.private_address)],
];

/** The moderators' export adds what residents never see. */
const MODERATOR_COLUMNS: readonly [string, (l: ExportListing) => Cell][] = [
  ['status', (l) => l.status],
  ['source', (l) => l.source],
  ['source_record', (l) => l.external_id],
  ['updated_at', (l) => l.updated_at],
];

function cell(v: Cell): string {
  if (v == null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return yesNo(v);
  if (typeof v !== 'string') return csvCell(list(v));
  return csvCell(v);
}

/** The one-cell first row: what the file is, when and from where, and whose data under what licence. */
export function csvTitle(meta: ExportMeta, count: number): string {
  return (
    `Common Ground listings: ${meta.title} (${count.toLocaleString('en-GB')} ${count === 1 ? 'listing' : 'listings'}). ` +
    `Generated ${generatedAtStamp(meta.generatedAt)} from ${meta.link}. ${exportAttribution(meta)} ` +
    `Licence: ${LISTINGS_LICENCE.name} (${LISTINGS_LICENCE.url}).`
  );
}

export function listingsCsv(listings: readonly ExportListing[], meta: ExportMeta, options: { withStatus?: boolean } = {}): string {
  const columns = options.withStatus ? [...COLUMNS, ...MODERATOR_COLUMNS] : COLUMNS;
  const lines = [
    csvCell(csvTitle(meta, listings.length)),
    columns.map(([name]) => name).join(','),
    ...listings.map((l) => columns.map(([, get]) => cell(get(l))).join(',')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
