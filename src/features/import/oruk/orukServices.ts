// ORUK v3 services → a table the import pipeline reads like a partner file: one row per service,
// the columns named after our import fields (so the mapping is filled in exactly), and per row the
// problems only the ORUK record could show (a schedule opening hours cannot say, extra locations).
// Validation, duplicates, commit, report and undo are then the pipeline's own.
import { AGE_GROUPS } from '../../../domain/types';
import { normaliseHeader } from '../mapping';
import type { CategoryOption } from '../rows';
import { schedulesToOpeningHours, type OrukSchedule } from './orukSchedule';
import { t } from '../i18n';

/** A service as an ORUK feed sends it; every field may be missing or of the wrong type. */
export type OrukService = Record<string, unknown>;

/** Our own taxonomies' names, as our ORUK API writes them (notes/ORUK-CONTRACT.md). */
export const TAXONOMY = { categories: 'Common Ground categories', kinds: 'Common Ground listing kinds', ageGroups: 'Common Ground age groups' } as const;
const KIND_CODES = new Set(['place', 'group', 'service']);
const AGE_CODES: ReadonlySet<string> = new Set(Object.keys(AGE_GROUPS));

export const ORUK_COLUMNS = [
  'external_id',
  'kind',
  'name',
  'description',
  'categories',
  'org_name',
  'address',
  'postcode',
  'lat',
  'lng',
  'phone',
  'email',
  'website',
  'opening_hours',
  'free',
  'cost',
  'age_groups',
  'min_age',
  'max_age',
  'accessibility',
  'languages',
  'last_verified_at',
] as const;
type Column = (typeof ORUK_COLUMNS)[number];

export interface OrukNote {
  /** Index of the service in the feed (0-based); its row is index + 2, after the header. */
  index: number;
  code: 'opening_hours' | 'oruk';
  field: Column | null;
  value: string;
  message: string;
}

export interface OrukTable {
  headers: string[];
  rows: string[][];
  notes: OrukNote[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
const list = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => !!x && typeof x === 'object') : []);
const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** The taxonomy a term belongs to, by name, as far as the feed says. */
function taxonomyName(term: Record<string, unknown>): string {
  return str(obj(term.taxonomy_detail)?.name) || str(term.taxonomy);
}

interface Terms {
  kind: string;
  categories: string[];
  ageGroups: string[];
}

/**
 * Taxonomy terms → our kind, categories (sub-categories among them) and age groups. A term is recognised by its
 * code, then by its name (our category label); a term we do not know goes to Categories by name,
 * where the pipeline asks the moderator what it means.
 */
function termsOf(service: OrukService, known: ReadonlyMap<string, CategoryOption>): Terms {
  const out: Terms = { kind: '', categories: [], ageGroups: [] };
  const terms = [...list(service.attributes).map((a) => obj(a.taxonomy_term)), ...list(service.taxonomy_terms)].filter((t): t is Record<string, unknown> => !!t);
  for (const term of terms) {
    const taxonomy = taxonomyName(term);
    const code = str(term.code);
    const name = str(term.name) || str(term.term);
    if (taxonomy === TAXONOMY.kinds || (taxonomy === '' && KIND_CODES.has(code) && !known.has(normaliseHeader(code)))) {
      if (KIND_CODES.has(code)) out.kind ||= code;
      else if (KIND_CODES.has(name.toLowerCase())) out.kind ||= name.toLowerCase();
      continue;
    }
    if (taxonomy === TAXONOMY.ageGroups || (taxonomy === '' && AGE_CODES.has(code))) {
      out.ageGroups.push(AGE_CODES.has(code) ? code : name);
      continue;
    }
    const ours = known.get(normaliseHeader(code)) ?? known.get(normaliseHeader(name));
    if (ours) addOurs(out.categories, ours, known);
    else if (name || code) out.categories.push(name || code);
  }
  return out;
}

/**
 * One of our categories, in the feed's order: a sub-category takes its category's place (it
 * implies it), as on the import's Sub-category column, and a category already implied is not added.
 */
function addOurs(list: string[], c: CategoryOption, known: ReadonlyMap<string, CategoryOption>) {
  if (list.includes(c.slug)) return;
  if (c.parent) {
    const at = list.indexOf(c.parent);
    if (at >= 0) list[at] = c.slug;
    else list.push(c.slug);
  } else if (!list.some((s) => known.get(normaliseHeader(s))?.parent === c.slug)) list.push(c.slug);
}

/** The first location with a usable point (else the first), and how many there are. */
function locationOf(service: OrukService): { location: Record<string, unknown> | null; count: number } {
  const locations = [
    ...list(service.service_at_locations)
      .map((sal) => obj(sal.location))
      .filter((l): l is Record<string, unknown> => !!l),
    ...list(service.locations),
  ];
  const placed = locations.find((l) => str(l.latitude) !== '' && str(l.longitude) !== '');
  return { location: placed ?? locations[0] ?? null, count: locations.length };
}

