// Field validators for assets. They mirror the CHECK constraints in supabase/migrations so a
// bad value is explained to the person typing or importing it, instead of surfacing later as
// a Postgres error. The import worker calls them once per cell, so they avoid allocation and
// `new URL` in the common (valid) path.
import OpeningHours from 'opening_hours';
import { ACCESSIBILITY, AGE_GROUPS, ASSET_KINDS, type AssetInput } from './types';
import { checkPostcode, isUkPostcode, normalisePostcode } from './postcodes';
import { ASSET_LIMITS } from './limits';
import { rangesClosingBeforeOpening, readTwelveHourTimes } from './twelveHourTimes';

export { checkPostcode, isUkPostcode, normalisePostcode };

export type FieldErrors = Partial<Record<keyof AssetInput, string>>;

export function nonEmpty(value: string | null | undefined): boolean {
  return value != null && value.trim() !== '';
}

// Characters that draw nothing: spaces of every width, zero-width spaces and joiners (U+200B–D),
// the word joiner and byte-order mark (U+2060, U+FEFF), soft hyphens and other format
// characters, combining marks with nothing to sit on, and the Hangul fillers.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115f\u1160\u3164\uffa0]/u;

/** Whether a name is missing ('empty') or made only of characters nobody can see ('invisible'). */
export function nameProblem(value: string | null | undefined): 'empty' | 'invisible' | null {
  if (value == null || value.trim() === '') return 'empty';
  return VISIBLE.test(value) ? null : 'invisible';
}

// Deliberately practical rather than RFC 5322: one @, no spaces, a dot in the domain and a
// letter-only top-level domain. That is what the database's CHECK enforces too.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[A-Za-z]{2,}$/;
export function isEmail(value: string): boolean {
  return value.length <= ASSET_LIMITS.email && EMAIL.test(value);
}

