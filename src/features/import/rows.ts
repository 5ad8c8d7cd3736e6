// One spreadsheet row → one asset ready for the import plan, or the precise reasons it cannot
// be one. This is the hot loop of the import (100k rows in a second or so), so the mapping is
// compiled to column indices once and the clean path allocates only the asset itself.
import type { ImportRow } from '../../backend/api';
import { ASSET_KINDS, type AgeGroup, type AssetKind, type AccessibilityFeature } from '../../domain/types';
import { checkOpeningHours, checkPostcode, isEmail, nameProblem, isLat, isLng, isPhone, normalisePhone, normaliseUrl } from '../../domain/validation';
import { ASSET_LIMITS } from '../../domain/limits';
import { containsHtml, looksLikeFormula, unneutralise } from './cellText';
import { FIELD_INFO, type ImportField, type Mapping } from './fields';
import { normaliseHeader } from './mapping';
import {
  ageGroupsFromRange,
  parseAccessibility,
  parseAgeGroups,
  parseCheckedDate,
  parseCost,
  parseCoordinate,
  parseKind,
  parseLanguages,
  parseYesNo,
} from './parseValues';
import { scheduleToOpeningHours } from './schedule';
import { t } from './i18n';

export type IssueCode =
  | 'required'
  | 'too_long'
  | 'lat'
  | 'lng'
  | 'coordinates_swapped'
  | 'outside_uk'
  | 'postcode'
  | 'no_location'
  | 'unplaceable'
  | 'email'
  | 'website'
  | 'website_fixed'
  | 'phone'
  | 'phone_fixed'
  | 'opening_hours'
  | 'opening_hours_rewritten'
  | 'unknown_category'
  | 'unknown_subcategory'
  | 'no_category'
  | 'kind'
  | 'free'
  | 'age_groups'
  | 'accessibility'
  | 'languages'
  | 'formula'
  | 'html'
  | 'ragged'
  | 'quotes'
  | 'duplicate_id'
  | 'checked_date'
  | 'control_characters'
  /** Something only an ORUK record can have, such as more than one location. */
  | 'oruk';

export interface RowIssue {
  /** Spreadsheet row number: the header is row 1 when it is the first line. */
  row: number;
  /** The column as named in the file (after duplicate renaming); null for whole-row problems. */
  column: string | null;
  field: ImportField | null;
  value: string;
  message: string;
  /** error: the row is not imported. warning: imported, with the value changed or left out. */
  severity: 'error' | 'warning';
  code: IssueCode;
}

/**
 * Warnings that mean a value of the partner's could not be used and the listing goes without it
 * (left empty or left out), as opposed to one read another way: in a strict import such rows are
 * held back for the partner to fix.
 */
export const VALUE_LOST: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'postcode',
  'email',
  'website',
  'phone',
  'opening_hours',
  'unknown_subcategory',
  'age_groups',
  'accessibility',
  'languages',
  'checked_date',
  'oruk',
]);

export type ImportAsset = Omit<ImportRow['asset'], 'lat' | 'lng'> & { lat: number | null; lng: number | null };

export interface ParsedRow {
  row: number;
  asset: ImportAsset;
  org_name: string | null;
  /** Any error-severity issue means the row will not be imported. */
  valid: boolean;
  issues: RowIssue[] | null;
  /** The row's original cells, kept only when there are issues (for the report; other rows are
   * rebuilt from the asset, which keeps 50 MB files from holding every cell twice). */
  cells: string[] | null;
}

export interface CategoryOption {
  slug: string;
  label: string;
  /** For a sub-category: its category's slug. */
  parent?: string | null;
  /** What a listing of this type usually is, for rows that do not say. */
  kind?: AssetKind | null;
  /** Other names partners use for it ("GP surgery"), matched like the label. */
  aliases?: readonly string[];
}

export interface RowOptions {
  /** Our categories and sub-categories; partner values match a slug, label or other name, ignoring case and punctuation. */
  categories: readonly CategoryOption[];
  /** Partner category → our slug, or '' to ignore that partner category. */
  categoryMap?: Record<string, string>;
  /** Kind for rows that neither say one nor have a category that suggests one (default service, as ORUK records are services). */
  defaultKind?: AssetKind;
  /** The day a partner's checked date may not be after (default: today). */
  today?: Date;
}