function addressOf(location: Record<string, unknown> | null): { address: string; postcode: string } {
  const addresses = list(location?.addresses);
  const a = addresses.find((x) => str(x.address_type) === 'physical') ?? addresses[0];
  if (!a) return { address: '', postcode: '' };
  const lines = [str(a.address_1), str(a.address_2)].filter(Boolean);
  const city = str(a.city);
  // Our own feed may already end the first line with the town; it is not said twice.
  if (city && !lines.some((l) => l.toLowerCase().includes(city.toLowerCase()))) lines.push(city);
  return { address: lines.join(', '), postcode: str(a.postal_code) };
}

/** cost_options → a yes/no for Free and the cost in words ("£3 per session"). */
function costOf(service: OrukService): { free: string; cost: string } {
  const options = list(service.cost_options);
  if (options.length === 0) return { free: '', cost: str(service.fees) };
  const isFree = (o: Record<string, unknown>) =>
    /^free\b/i.test(str(o.option)) || /^free\b/i.test(str(o.amount_description)) || (str(o.amount) !== '' && Number(o.amount) === 0);
  if (options.every(isFree)) return { free: 'yes', cost: '' };
  const words = options
    .filter((o) => !isFree(o))
    .map((o) => {
      const description = str(o.amount_description);
      const amount = str(o.amount);
      const currency = str(o.currency).toUpperCase();
      const price = amount === '' ? '' : currency === '' || currency === 'GBP' ? `£${amount}` : `${amount} ${currency}`;
      const said = description.includes(price) || price === '' ? description : [price, description].filter(Boolean).join(' ');
      const option = str(o.option);
      return option && !said.includes(option) ? (said ? `${said} (${option})` : option) : said;
    });
  return { free: options.some(isFree) ? '' : 'no', cost: unique(words).join('; ') };
}

function phoneOf(service: OrukService): string {
  const direct = list(service.phones).map((p) => str(p.number));
  const contacts = list(service.contacts).flatMap((c) => list(c.phones).map((p) => str(p.number)));
  return [...direct, ...contacts].find(Boolean) ?? '';
}

/** One service → one row of cells in ORUK_COLUMNS order, with its notes. */
function rowOf(service: OrukService, index: number, known: ReadonlyMap<string, CategoryOption>, notes: OrukNote[]): string[] {
  const cells: Record<Column, string> = Object.fromEntries(ORUK_COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
  const id = str(service.id);
  cells.external_id = id;
  cells.name = str(service.name);
  cells.description = str(service.description);
  cells.org_name = str(obj(service.organization)?.name);
  cells.email = str(service.email);
  cells.website = str(service.url);
  cells.phone = phoneOf(service);
  cells.last_verified_at = str(service.assured_date).slice(0, 10);

  const terms = termsOf(service, known);
  cells.kind = terms.kind;
  cells.categories = unique(terms.categories).join('; ');
  // Our own age-group terms are exact; minimum/maximum age only when there are none (our feed
  // derives both from the groups, and 18–64 also overlaps young people).
  if (terms.ageGroups.length) cells.age_groups = unique(terms.ageGroups).join('; ');
  else {
    cells.min_age = str(service.minimum_age);
    cells.max_age = str(service.maximum_age);
  }

  const { location, count } = locationOf(service);
  const who = cells.name || id ? t('orukService', { name: cells.name || id }) : t('orukServiceNumber', { number: index + 1 });
  if (count > 1) {
    notes.push({
      index,
      code: 'oruk',
      field: 'lat',
      value: `${count} locations`,
      message: t('orukLocations', { who, count }),
    });
  }
  cells.lat = str(location?.latitude);
  cells.lng = str(location?.longitude);
  Object.assign(cells, addressOf(location));
  cells.accessibility = unique(list(location?.accessibility).map((a) => str(a.description) || str(a.accessibility))).join('; ');
  cells.languages = unique(list(service.languages).map((l) => str(l.name) || str(l.code))).join('; ');
  Object.assign(cells, costOf(service));

  const schedules = schedulesToOpeningHours(list(service.schedules) as OrukSchedule[]);
  cells.opening_hours = schedules.hours ?? '';
  for (const { schedule, message } of schedules.problems) {
    const left = schedules.hours ? t('orukScheduleLeftOut', { hours: schedules.hours }) : t('orukNoHours');
    notes.push({ index, code: 'opening_hours', field: 'opening_hours', value: schedule, message: t('orukScheduleProblem', { who, problem: message, left }) });
  }
  return ORUK_COLUMNS.map((c) => cells[c]);
}

/** Services → the table the pipeline reads, recognising our categories by code or name. */
export function orukServicesToTable(services: readonly OrukService[], categories: readonly CategoryOption[]): OrukTable {
  const known = new Map<string, CategoryOption>();
  for (const c of categories) for (const a of c.aliases ?? []) known.set(normaliseHeader(a), c);
  for (const c of categories) {
    known.set(normaliseHeader(c.label), c);
    known.set(normaliseHeader(c.slug), c);
  }
  const notes: OrukNote[] = [];
  const rows = services.map((s, i) => rowOf(s, i, known, notes));
  return { headers: [...ORUK_COLUMNS], rows, notes };
}
