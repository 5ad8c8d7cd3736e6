// Search as you type over a SearchIndex. Each query word is looked up as an exact word or a
// prefix first (one binary search over the sorted vocabulary); only a word that finds nothing
// that way is matched with typos, so the common keystroke never pays for fuzzy matching. When
// some asset has every word (in any order, any field), only those are listed. When none does,
// the assets with the most of the words are listed ("bank food wigan" with no food bank in a
// Wigan ward: the food banks, and the banks and food in Wigan). Within that: name above
// description, whole word above prefix above typo, then category, organisation and place; a
// word naming a ward counts as much in the ward as in the name.
import type { SearchIndex } from './buildSearchIndex';
import { boundedEditDistance, boundedPrefixDistance } from './editDistance';
import { FIELD, FIELD_SCORE, PLACE_WORD_SCORE, WARD_BIT, fieldNames, type SearchField } from './fields';
import { queryTerms } from './tokenise';
import { TYPING_TYPO_MIN_LENGTH, hasDigit, typoAllowance } from './typos';

/** The assets a query matched, best first, as parallel arrays (no object per asset). */
export interface QueryMatches {
  /** Document numbers (positions in the indexed list), best first. */
  docs: Uint32Array;
  scores: Float32Array;
  /** FIELD bits of every field any query word matched in. */
  fields: Uint8Array;
  /** The query words after folding, stemming and dropping stopwords. */
  terms: string[];
  /** Whether typo matching was needed. */
  fuzzy: boolean;
  /** No asset matched every word: these are the ones matching the most of them. */
  partial: boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  fields: SearchField[];
}

const WHOLE = 1;
const FUZZY_ONE = 0.45;
const FUZZY_TWO = 0.3;
const FUZZY_PREFIX = 0.35;

/** Typos allowed for a word of this length (typos.ts says when the first letter must be right). */
export function maxEdits(length: number): number {
  return typoAllowance(length).edits;
}

interface Runtime {
  score: Float32Array;
  count: Uint8Array;
  nameHits: Uint8Array;
  fields: Uint8Array;
  termBest: Float32Array;
  termFields: Uint8Array;
  termStamp: Uint32Array;
  /** Whether the best match of the current word counts towards coverage (not a stand-in typo). */
  termCovers: Uint8Array;
  /** Documents touched by the current word, and by any word (partial matching). */
  termCand: Uint32Array;
  seenStamp: Uint32Array;
  stamp: number;
  /** The word count every listed document has (count[d] of the matches). */
  coverage: number;
  /** Score bucket per document, for the counting sort. */
  bucket: Uint32Array;
  cand: Uint32Array;
  byLength: Map<number, Uint32Array> | null;
  recent: Map<string, QueryMatches>;
}

const runtimes = new WeakMap<SearchIndex, Runtime>();

function runtimeOf(index: SearchIndex): Runtime {
  let rt = runtimes.get(index);
  if (!rt) {
    const n = index.size;
    rt = {
      score: new Float32Array(n),
      count: new Uint8Array(n),
      nameHits: new Uint8Array(n),
      fields: new Uint8Array(n),
      termBest: new Float32Array(n),
      termFields: new Uint8Array(n),
      termStamp: new Uint32Array(n),
      termCovers: new Uint8Array(n),
      termCand: new Uint32Array(n),
      seenStamp: new Uint32Array(n),
      stamp: 0,
      coverage: 0,
      bucket: new Uint32Array(n),
      cand: new Uint32Array(n),
      byLength: null,
      recent: new Map(),
    };
    runtimes.set(index, rt);
  }
  return rt;
}