/** A partner category mapped to this leaves its rows out on purpose: the moderator's choice, not an oversight. */
export const LEAVE_OUT = '-';

export interface UnknownCategory {
  value: string;
  count: number;
  firstRow: number;
  /** The column kind it was first found in. */
  field: 'categories' | 'subcategory';
}

/** What reading the file found in a row before mapping: quote problems, invisible characters removed. */
export type RowParseProblem =
  /** A quote opened in the last cell and never closed; `swallowed` rows after it were read into it. */
  | { code: 'MissingQuotes'; swallowed?: number }
  | { code: 'InvalidQuotes' }
  /** This row was read into the runaway cell of row `by`. */
  | { code: 'Swallowed'; by: number }
  /** Control characters removed from cell `column` (names such as NUL, BEL). */
  | { code: 'ControlChars'; column: number; count: number; names: string[] };

export interface RowMapper {
  map(cells: string[], row: number, problems?: RowParseProblem[]): ParsedRow;
  unknownCategories(): UnknownCategory[];
}

const MAX_VALUE_IN_MESSAGE = 200;
function shown(value: string): string {
  return value.length > MAX_VALUE_IN_MESSAGE ? `${value.slice(0, MAX_VALUE_IN_MESSAGE)}…` : value;
}

// Roughly Great Britain and Northern Ireland with a margin; used only to warn, never to reject.
const UK = { minLat: 49.5, maxLat: 61, minLng: -8.8, maxLng: 2.1 };
const inUk = (lat: number, lng: number) => lat >= UK.minLat && lat <= UK.maxLat && lng >= UK.minLng && lng <= UK.maxLng;

