// A postcode typed into the search box is a place, not words to match: "WN2 3AN" matched as text
// lists whatever mentions "WN2" or "3AN" somewhere in its address. This finds a postcode at the
// end or the start of a query, or a postcode district ("WN2", also while the rest is being typed:
// "WN2 3") at the end, so the page can offer "Search near WN2 3AN" and search the other words as
// words. Whether a district exists is for the postcode table to say: "A1B" has the form of one.
import { isOutwardCode, normalisePostcode } from '../postcodes';

export interface PostcodeInQuery {
  /** 'postcode': a whole one ("WN2 3AN"); 'district': its first half ("WN2"). */
  kind: 'postcode' | 'district';
  /** Royal Mail form: "WN2 3AN", or the district in capitals: "WN2". */
  code: string;
  /** The query without the postcode (and a "near" before it), to search as words. */
  rest: string;
}

// The start of an inward code while it is typed: a digit, perhaps one letter it can have.
const INWARD_START = /^[0-9][ABD-HJLNP-UW-Z]?$/i;
// "near" is a stopword for search; before a postcode it is just how people say it.
const LINKING = new Set(['near', 'in', 'around', 'at']);

function found(kind: PostcodeInQuery['kind'], code: string, rest: string[]): PostcodeInQuery {
  const words = [...rest];
  while (words.length && LINKING.has(words[words.length - 1].toLowerCase())) words.pop();
  return { kind, code, rest: words.join(' ') };
}

/** Where the postcode's words sit among the query's words: [from, to) and what they are. */
function atEnd(words: string[]): { kind: PostcodeInQuery['kind']; code: string; take: number } | null {
  const n = words.length;
  const last = words[n - 1];
  if (n >= 2) {
    const whole = normalisePostcode(`${words[n - 2]} ${last}`);
    if (whole && isOutwardCode(words[n - 2])) return { kind: 'postcode', code: whole, take: 2 };
    if (isOutwardCode(words[n - 2]) && INWARD_START.test(last)) return { kind: 'district', code: words[n - 2].toUpperCase(), take: 2 };
  }
  const compact = normalisePostcode(last);
  if (compact) return { kind: 'postcode', code: compact, take: 1 };
  if (isOutwardCode(last)) return { kind: 'district', code: last.toUpperCase(), take: 1 };
  return null;
}

function atStart(words: string[]): { kind: PostcodeInQuery['kind']; code: string; take: number } | null {
  if (words.length >= 2) {
    const whole = normalisePostcode(`${words[0]} ${words[1]}`);
    if (whole && isOutwardCode(words[0])) return { kind: 'postcode', code: whole, take: 2 };
  }
  const compact = normalisePostcode(words[0]);
  return compact ? { kind: 'postcode', code: compact, take: 1 } : null;
}

/** The postcode in a query, or null when it has none. */
export function postcodeInQuery(query: string): PostcodeInQuery | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const end = atEnd(words);
  if (end) return found(end.kind, end.code, words.slice(0, words.length - end.take));
  const start = atStart(words);
  if (start) return found(start.kind, start.code, words.slice(start.take));
  return null;
}
