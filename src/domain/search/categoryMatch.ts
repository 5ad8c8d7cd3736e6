// Which categories a search names. "food bank" finds the few listings that say "food bank", but
// the resident most likely wants every food support listing: a query made of a category's own
// words (its label, and its description, which lists what it covers: "Food banks, community
// pantries and fridges, free and low-cost meals") names that category, so the page can offer
// "Show all Food support (123)". A sub-category is named by its label or its other names
// ("chemist" for Pharmacy), and brings its category with it as the broader offer: "food bank"
// offers Food bank, then all of Food support.
import { boundedEditDistance } from './editDistance';
import { queryTerms, stem, words } from './tokenise';
import { typoAllowance } from './typos';

export interface CategoryText {
  slug: string;
  label: string;
  description?: string | null;
  /** For a sub-category: its category's slug. */
  parent?: string | null;
  /** Other names, which count as labels ("GP surgery"). */
  aliases?: readonly string[];
}

interface CategoryWords {
  slug: string;
  /** The top-level category it belongs to (itself for a top-level one). */
  family: string;
  parent: string | null;
  /** Label words (stemmed), in order, filler words left out; one list per label and other name. */
  labels: string[][];
  /** Label, other-name and description words, stemmed. */
  all: Set<string>;
}

// Linking words that never name anything on their own.
const FILLER = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'for', 'to', 'with', 'in', 'on', 'at', 'from', 'into', 'their', 'that', 'can', 'all', 'other']);

function stems(text: string): string[] {
  return words(text)
    .filter((w) => !FILLER.has(w))
    .map(stem);
}

function exactly(term: string, word: string, typing: boolean): boolean {
  return term === word || (typing && term.length >= 3 && word.startsWith(term));
}

/**
 * Whether a query term is this category word: the same stem, the start of it while typing, or
 * (for a term no category has exactly: "walking" must not be a typo of "talking") a typo of it.
 */
function termIs(term: string, word: string, typing: boolean, typos: boolean): boolean {
  if (exactly(term, word, typing)) return true;
  if (!typos) return false;
  const { edits, keepFirst } = typoAllowance(term.length);
  if (edits === 0 || (keepFirst && term.charCodeAt(0) !== word.charCodeAt(0))) return false;
  return boundedEditDistance(term, word, edits) <= edits;
}

/**
 * A function from a query to the slugs of the categories it names, best first (at most
 * `limit`). A category is named when every query word is one of its words (label or
 * description), and the query either starts its label ("advice" for
 * "Advice and money") or has a word no other category uses ("bank" but not "support", "free" or
 * "club", which several categories share).
 */
export function makeCategoryMatcher(categories: readonly CategoryText[], limit = 2): (query: string) => string[] {
  const known = new Set(categories.map((c) => c.slug));
  const cats: CategoryWords[] = categories.map((c) => {
    const labels = [c.label, ...(c.aliases ?? [])].map(stems).filter((l) => l.length > 0);
    const parent = c.parent && known.has(c.parent) ? c.parent : null;
    return { slug: c.slug, family: parent ?? c.slug, parent, labels, all: new Set([...labels.flat(), ...stems(c.description ?? '')]) };
  });
  // A word is a category's own when no other family (a category with its types) uses it: "bank"
  // is Food support's, though both it and its type Food bank say it.
  const families = new Map<string, Set<string>>();
  for (const c of cats) for (const w of c.all) families.set(w, (families.get(w) ?? new Set()).add(c.family));
  const usedBy = new Map([...families].map(([w, f]) => [w, f.size]));

  const vocabulary = [...usedBy.keys()];

  return (query) => {
    const terms = queryTerms(query).filter((t) => !FILLER.has(t));
    if (terms.length === 0) return [];
    const last = terms.length - 1;
    const typos = terms.map((t, i) => !vocabulary.some((w) => exactly(t, w, i === last)));
    const is = (i: number, word: string) => termIs(terms[i], word, i === last, typos[i]);
    const covers = (list: Iterable<string>) => {
      const ws = [...list];
      return terms.every((_, i) => ws.some((w) => is(i, w)));
    };
    const named: { slug: string; parent: string | null; strength: number }[] = [];
    for (const c of cats) {
      const inLabel = c.labels.some((l) => covers(l));
      if (!inLabel && !covers(c.all)) continue;
      const startsLabel = c.labels.some((l) => covers(l) && terms.every((_, i) => i < l.length && is(i, l[i])));
      const ownWord = terms.some((t, i) => [...c.all].some((w) => usedBy.get(w) === 1 && termIs(t, w, false, typos[i])));
      if (startsLabel || ownWord) named.push({ slug: c.slug, parent: c.parent, strength: (inLabel ? 2 : 0) + (startsLabel ? 1 : 0) });
    }
    const out: string[] = [];
    for (const n of named.sort((a, b) => b.strength - a.strength)) {
      for (const slug of n.parent ? [n.slug, n.parent] : [n.slug]) if (!out.includes(slug)) out.push(slug);
    }
    return out.slice(0, limit);
  };
}