export function createRowMapper(headers: readonly string[], mapping: Mapping, options: RowOptions): RowMapper {
  const columnsOf = new Map<ImportField, number[]>();
  headers.forEach((h, i) => {
    const f = mapping[h];
    if (f && FIELD_INFO.has(f)) columnsOf.set(f, [...(columnsOf.get(f) ?? []), i]);
  });
  const one = (f: ImportField) => columnsOf.get(f)?.[0] ?? -1;
  const many = (f: ImportField) => columnsOf.get(f) ?? [];
  const col = {
    external_id: one('external_id'),
    kind: one('kind'),
    name: one('name'),
    org_name: one('org_name'),
    postcode: one('postcode'),
    lat: one('lat'),
    lng: one('lng'),
    phone: one('phone'),
    email: one('email'),
    website: one('website'),
    opening_hours: one('opening_hours'),
    free: one('free'),
    cost: one('cost'),
    min_age: one('min_age'),
    max_age: one('max_age'),
    last_verified_at: one('last_verified_at'),
    schedule_days: one('schedule_days'),
    schedule_opens: one('schedule_opens'),
    schedule_closes: one('schedule_closes'),
  };
  const fieldOf = headers.map((h) => mapping[h] ?? null);
  const today = options.today ?? new Date();
  const multi = {
    description: many('description'),
    categories: many('categories'),
    subcategory: many('subcategory'),
    address: many('address'),
    age_groups: many('age_groups'),
    accessibility: many('accessibility'),
    languages: many('languages'),
  };
  const accessColumns: [number, AccessibilityFeature][] = [];
  for (const [f, idx] of columnsOf) {
    if (f.startsWith('access:')) for (const i of idx) accessColumns.push([i, f.slice(7) as AccessibilityFeature]);
  }

  const categoryBySlugOrLabel = new Map<string, string>();
  const parentOf = new Map<string, string>();
  const kindOf = new Map<string, AssetKind>();
  const labelOf = new Map<string, string>();
  for (const c of options.categories) {
    // Other names first, so a label or slug wins where one is also another's other name.
    for (const a of c.aliases ?? []) categoryBySlugOrLabel.set(normaliseHeader(a), c.slug);
  }
  for (const c of options.categories) {
    categoryBySlugOrLabel.set(normaliseHeader(c.slug), c.slug);
    categoryBySlugOrLabel.set(normaliseHeader(c.label), c.slug);
    if (c.parent) parentOf.set(c.slug, c.parent);
    if (c.kind) kindOf.set(c.slug, c.kind);
    labelOf.set(c.slug, c.label);
  }
  const partnerMap = new Map<string, string>();
  for (const [k, v] of Object.entries(options.categoryMap ?? {})) partnerMap.set(normaliseHeader(k), v);
  const unknown = new Map<string, UnknownCategory>();
  const leftOut = new Set<string>();
  const defaultKind = options.defaultKind ?? 'service';
  const headerCount = headers.length;

  // Partner files repeat the same few categories, schedules, costs and age bands thousands of
  // times, so each distinct cell is interpreted once. Bounded, so a hostile file cannot grow them.
  const CACHE_MAX = 50_000;
  function cached<T>(cache: Map<string, T>, key: string, compute: (k: string) => T): T {
    let v = cache.get(key);
    if (v === undefined) {
      v = compute(key);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(key, v);
    }
    return v;
  }
  const categoryCells = new Map<string, { slugs: string[]; unknown: string[] }>();
  const ageCells = new Map<string, ReturnType<typeof parseAgeGroups>>();
  const accessCells = new Map<string, ReturnType<typeof parseAccessibility>>();
  const languageCells = new Map<string, ReturnType<typeof parseLanguages>>();
  const costCells = new Map<string, ReturnType<typeof parseCost>>();
  const dateCells = new Map<string, ReturnType<typeof parseCheckedDate>>();
  const hasSchedule = col.schedule_opens >= 0 || col.schedule_closes >= 0 || col.schedule_days >= 0;
  const NONE: never[] = [];

  function categoriesOf(cell: string): { slugs: string[]; unknown: string[] } {
    const slugs: string[] = [];
    const unknownParts: string[] = [];
    for (const part of cell.split(/\s*[;,|\n]\s*/)) {
      if (part === '') continue;
      const key = normaliseHeader(part);
      let slug = partnerMap.get(key);
      if (slug === undefined) slug = categoryBySlugOrLabel.get(key);
      if (slug === undefined || slug === LEAVE_OUT) {
        unknownParts.push(part);
        if (slug === LEAVE_OUT) leftOut.add(key);
      } else if (slug !== '' && !slugs.includes(slug)) slugs.push(slug);
    }
    return { slugs, unknown: unknownParts };
  }

  // The row being mapped. map() is not re-entrant, so one set of variables serves every row and
  // the hot loop creates no closures.
  let cells: string[] = [];
  let row = 0;
  let issues: RowIssue[] | null = null;
  let valid = true;

  function issue(column: number, field: ImportField | null, value: string, severity: RowIssue['severity'], code: IssueCode, message: string) {
    (issues ??= []).push({ row, column: column >= 0 ? (headers[column] ?? `Column ${column + 1}`) : null, field, value: shown(value), message, severity, code });
    if (severity === 'error') valid = false;
  }
  function get(i: number): string {
    if (i < 0) return '';
    const v = cells[i];
    return v === undefined || v === '' ? '' : unneutralise(v.trim());
  }
  /**
   * A text cell, kept as the partner wrote it: we only ever show it as text, so a formula or
   * markup is inert. Each is flagged, so the moderator sees what the file held.
   */
  function text(i: number, field: ImportField): string {
    const v = get(i);
    if (v === '') return v;
    if (looksLikeFormula(v)) issue(i, field, v, 'warning', 'formula', t('rowFormula'));
    if (containsHtml(v)) issue(i, field, v, 'warning', 'html', t('rowHtml'));
    return v;
  }
  function joined(idx: number[], field: ImportField, sep: string): string {
    let out = '';
    for (let k = 0; k < idx.length; k++) {
      const v = text(idx[k], field);
      if (v !== '') out = out === '' ? v : out + sep + v;
    }
    return out;
  }
  function limit(i: number, field: ImportField, v: string, max: number) {
    if (v.length > max) issue(i, field, v, 'error', 'too_long', t('rowTooLong', { field: FIELD_INFO.get(field)!.label, length: v.length, max }));
  }

  function rowShape(problems: RowParseProblem[] | undefined) {
    if (problems) {
      for (const p of problems) {
        if (p.code === 'MissingQuotes') {
          const last = cells.length - 1;
          issue(last, null, get(last), 'error', 'quotes', t('rowQuoteOpen', { swallowed: p.swallowed ?? 0 }));
        } else if (p.code === 'Swallowed') {
          issue(-1, null, '', 'error', 'quotes', t('rowSwallowed', { by: p.by }));
        } else if (p.code === 'ControlChars') {
          if (fieldOf[p.column] === null) continue; // a column not imported: nothing of it changes
          issue(p.column, fieldOf[p.column], get(p.column), 'warning', 'control_characters', t('rowControlCharacters', { count: p.count, names: p.names }));
        } else {
          issue(-1, null, '', 'error', 'quotes', t('rowBadQuotes'));
        }
      }
    }
    if (cells.length > headerCount) {
      const extra = cells.slice(headerCount).filter((c) => c.trim() !== '');
      if (extra.length > 0) {
        issue(-1, null, extra.join(', '), 'error', 'ragged', t('rowTooManyCells', { cells: cells.length, header: headerCount, extra: extra.map(shown) }));
      }
    } else if (cells.length < headerCount) {
      issue(-1, null, '', 'warning', 'ragged', t('rowTooFewCells', { cells: cells.length, header: headerCount }));
    }
  }

  let external_id: string | null = null;
  let name = '';
  /** The row's own kind; null when the file gives none we understand (worked out later). */
  let kind: AssetKind | null = null;
  function identity() {
    // The same ID on two rows is a repeat for the plan to flag (src/features/import/repeats.ts).
    external_id = text(col.external_id, 'external_id') || null;
    name = text(col.name, 'name');
    const problem = nameProblem(name);
    if (problem === 'empty') issue(col.name, 'name', '', 'error', 'required', t('rowNameEmpty'));
    else if (problem === 'invisible') issue(col.name, 'name', name, 'error', 'required', t('rowNameInvisible'));
    else limit(col.name, 'name', name, ASSET_LIMITS.name);
    kind = null;
    const kindText = get(col.kind);
    if (kindText !== '') kind = parseKind(kindText);
  }

  /** The file's kind, else what the first category that suggests one says (a library is a place), else the default. */
  function kindOfRow(categories: readonly string[]): AssetKind {
    if (kind !== null) return kind;
    let k: AssetKind = defaultKind;
    for (const c of categories) {
      const suggested = kindOf.get(c) ?? kindOf.get(parentOf.get(c) ?? '');
      if (suggested) {
        k = suggested;
        break;
      }
    }
    const kindText = get(col.kind);
    if (kindText !== '') issue(col.kind, 'kind', kindText, 'warning', 'kind', t('rowKind', { value: shown(kindText), kinds: ASSET_KINDS, used: k }));
    return k;
  }

  function noteUnknown(part: string, field: UnknownCategory['field']) {
    const key = normaliseHeader(part);
    const u = unknown.get(key);
    if (u) u.count++;
    else unknown.set(key, { value: part, count: 1, firstRow: row, field });
  }

  function categoriesOfRow(): string[] {
    let categories: string[] = NONE;
    let sawUnknown = false;
    for (const ci of multi.categories) {
      const cell = get(ci);
      if (cell === '') continue;
      const r = cached(categoryCells, cell, categoriesOf);
      for (const part of r.unknown) {
        const key = normaliseHeader(part);
        sawUnknown = true;
        if (leftOut.has(key)) {
          issue(ci, 'categories', part, 'error', 'unknown_category', t('rowCategoryLeftOut', { value: shown(part) }));
          continue;
        }
        noteUnknown(part, 'categories');
        issue(ci, 'categories', part, 'error', 'unknown_category', t('rowCategoryUnknown', { value: shown(part) }));
      }
      if (categories === NONE) categories = r.slugs;
      else for (const sl of r.slugs) if (!categories.includes(sl)) categories = [...categories, sl];
    }
    // A type takes the place of its category (it implies it); a type of another category goes after.
    const fromColumns = categories;
    for (const si of multi.subcategory) {
      const cell = get(si);
      if (cell === '') continue;
      const r = cached(categoryCells, cell, categoriesOf);
      for (const sl of r.slugs) {
        if (categories.includes(sl)) continue;
        if (categories === fromColumns) categories = [...categories];
        const at = categories.indexOf(parentOf.get(sl) ?? '');
        if (at >= 0) categories[at] = sl;
        else categories.push(sl);
      }
      for (const part of r.unknown) {
        noteUnknown(part, 'subcategory');
        sawUnknown = true;
        const known = fromColumns.map((c) => labelOf.get(c) ?? c).join(', ');
        if (fromColumns.length > 0) {
          issue(si, 'subcategory', part, 'warning', 'unknown_subcategory', t('rowSubcategoryUnknown', { value: shown(part), known }));
        } else {
          issue(si, 'subcategory', part, 'error', 'unknown_subcategory', t('rowSubcategoryAlone', { value: shown(part) }));
        }
      }
    }
    if (categories.length > ASSET_LIMITS.categories) {
      issue(
        multi.categories[0],
        'categories',
        categories.join('; '),
        'error',
        'too_long',
        t('rowTooManyCategories', { count: categories.length, max: ASSET_LIMITS.categories }),
      );
    }
    if (categories.length === 0 && !sawUnknown) {
      issue(multi.categories[0] ?? -1, 'categories', '', 'error', 'no_category', multi.categories.length ? t('rowNoCategory') : t('rowNoCategoryColumn'));
    }
    return categories;
  }

  let lat: number | null = null;
  let lng: number | null = null;
  let postcode: string | null = null;
  /** Coordinates when given, else the postcode (geocoded later in the plan). */
  function location() {
    lat = null;
    lng = null;
    postcode = null;
    const latText = get(col.lat);
    const lngText = get(col.lng);
    const la = parseCoordinate(latText);
    const ln = parseCoordinate(lngText);
    let coordsOk = false;
    if (la !== null || ln !== null) {
      if (la === null) issue(col.lat, 'lat', '', 'error', 'lat', t('rowLatEmpty'));
      else if (Number.isNaN(la)) issue(col.lat, 'lat', latText, 'error', 'lat', t('rowLatNotNumber', { value: shown(latText) }));
      else if (!isLat(la)) issue(col.lat, 'lat', latText, 'error', 'lat', t('rowLatOutside', { value: latText }));
      if (ln === null) issue(col.lng, 'lng', '', 'error', 'lng', t('rowLngEmpty'));
      else if (Number.isNaN(ln)) issue(col.lng, 'lng', lngText, 'error', 'lng', t('rowLngNotNumber', { value: shown(lngText) }));
      else if (!isLng(ln)) issue(col.lng, 'lng', lngText, 'error', 'lng', t('rowLngOutside', { value: lngText }));
      if (la !== null && ln !== null && isLat(la) && isLng(ln)) {
        coordsOk = true;
        if (!inUk(la, ln) && inUk(ln, la)) {
          issue(col.lat, 'lat', `${latText}, ${lngText}`, 'warning', 'coordinates_swapped', t('rowSwapped', { lat: latText, lng: lngText }));
          lat = ln;
          lng = la;
        } else {
          lat = la;
          lng = ln;
          if (!inUk(la, ln)) issue(col.lat, 'lat', `${latText}, ${lngText}`, 'warning', 'outside_uk', t('rowOutsideUk', { lat: latText, lng: lngText }));
        }
      }
    }
    const postcodeText = get(col.postcode);
    if (postcodeText !== '') {
      const pc = checkPostcode(postcodeText);
      if (pc.ok) postcode = pc.postcode;
      else if (coordsOk) issue(col.postcode, 'postcode', postcodeText, 'warning', 'postcode', t('rowPostcodeLeftEmpty', { problem: pc.message }));
      else issue(col.postcode, 'postcode', postcodeText, 'error', 'postcode', t('rowPostcodeUnplaceable', { problem: pc.message }));
    } else if (!coordsOk && la === null && ln === null) {
      issue(col.postcode, 'postcode', '', 'error', 'no_location', t('rowNoLocation'));
    }
  }

  function phoneOf(): string | null {
    const phone = text(col.phone, 'phone');
    if (phone === '') return null;
    const p = isPhone(phone) ? phone : normalisePhone(phone);
    if (p === null) {
      issue(col.phone, 'phone', phone, 'warning', 'phone', t('rowPhone', { value: shown(phone) }));
    } else if (p !== phone) {
      issue(col.phone, 'phone', phone, 'warning', 'phone_fixed', t('rowPhoneFixed', { value: shown(phone), saved: p }));
    }
    return p;
  }

  function emailOf(): string | null {
    const email = get(col.email);
    if (email === '') return null;
    const e = email.charCodeAt(0) === 109 /* m */ ? email.replace(/^mailto:/i, '') : email;
    if (isEmail(e)) return e;
    issue(col.email, 'email', email, 'warning', 'email', t('rowEmail', { value: shown(email) }));
    return null;
  }

  function websiteOf(): string | null {
    const website = get(col.website);
    if (website === '') return null;
    const u = normaliseUrl(website);
    if (u === null) issue(col.website, 'website', website, 'warning', 'website', t('rowWebsite', { value: shown(website) }));
    else if (u !== website) issue(col.website, 'website', website, 'warning', 'website_fixed', t('rowWebsiteFixed', { value: shown(website), saved: u }));
    return u;
  }

  /** ORUK/HSDS schedule columns, when the row has no opening hours of its own. */
  function scheduleOf(): string | null {
    const days = get(col.schedule_days);
    const opens = get(col.schedule_opens);
    const closes = get(col.schedule_closes);
    const built = scheduleToOpeningHours(days, opens, closes);
    if (built === '') return null;
    const oh = built === null ? null : checkOpeningHours(built);
    if (oh?.ok) return oh.value;
    const at = col.schedule_days >= 0 && days !== '' ? col.schedule_days : col.schedule_opens;
    const shownSchedule = `${days}${days ? ' ' : ''}${opens}-${closes}`;
    issue(at, fieldOf[at] ?? 'schedule_days', shownSchedule, 'warning', 'opening_hours', t('rowSchedule', { value: shown(shownSchedule) }));
    return null;
  }

  function openingHoursOf(): string | null {
    const hours = get(col.opening_hours);
    if (hours === '') return hasSchedule ? scheduleOf() : null;
    const oh = checkOpeningHours(hours);
    if (!oh.ok) {
      issue(col.opening_hours, 'opening_hours', hours, 'warning', 'opening_hours', t('rowHoursLeftEmpty', { problem: oh.message }));
      return null;
    }
    if (oh.inferred) {
      issue(
        col.opening_hours,
        'opening_hours',
        hours,
        'warning',
        'opening_hours_rewritten',
        t('rowHoursInferred', { hours: shown(hours), value: oh.value, ranges: oh.inferred }),
      );
    } else if (oh.rewritten)
      issue(col.opening_hours, 'opening_hours', hours, 'warning', 'opening_hours_rewritten', t('rowHoursRewritten', { hours: shown(hours), value: oh.value }));
    return oh.value;
  }

  function costOf(): { free: boolean; cost: string | null } {
    const costText = text(col.cost, 'cost');
    const freeText = get(col.free);
    const key = freeText === '' ? costText : `${costText}\u0000${freeText}`;
    let cost = costCells.get(key);
    if (cost === undefined) {
      cost = parseCost(costText, freeText);
      if (costCells.size >= CACHE_MAX) costCells.clear();
      costCells.set(key, cost);
    }
    if (cost.freeUnknown) issue(col.free, 'free', freeText, 'warning', 'free', t('rowFree', { value: shown(freeText) }));
    if (cost.cost) limit(col.cost, 'cost', cost.cost, ASSET_LIMITS.cost);
    return cost;
  }

  function ageGroupsOf(): AgeGroup[] {
    let groups: AgeGroup[] = NONE;
    for (const ai of multi.age_groups) {
      const v = get(ai);
      if (v === '') continue;
      const r = cached(ageCells, v, parseAgeGroups);
      groups = groups === NONE ? r.groups : [...new Set([...groups, ...r.groups])];
      for (const u of r.unknown) {
        issue(ai, 'age_groups', u, 'warning', 'age_groups', t('rowAgeGroup', { value: shown(u) }));
      }
    }
    if (col.min_age >= 0 || col.max_age >= 0) {
      const minT = get(col.min_age);
      const maxT = get(col.max_age);
      const min = minT === '' ? null : Number(minT);
      const max = maxT === '' ? null : Number(maxT);
      const bad = (n: number | null) => n !== null && !(Number.isInteger(n) && n >= 0 && n <= 120);
      if (bad(min) || bad(max)) {
        const [i, f, v] = bad(min) ? [col.min_age, 'min_age' as const, minT] : [col.max_age, 'max_age' as const, maxT];
        issue(i, f, v, 'warning', 'age_groups', t('rowAge', { value: shown(v) }));
      } else if (min !== null || max !== null) {
        groups = [...new Set([...groups, ...ageGroupsFromRange(min, max)])];
      }
    }
    return groups;
  }

  function accessibilityOf(): AccessibilityFeature[] {
    let features: AccessibilityFeature[] = NONE;
    for (const ai of multi.accessibility) {
      const v = get(ai);
      if (v === '') continue;
      const r = cached(accessCells, v, parseAccessibility);
      features = features === NONE ? r.features : [...new Set([...features, ...r.features])];
      for (const u of r.unknown) issue(ai, 'accessibility', u, 'warning', 'accessibility', t('rowAccessibility', { value: shown(u) }));
    }
    for (const [ai, feature] of accessColumns) {
      const v = get(ai);
      const yes = parseYesNo(v);
      if (yes && !features.includes(feature)) features = [...features, feature];
      else if (yes === null) issue(ai, `access:${feature}`, v, 'warning', 'accessibility', t('rowYesNo', { value: shown(v) }));
    }
    return features;
  }

  function languagesOf(): string[] {
    let codes: string[] = NONE;
    for (const li of multi.languages) {
      const v = text(li, 'languages');
      if (v === '') continue;
      const r = cached(languageCells, v, parseLanguages);
      codes = codes === NONE ? r.codes : [...new Set([...codes, ...r.codes])];
      for (const u of r.unknown) issue(li, 'languages', u, 'warning', 'languages', t('rowLanguage', { value: shown(u) }));
    }
    return codes;
  }

  function checkedDateOf(): string | null {
    const v = get(col.last_verified_at);
    if (v === '') return null;
    const r = cached(dateCells, v, (text) => parseCheckedDate(text, today));
    if (r.date !== null) return r.date;
    const message = r.problem === 'future' ? t('rowCheckedFuture', { value: shown(v) }) : t('rowCheckedUnreadable', { value: shown(v) });
    issue(col.last_verified_at, 'last_verified_at', v, 'warning', 'checked_date', message);
    return null;
  }

  // Value arrays (categories, age groups…) may be shared between rows that had the same cell:
  // treat a ParsedRow as read-only.
  function map(rowCells: string[], rowNumber: number, problems?: RowParseProblem[]): ParsedRow {
    cells = rowCells;
    row = rowNumber;
    issues = null;
    valid = true;
    if (problems || cells.length !== headerCount) rowShape(problems);
    identity();
    const description = joined(multi.description, 'description', '\n\n');
    limit(multi.description[0] ?? -1, 'description', description, ASSET_LIMITS.description);
    const org_name = text(col.org_name, 'org_name') || null;
    const categories = categoriesOfRow();
    const rowKind = kindOfRow(categories);
    location();
    const address = joined(multi.address, 'address', ', ') || null;
    if (address) limit(multi.address[0], 'address', address, ASSET_LIMITS.address);
    const phone = phoneOf();
    const email = emailOf();
    const website = websiteOf();
    const opening_hours = openingHoursOf();
    const cost = costOf();
    const age_groups = ageGroupsOf();
    const accessibility = accessibilityOf();
    const languages = languagesOf();
    const last_verified_at = checkedDateOf();
    const rowIssues = issues as RowIssue[] | null;
    return {
      row,
      asset: {
        kind: rowKind,
        name,
        description,
        categories,
        lat,
        lng,
        address,
        postcode,
        phone,
        email,
        website,
        opening_hours,
        free: cost.free,
        cost: cost.cost,
        age_groups,
        accessibility,
        languages,
        external_id,
        last_verified_at,
      },
      org_name,
      valid,
      issues: rowIssues,
      cells: rowIssues ? cells : null,
    };
  }

  return {
    map,
    unknownCategories: () => [...unknown.values()].sort((a, b) => b.count - a.count || a.firstRow - b.firstRow),
  };
}

/** `Row 5, column "Email": …` — how an issue reads on its own, in a list or a report. */
export function formatIssue(i: RowIssue): string {
  return t('issueAt', { row: i.row, column: i.column, message: i.message });
}
