// Builds the token index that search-as-you-type reads. The result is plain data (strings and
// typed arrays) so a Web Worker can build it and transfer it to the page without copying, and
// so it can be cached or shipped pre-built beside the published assets file.
import type { AssetFeature, PublishedAssetProps } from '../types';
import { FRESHNESS_TIERS, makeFreshnessTiers, type CheckedDates } from '../freshnessRank';
import { FIELD, WARD_BIT } from './fields';
import { foldText, forEachToken, words } from './tokenise';

export interface SearchIndex {
  /** Number of assets indexed; an asset's document number is its position in the input. */
  size: number;
  /** Document number -> asset id. */
  ids: string[];
  /** Every distinct token, sorted, so a prefix is one contiguous range found by binary search. */
  vocab: string[];
  /** Postings of vocab[i] are entries offsets[i] .. offsets[i + 1] - 1. */
  offsets: Uint32Array;
  /** Posting -> document number (ascending within a token). */
  postDocs: Uint32Array;
  /** Posting -> FIELD bits of the fields the token appears in (plus WARD_BIT for a ward name). */
  postFields: Uint8Array;
  /** Document number -> rank of its name in alphabetical order (ties in score go A to Z). */
  nameRank: Uint32Array;
  /** Alphabetical position -> document number. */
  byName: Uint32Array;
  /**
   * Document numbers in the order that breaks ties in score: freshly checked listings first
   * (freshnessRank.ts, as of BuildOptions.now), A to Z within each tier.
   */
  tieOrder: Uint32Array;
  /** Document number -> words in its name (a query covering more of a short name ranks higher). */
  nameWords: Uint8Array;
  /**
   * Sub-category slug -> its category's slug, as the index was built with: a listing of a type
   * is found by its category's words, and the filters (filters.ts) count it in that category.
   */
  categoryParents: Readonly<Record<string, string>>;
}

export interface BuildOptions {
  /** Category slug -> label, so "Mental health and wellbeing" is searchable, not just the slug. */
  categoryLabels?: Record<string, string>;
  /** Sub-category slug -> parent slug (Taxonomy.parents), so a library is found under "learning". */
  categoryParents?: Readonly<Record<string, string>>;
  /** The day freshness is judged on (tieOrder); today when not given. */
  now?: Date;
}

type Indexable = AssetFeature | PublishedAssetProps;

function propsOf(a: Indexable): PublishedAssetProps & Partial<CheckedDates> {
  return 'properties' in a ? a.properties : a;
}