// Only http(s): links we render must never be javascript:, data: or file: URLs. The host needs
// a dot, as the database's CHECK does (so no bare "localhost").
const HTTP_URL =
  /^https?:\/\/[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?(?:\.[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?)+\.?(?::\d{1,5})?(?:[/?#]\S*)?$/i;
export function isHttpUrl(value: string): boolean {
  return value.length <= ASSET_LIMITS.website && HTTP_URL.test(value);
}

// The database's phone CHECK: 6 to 25 characters of digits, spaces, brackets and hyphens,
// optionally starting + or (.
const PHONE = /^[+(]?[0-9][0-9 ()-]{4,22}[0-9]$/;
export function isPhone(value: string): boolean {
  return PHONE.test(value);
}

/** "01942.000.000", "Tel: 01942 000000" → "01942 000000"; null when it cannot be a phone number. */
export function normalisePhone(value: string): string | null {
  if (PHONE.test(value)) return value;
  const cleaned = value
    .replace(/^(tel|telephone|phone|mob|mobile|t)\s*[:.]?\s*/i, '')
    .replace(/[./]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return PHONE.test(cleaned) ? cleaned : null;
}

const BARE_DOMAIN = /^(?:www\.)?[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?:[/?#]\S*)?$/;
/** "www.example.org" → "https://www.example.org"; null when it is not a web address at all. */
export function normaliseUrl(value: string): string | null {
  if (isHttpUrl(value)) return value;
  if (BARE_DOMAIN.test(value)) {
    const withScheme = `https://${value}`;
    return isHttpUrl(withScheme) ? withScheme : null;
  }
  return null;
}

export function isLat(value: number): boolean {
  return Number.isFinite(value) && value >= -90 && value <= 90;
}

export function isLng(value: number): boolean {
  return Number.isFinite(value) && value >= -180 && value <= 180;
}

export type OpeningHoursCheck =
  /** `inferred`: the ranges as written that were read on the 12-hour clock ("9-5" as 9am to 5pm). */
  { ok: true; value: string; rewritten: boolean; inferred?: string[] } | { ok: false; message: string };

// The parser costs ~0.3 ms per value and partner files repeat the same few schedules, so each
// distinct value is checked once. Bounded so a hostile file cannot grow it without limit.
const hoursCache = new Map<string, OpeningHoursCheck>();
const HOURS_CACHE_MAX = 20_000;

/**
 * Check OpenStreetMap `opening_hours` syntax. Values the library understands but warns about
 * ("Mondays 10am-2pm") come back rewritten in canonical form ("Mo 10:00-14:00"). Hours written
 * on the 12-hour clock ("Monday to Friday 9-5") are read as meant (src/domain/twelveHourTimes.ts),
 * and hours that would close before they open without saying they run overnight are refused.
 */
export function checkOpeningHours(raw: string): OpeningHoursCheck {
  const value = raw.trim();
  const cached = hoursCache.get(value);
  if (cached) return cached;
  const result = checkOpeningHoursUncached(value);
  if (hoursCache.size >= HOURS_CACHE_MAX) hoursCache.clear();
  hoursCache.set(value, result);
  return result;
}

function checkOpeningHoursUncached(value: string): OpeningHoursCheck {
  const example = 'expected OpenStreetMap form, like "Mo-Fr 09:00-17:00; Sa 10:00-12:00"';
  if (value === '') return { ok: false, message: `Opening hours are empty (${example}).` };
  if (value.length > ASSET_LIMITS.opening_hours) {
    return { ok: false, message: `Opening hours are longer than ${ASSET_LIMITS.opening_hours} characters.` };
  }
  const twelve = readTwelveHourTimes(value);
  const closesBeforeOpens = (ranges: string[]): OpeningHoursCheck => ({
    ok: false,
    message: `Opening hours "${value}" close before they open (${ranges.join(', ')}); give times like 09:00-17:00, or 24-hour times for hours that run past midnight.`,
  });
  if (twelve.refused.length) return closesBeforeOpens(twelve.refused);
  try {
    // No location: school and public holiday rules for a region are not needed to check syntax.
    // Mode 2 accepts time ranges and points in time ("Mo 10:00"), as OSM editors do.
    const oh = new OpeningHours(twelve.text, null, 2);
    const read = oh.getWarnings().length === 0 ? twelve.text : oh.prettifyValue();
    // The library reads bare hours its own way ("Mo 9h-5h"); what it made must not close before it opens either.
    const backwards = twelve.overnight ? [] : rangesClosingBeforeOpening(read);
    if (backwards.length) return closesBeforeOpens(backwards);
    const result: OpeningHoursCheck = { ok: true, value: read, rewritten: read !== value };
    if (twelve.inferred.length) result.inferred = twelve.inferred;
    return result;
  } catch (e) {
    const reason = String(e instanceof Error ? e.message : e)
      .split('\n')[0]
      .replace(/\s+/g, ' ')
      .trim();
    return { ok: false, message: `Opening hours "${value}" are not understood (${example}): ${reason}` };
  }
}

export function isValidOpeningHours(value: string): boolean {
  return checkOpeningHours(value).ok;
}

function tooLong(label: string, value: string | null | undefined, max: number): string | undefined {
  return value != null && value.length > max ? `${label} is longer than ${max} characters.` : undefined;
}

/**
 * Every field error of an asset as an editor or importer would submit it, keyed by field.
 * An empty object means the database will accept it.
 */
export function validateAssetInput(input: Partial<AssetInput>): FieldErrors {
  const errors: FieldErrors = {};
  const set = (field: keyof AssetInput, message: string | undefined) => {
    if (message && !errors[field]) errors[field] = message;
  };

  const name = nameProblem(input.name);
  if (name) set('name', name === 'empty' ? 'Name is required.' : 'Name has no visible characters (only invisible ones, such as zero-width spaces).');
  set('name', tooLong('Name', input.name, ASSET_LIMITS.name));
  set('description', tooLong('Description', input.description, ASSET_LIMITS.description));
  if (input.kind === undefined || !(ASSET_KINDS as readonly string[]).includes(input.kind)) {
    set('kind', `Kind must be one of ${ASSET_KINDS.join(', ')}.`);
  }
  if (!input.categories || input.categories.length === 0) set('categories', 'Choose at least one category.');
  else if (input.categories.length > ASSET_LIMITS.categories) set('categories', `Choose at most ${ASSET_LIMITS.categories} categories.`);
  if (input.lat === undefined || !isLat(input.lat)) set('lat', 'Latitude must be a number from -90 to 90.');
  if (input.lng === undefined || !isLng(input.lng)) set('lng', 'Longitude must be a number from -180 to 180.');
  if (nonEmpty(input.postcode)) {
    const pc = checkPostcode(input.postcode!);
    if (!pc.ok) set('postcode', pc.message);
  }
  set('address', tooLong('Address', input.address, ASSET_LIMITS.address));
  if (nonEmpty(input.phone) && !isPhone(input.phone!.trim())) {
    set('phone', `"${input.phone}" is not a phone number (expected digits, spaces, brackets or hyphens, like 01942 000000).`);
  }
  if (nonEmpty(input.email) && !isEmail(input.email!.trim())) {
    set('email', `"${input.email}" is not an email address (expected like name@example.org).`);
  }
  if (nonEmpty(input.website) && !isHttpUrl(input.website!.trim())) {
    set('website', `"${input.website}" is not a web address starting http:// or https://.`);
  }
  if (nonEmpty(input.opening_hours)) {
    const oh = checkOpeningHours(input.opening_hours!);
    if (!oh.ok) set('opening_hours', oh.message);
  }
  set('cost', tooLong('Cost', input.cost, ASSET_LIMITS.cost));
  const badAge = input.age_groups?.find((g) => !(g in AGE_GROUPS));
  if (badAge) set('age_groups', `Unknown age group "${badAge}" (expected ${Object.keys(AGE_GROUPS).join(', ')}).`);
  const languages = input.languages ?? [];
  if (languages.length > ASSET_LIMITS.languages) set('languages', `List at most ${ASSET_LIMITS.languages} languages (there are ${languages.length}).`);
  const longLanguage = languages.find((l) => l.length > ASSET_LIMITS.language);
  if (longLanguage) set('languages', `Each language is at most ${ASSET_LIMITS.language} characters (“${longLanguage.slice(0, 20)}…” is longer).`);
  const badAccess = input.accessibility?.find((a) => !(a in ACCESSIBILITY));
  if (badAccess) set('accessibility', `Unknown accessibility feature "${badAccess}" (expected ${Object.keys(ACCESSIBILITY).join(', ')}).`);
  return errors;
}
