// Turns text into search tokens the same way for the index and for what a resident types, so
// "Café", "cafe" and "CAFES" meet on one token. Pure and allocation-light: it runs over every
// field of every asset when the index is built.

const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^ -~\t\n\r]/; // anything beyond printable ASCII
// Letters NFD does not split into base + mark.
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };
const SPECIAL_RE = /[ßæœøłđþı]/g;
// Apostrophes join their word ("Men's" -> "mens") rather than split it ("men", "s").
const APOSTROPHES = /['’‘`]/g;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g; // same words for folded ASCII text, without Unicode tables

/** Lower case, accents removed, apostrophes dropped: the text every comparison uses. */
export function foldText(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  }
  return s.includes("'") || s.includes('’') || s.includes('‘') || s.includes('`') ? s.replace(APOSTROPHES, '') : s;
}

/**
 * Plural to singular by a few English suffix rules ("banks" -> "bank", "libraries" -> "library",
 * "classes" -> "class", "churches" -> "church"). Deliberately simple: a wrong stem costs little
 * because the index also keeps the word as written.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (n > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('zes')) {
    return word.slice(0, -2);
  }
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  return word.slice(0, -1);
}

/** Calls `each` with every index token of a text (word, then its stem when different), allocation-free. */
export function forEachToken(text: string, each: (token: string) => void): void {
  const folded = foldText(text);
  // A fresh regex per call (not a shared /g one) so a callback that tokenises again is safe.
  const re = new RegExp(NON_ASCII.test(folded) ? WORD : ASCII_WORD);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const w = m[0];
    each(w);
    const s = stem(w);
    if (s !== w) each(s);
  }
}

/** The words of a text, folded, in order, without stemming (repeats kept). */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/**
 * Tokens to index for a text: each word as written plus its stem when that differs, so a
 * prefix typed mid-word ("librari") and a plural typed in full ("libraries") both find it.
 */
export function tokenise(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    out.push(w);
    const s = stem(w);
    if (s !== w) out.push(s);
  }
  return out;
}

// Dropped from queries (never from the index) unless they are all the resident typed or the
// word still being typed: "food bank for older people" should not demand the word "for".
const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'near', 'or', 'my', 'me']);

/** The terms of a query: folded, stemmed, stopwords dropped except the last (still typing). */
export function queryTerms(query: string): string[] {
  const ws = words(query).slice(0, 12); // a pasted essay must not cost more than a sentence
  if (ws.length === 0) return [];
  const kept = ws.filter((w, i) => i === ws.length - 1 || !STOPWORDS.has(w));
  return kept.map(stem);
}
