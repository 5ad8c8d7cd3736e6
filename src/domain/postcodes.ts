// UK postcodes: normalise what people type ("wn1 1aa", "WN11AA ") to the Royal Mail form
// ("WN1 1AA") and explain what is wrong when it cannot be one. Letter rules per position follow
// the Royal Mail Programmers' Guide (PAF), so typos such as "WN1 1CA" are caught here rather
// than by a geocoder that would only say "not found".
import { t } from './i18n';

// Outward code (area + district): A9, A99, AA9, AA99, A9A, AA9A.
// Position 1 never uses Q V X; position 2 never I J Z; a trailing letter after "A9" is one of
// A B C D E F G H J K P S T U W, after "AA9" one of A B E H M N P R V W X Y.
const OUTWARD = /^(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y])$/;
// Inward code (sector + unit): a digit and two letters, never C I K M O V.
const INWARD = /^[0-9][ABD-HJLNP-UW-Z]{2}$/;
const WHITESPACE = /[\s\u00a0]+/g;

export type PostcodeCheck = { ok: true; postcode: string } | { ok: false; message: string };

function compact(raw: string): string {
  return raw.replace(WHITESPACE, '').toUpperCase();
}

// Already in Royal Mail form: the common case in partner files, checked without allocating.
const CANONICAL = new RegExp(`^(?:${OUTWARD.source.slice(1, -1)}) ${INWARD.source.slice(1, -1)}$`);

/** "wn1 1aa" → "WN1 1AA"; null when the text cannot be a UK postcode. */
export function normalisePostcode(raw: string): string | null {
  if (CANONICAL.test(raw)) return raw;
  const c = compact(raw);
  if (c.length < 5 || c.length > 7) return null;
  const outward = c.slice(0, -3);
  const inward = c.slice(-3);
  return OUTWARD.test(outward) && INWARD.test(inward) ? `${outward} ${inward}` : null;
}

export function isUkPostcode(raw: string): boolean {
  return normalisePostcode(raw) !== null;
}

/** Normalise, or say in plain words what is wrong and what a good one looks like. */
export function checkPostcode(raw: string): PostcodeCheck {
  const postcode = normalisePostcode(raw);
  if (postcode) return { ok: true, postcode };
  const c = compact(raw);
  if (c === '') return { ok: false, message: t('postcodeEmpty') };
  if (/[^A-Z0-9]/.test(c)) {
    return { ok: false, message: t('postcodeBadCharacters', { raw: raw.trim() }) };
  }
  if (!/[0-9]/.test(c)) return { ok: false, message: t('postcodeNoDigits', { raw: raw.trim() }) };
  if (c.length < 5) {
    return OUTWARD.test(c)
      ? { ok: false, message: t('postcodeDistrictOnly', { raw: raw.trim(), district: c }) }
      : { ok: false, message: t('postcodeTooShort', { raw: raw.trim() }) };
  }
  if (c.length > 7) return { ok: false, message: t('postcodeTooLong', { raw: raw.trim() }) };
  // Where the person typed a space, the parts are theirs; otherwise the last three characters.
  const typed = raw.trim().toUpperCase().split(/\s+/);
  const [outward, inward] = typed.length === 2 ? typed : [c.slice(0, -3), c.slice(-3)];
  if (!INWARD.test(inward)) {
    return { ok: false, message: t('postcodeBadInward', { raw: raw.trim(), inward, letterO: /^[0-9]O|^O/.test(inward) }) };
  }
  return { ok: false, message: t('postcodeBadOutward', { raw: raw.trim(), outward }) };
}

/** Whether text is a postcode district on its own ("WN2", "wn2", "M1"): the first half of a postcode. */
export function isOutwardCode(raw: string): boolean {
  return OUTWARD.test(compact(raw));
}

/** The district ("WN1") of a normalised postcode. */
export function outwardCode(postcode: string): string {
  return postcode.slice(0, postcode.indexOf(' '));
}