function lowerBound(vocab: string[], key: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Vocabulary positions grouped by word length (words with digits left out), built on the first typo lookup. */
function byLength(index: SearchIndex, rt: Runtime): Map<number, Uint32Array> {
  if (rt.byLength) return rt.byLength;
  const groups = new Map<number, number[]>();
  index.vocab.forEach((w, i) => {
    if (hasDigit(w)) return;
    let g = groups.get(w.length);
    if (!g) groups.set(w.length, (g = []));
    g.push(i);
  });
  rt.byLength = new Map([...groups].map(([len, list]) => [len, Uint32Array.from(list)]));
  return rt.byLength;
}

/** Vocabulary positions and match quality for one query word. */
interface TermTokens {
  tokens: number[];
  quality: number[];
  /**
   * tokens[0 .. covering - 1] count as having the word: its exact and prefix matches, or its typo
   * matches when it has no exact ones (a misspelling). Typo stand-ins for a real word, tried
   * when nothing has every word, add to the score only: "food" is a real word, so the ward
   * "Higher Folds" must not count as having it.
   */
  covering: number;
  /** Score table: PLACE_WORD_SCORE when the word names a ward. */
  table: Float32Array;
}

function exactTokens(index: SearchIndex, term: string): TermTokens {
  const { vocab } = index;
  const lo = lowerBound(vocab, term);
  const hi = lowerBound(vocab, term + '\uffff');
  const tokens: number[] = [];
  const quality: number[] = [];
  let place = false;
  for (let i = lo; i < hi; i++) {
    tokens.push(i);
    // A short completion ("food" for "foo") ranks above a long one ("foodstuffs").
    const whole = vocab[i].length === term.length;
    quality.push(whole ? WHOLE : 0.55 + (0.3 * term.length) / vocab[i].length);
    if (whole && !place) place = namesWard(index, i);
  }
  return { tokens, quality, covering: tokens.length, table: place ? PLACE_WORD_SCORE : FIELD_SCORE };
}

/** Whether a token is a word of some ward's name (any posting carries WARD_BIT). */
function namesWard(index: SearchIndex, tok: number): boolean {
  const { offsets, postFields } = index;
  for (let p = offsets[tok], end = offsets[tok + 1]; p < end; p++) if (postFields[p] & WARD_BIT) return true;
  return false;
}

function fuzzyTokens(index: SearchIndex, rt: Runtime, term: string, into: TermTokens, typing: boolean): void {
  const { edits: k, keepFirst } = typoAllowance(term.length);
  if (k === 0 || hasDigit(term)) return;
  const groups = byLength(index, rt);
  const seen = new Set(into.tokens);
  const first = term.charCodeAt(0);
  for (let len = term.length - k; len <= term.length + k; len++) {
    const group = groups.get(len);
    if (!group) continue;
    for (let g = 0; g < group.length; g++) {
      const i = group[g];
      if (seen.has(i) || (keepFirst && index.vocab[i].charCodeAt(0) !== first)) continue;
      const d = boundedEditDistance(term, index.vocab[i], k);
      if (d > 0 && d <= k) {
        seen.add(i);
        into.tokens.push(i);
        into.quality.push(d === 1 ? FUZZY_ONE : FUZZY_TWO);
      }
    }
  }
  if (typing && term.length >= TYPING_TYPO_MIN_LENGTH) {
    // The word still being typed may be a misspelt start of a longer one ("mente" for
    // "mental"): compare it with the first letters of longer words, one typo allowed.
    const t0 = term.charCodeAt(0);
    const t1 = term.charCodeAt(1);
    for (const [len, group] of groups) {
      if (len <= term.length) continue;
      for (let g = 0; g < group.length; g++) {
        const i = group[g];
        const w = index.vocab[i];
        // With one edit, one of these holds (edit later, substitution, insertion or deletion
        // at the start, swapped first letters); most of the vocabulary fails them all.
        const w0 = w.charCodeAt(0);
        const w1 = w.charCodeAt(1);
        if (w0 !== t0 && w1 !== t1 && w1 !== t0 && w0 !== t1) continue;
        if (seen.has(i)) continue;
        if (boundedPrefixDistance(term, w, 1) <= 1) {
          seen.add(i);
          into.tokens.push(i);
          into.quality.push(FUZZY_PREFIX);
        }
      }
    }
  }
}

/** AND across terms; returns how many documents matched every term (listed in rt.cand). */
function intersect(index: SearchIndex, rt: Runtime, perTerm: TermTokens[]): number {
  const { offsets, postDocs, postFields } = index;
  const { score, count, nameHits, fields, termBest, termFields, termStamp, cand } = rt;
  score.fill(0);
  count.fill(0);
  nameHits.fill(0);
  fields.fill(0);
  let matched = 0;
  for (let t = 0; t < perTerm.length; t++) {
    const stamp = ++rt.stamp;
    let nc = 0;
    const { tokens, quality, table } = perTerm[t];
    for (let j = 0; j < tokens.length; j++) {
      const tok = tokens[j];
      const q = quality[j];
      for (let p = offsets[tok], end = offsets[tok + 1]; p < end; p++) {
        const d = postDocs[p];
        if (count[d] !== t) continue; // missed an earlier word: AND has already ruled it out
        const mask = postFields[p];
        const s = q * table[mask];
        if (termStamp[d] !== stamp) {
          termStamp[d] = stamp;
          termBest[d] = s;
          termFields[d] = mask;
          cand[nc++] = d;
        } else {
          if (s > termBest[d]) termBest[d] = s;
          termFields[d] |= mask;
        }
      }
    }
    for (let c = 0; c < nc; c++) {
      const d = cand[c];
      count[d] = t + 1;
      score[d] += termBest[d];
      fields[d] |= termFields[d];
      if (termFields[d] & FIELD.name) nameHits[d]++;
    }
    matched = nc;
    if (nc === 0) break;
  }
  return matched;
}

/**
 * OR across terms, for when no document has every word: count[d] becomes how many words a
 * document has (typo stand-ins for real words excluded), and rt.cand lists the documents with
 * the most. Returns how many those are.
 */
function bestCoverage(index: SearchIndex, rt: Runtime, perTerm: TermTokens[]): number {
  const { offsets, postDocs, postFields } = index;
  const { score, count, nameHits, fields, termBest, termFields, termStamp, termCovers, termCand, seenStamp, cand } = rt;
  score.fill(0);
  count.fill(0);
  nameHits.fill(0);
  fields.fill(0);
  const seen = ++rt.stamp;
  let ns = 0;
  let best = 0;
  for (let t = 0; t < perTerm.length; t++) {
    const stamp = ++rt.stamp;
    let nc = 0;
    const { tokens, quality, covering, table } = perTerm[t];
    for (let j = 0; j < tokens.length; j++) {
      const tok = tokens[j];
      const q = quality[j];
      const covers = j < covering ? 1 : 0;
      for (let p = offsets[tok], end = offsets[tok + 1]; p < end; p++) {
        const d = postDocs[p];
        const mask = postFields[p];
        const s = q * table[mask];
        if (termStamp[d] !== stamp) {
          termStamp[d] = stamp;
          termBest[d] = s;
          termFields[d] = mask;
          termCovers[d] = covers;
          termCand[nc++] = d;
        } else {
          if (s > termBest[d]) termBest[d] = s;
          termFields[d] |= mask;
          termCovers[d] |= covers;
        }
      }
    }
    for (let c = 0; c < nc; c++) {
      const d = termCand[c];
      if (seenStamp[d] !== seen) {
        seenStamp[d] = seen;
        cand[ns++] = d;
      }
      score[d] += termBest[d];
      fields[d] |= termFields[d];
      if (termFields[d] & FIELD.name) nameHits[d]++;
      if (termCovers[d] && ++count[d] > best) best = count[d];
    }
  }
  let kept = 0;
  for (let c = 0; c < ns; c++) {
    const d = cand[c];
    if (count[d] === best) cand[kept++] = d;
  }
  rt.coverage = best;
  return best === 0 ? 0 : kept;
}

// Scores are bucketed to 1/256 for sorting; real differences (field weights, prefix coverage,
// name coverage) are all far larger than that.
const SCORE_STEPS = 256;

function rank(index: SearchIndex, rt: Runtime, matched: number, terms: string[], fuzzy: boolean, partial: boolean): QueryMatches {
  const docs = new Uint32Array(matched);
  const scores = new Float32Array(matched);
  const fields = new Uint8Array(matched);
  if (matched === 0) return { docs, scores, fields, terms, fuzzy, partial };
  const { cand, score, nameHits, count } = rt;
  const { bucket } = rt;
  let maxBucket = 0;
  for (let c = 0; c < matched; c++) {
    const d = cand[c];
    // Length normalisation: "Hindley Food Bank" covers more of its name than "Hindley Ashby
    // Food Bank" does, so it is the better answer to "food bank hindley".
    if (nameHits[d]) score[d] += (4 * nameHits[d]) / Math.max(nameHits[d], index.nameWords[d]);
    const b = Math.round(score[d] * SCORE_STEPS);
    bucket[d] = b;
    if (b > maxBucket) maxBucket = b;
  }
  // A one-letter query can match every asset, so no comparison sort: list the matches in tie
  // order (fresh before stale, then A to Z: one pass over index.tieOrder), then a stable
  // counting sort by score bucket, best first. Linear in the number of assets.
  const nt = rt.coverage;
  const inTieOrder = new Uint32Array(matched);
  let k = 0;
  const { tieOrder } = index;
  for (let r = 0; r < tieOrder.length && k < matched; r++) {
    const d = tieOrder[r];
    if (count[d] === nt) inTieOrder[k++] = d;
  }
  const starts = new Uint32Array(maxBucket + 2);
  for (let i = 0; i < matched; i++) starts[maxBucket - bucket[inTieOrder[i]] + 1]++;
  for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
  for (let i = 0; i < matched; i++) {
    const d = inTieOrder[i];
    const at = starts[maxBucket - bucket[d]]++;
    docs[at] = d;
    scores[at] = score[d];
    fields[at] = rt.fields[d] & ~WARD_BIT;
  }
  return { docs, scores, fields, terms, fuzzy, partial };
}

/**
 * The documents matching a query, best first; null when the query has no words (everything
 * matches). The last few answers are remembered, so the filter list, the category counts and
 * the empty-result suggestions for one keystroke search once.
 */
export function matchQuery(index: SearchIndex, query: string): QueryMatches | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const rt = runtimeOf(index);
  const key = terms.join(' ');
  const hit = rt.recent.get(key);
  if (hit) return hit;

  const perTerm = terms.map((t) => exactTokens(index, t));
  let fuzzy = false;
  for (let t = 0; t < terms.length; t++) {
    if (perTerm[t].tokens.length === 0) {
      fuzzyTokens(index, rt, terms[t], perTerm[t], t === terms.length - 1);
      perTerm[t].covering = perTerm[t].tokens.length; // a misspelling: its typo matches are the word
      fuzzy = true;
    }
  }
  let matched = intersect(index, rt, perTerm);
  rt.coverage = terms.length;
  let partial = false;
  if (matched === 0 && terms.length > 1) {
    // No asset has every word. One may be a real word that is the wrong one ("fed bank" for
    // "food bank"), so allow typos on all of them, but rank by how many of the words an asset
    // really has first: a typo stand-in only adds to the score.
    for (let t = 0; t < terms.length; t++) fuzzyTokens(index, rt, terms[t], perTerm[t], t === terms.length - 1);
    fuzzy = true;
    matched = bestCoverage(index, rt, perTerm);
    partial = true;
  }
  const result = rank(index, rt, matched, terms, fuzzy, partial);
  rt.recent.set(key, result);
  if (rt.recent.size > 8) rt.recent.delete(rt.recent.keys().next().value as string);
  return result;
}

/** Forget remembered answers (benchmarks use it so every timed keystroke really searches). */
export function clearQueryCache(index: SearchIndex): void {
  runtimes.get(index)?.recent.clear();
}

/** The best `limit` assets for a query, with scores and the fields that matched. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const m = matchQuery(index, query);
  if (!m) {
    return Array.from(index.byName.subarray(0, limit), (d) => ({ id: index.ids[d], score: 0, fields: [] }));
  }
  const out: SearchHit[] = [];
  for (let i = 0; i < Math.min(limit, m.docs.length); i++) {
    out.push({ id: index.ids[m.docs[i]], score: m.scores[i], fields: fieldNames(m.fields[i]) });
  }
  return out;
}