/** Index the assets' name, description, categories, organisation and place (ward, address, postcode). */
export function buildSearchIndex(assets: readonly Indexable[], options: BuildOptions = {}): SearchIndex {
  const labels = options.categoryLabels ?? {};
  const parents = options.categoryParents ?? {};
  const n = assets.length;
  const ids: string[] = new Array(n);
  const tokenId = new Map<string, number>();
  const vocabList: string[] = [];
  // Per token: the last document it was seen in and that posting's slot, so a word repeated in
  // one asset merges into one posting without a per-document map.
  let lastDoc = new Int32Array(1024).fill(-1);
  let lastSlot = new Uint32Array(1024);
  let cap = 1 << 16;
  let pTok = new Uint32Array(cap);
  let pDoc = new Uint32Array(cap);
  let pMask = new Uint8Array(cap);
  let count = 0;

  const tokenOf = (tok: string): number => {
    let t = tokenId.get(tok);
    if (t === undefined) {
      t = vocabList.length;
      tokenId.set(tok, t);
      vocabList.push(tok);
      if (t >= lastDoc.length) {
        const grownDoc = new Int32Array(lastDoc.length * 2).fill(-1);
        grownDoc.set(lastDoc);
        lastDoc = grownDoc;
        const grownSlot = new Uint32Array(lastSlot.length * 2);
        grownSlot.set(lastSlot);
        lastSlot = grownSlot;
      }
    }
    return t;
  };
  const post = (t: number, bit: number, doc: number) => {
    if (lastDoc[t] === doc) {
      pMask[lastSlot[t]] |= bit;
      return;
    }
    if (count === cap) {
      cap *= 2;
      const a = new Uint32Array(cap);
      a.set(pTok);
      pTok = a;
      const b = new Uint32Array(cap);
      b.set(pDoc);
      pDoc = b;
      const c = new Uint8Array(cap);
      c.set(pMask);
      pMask = c;
    }
    lastDoc[t] = doc;
    lastSlot[t] = count;
    pTok[count] = t;
    pDoc[count] = doc;
    pMask[count] = bit;
    count++;
  };
  let doc = 0;
  let bit = 0;
  const postToken = (tok: string) => post(tokenOf(tok), bit, doc);
  const add = (text: string | null | undefined, fieldBit: number) => {
    if (!text) return;
    bit = fieldBit;
    forEachToken(text, postToken);
  };
  // Wards, organisations and category labels repeat across thousands of assets: tokenise each
  // distinct string once.
  const repeated = new Map<string, number[]>();
  const addRepeated = (text: string | null | undefined, fieldBit: number) => {
    if (!text) return;
    let toks = repeated.get(text);
    if (!toks) {
      const list: number[] = [];
      forEachToken(text, (tok) => list.push(tokenOf(tok)));
      repeated.set(text, (toks = list));
    }
    for (const t of toks) post(t, fieldBit, doc);
  };

  const folded: string[] = new Array(n);
  const nameWords = new Uint8Array(n);
  const tiers = new Uint8Array(n);
  const tierOf = makeFreshnessTiers(options.now ?? new Date());
  for (doc = 0; doc < n; doc++) {
    const p = propsOf(assets[doc]);
    ids[doc] = p.id;
    folded[doc] = foldText(p.name ?? '');
    nameWords[doc] = Math.min(255, words(folded[doc]).length);
    tiers[doc] = tierOf(p);
    add(p.name, FIELD.name);
    add(p.description, FIELD.description);
    for (const slug of p.categories ?? []) {
      addRepeated(slug.replace(/-/g, ' '), FIELD.category);
      addRepeated(labels[slug], FIELD.category);
      const parent = parents[slug];
      if (parent) {
        addRepeated(parent.replace(/-/g, ' '), FIELD.category);
        addRepeated(labels[parent], FIELD.category);
      }
    }
    addRepeated(p.org_name, FIELD.organisation);
    addRepeated(p.ward, FIELD.place | WARD_BIT);
    add(p.address, FIELD.place);
    addRepeated(p.postcode, FIELD.place);
  }

  // Sort the vocabulary and lay the postings out token by token (counting sort keeps each
  // token's documents in ascending order, as they were appended).
  const order = vocabList.map((_, i) => i).sort((a, b) => (vocabList[a] < vocabList[b] ? -1 : vocabList[a] > vocabList[b] ? 1 : 0));
  const rank = new Uint32Array(vocabList.length);
  const vocab: string[] = new Array(vocabList.length);
  order.forEach((t, r) => {
    rank[t] = r;
    vocab[r] = vocabList[t];
  });
  const offsets = new Uint32Array(vocab.length + 1);
  for (let i = 0; i < count; i++) offsets[rank[pTok[i]] + 1]++;
  for (let r = 0; r < vocab.length; r++) offsets[r + 1] += offsets[r];
  const fill = offsets.slice(0, vocab.length);
  const postDocs = new Uint32Array(count);
  const postFields = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const at = fill[rank[pTok[i]]]++;
    postDocs[at] = pDoc[i];
    postFields[at] = pMask[i];
  }

  const byNameList = Array.from({ length: n }, (_, i) => i).sort((a, b) => (folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : a - b));
  const byName = Uint32Array.from(byNameList);
  const nameRank = new Uint32Array(n);
  for (let r = 0; r < n; r++) nameRank[byName[r]] = r;
  // Stable by tier over the A to Z order: a counting sort, so A to Z holds within each tier.
  const tierStart = new Uint32Array(FRESHNESS_TIERS + 1);
  for (let d = 0; d < n; d++) tierStart[tiers[d] + 1]++;
  for (let t = 0; t < FRESHNESS_TIERS; t++) tierStart[t + 1] += tierStart[t];
  const tieOrder = new Uint32Array(n);
  for (let r = 0; r < n; r++) tieOrder[tierStart[tiers[byName[r]]]++] = byName[r];

  return { size: n, ids, vocab, offsets, postDocs, postFields, nameRank, byName, tieOrder, nameWords, categoryParents: { ...parents } };
}

/** The typed arrays of an index, for `postMessage(index, transferables(index))` from a worker. */
export function transferables(index: SearchIndex): ArrayBuffer[] {
  return [index.offsets, index.postDocs, index.postFields, index.nameRank, index.byName, index.tieOrder, index.nameWords].map((a) => a.buffer as ArrayBuffer);
}
