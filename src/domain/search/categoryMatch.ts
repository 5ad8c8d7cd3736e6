// Which categories a search names. "food bank" finds the few listings that say "food bank", but
// the resident most likely wants every food support listing: a query made of a category's own
// words (its label, and its description, which lists what it covers: "Food banks, community
// pantries and fridges, free and low-cost meals") names that category, so the page can offer
// "Show all Food support (123)".
import { boundedEditDistance } from './editDistance';
import { queryTerms, stem, words } from './tokenise';
import { typoAllowance } from './typos';

export interface CategoryText {
  slug: string;
  label: string;
  description?: string | null;
}

interface CategoryWords {
  slug: string;
  /** Label words (stemmed), in order, filler words left out. */
  label: string[];
  /** Label and description words, stemmed. */
  all: Set<string>;
}

// Linking words that never name anything on their own.
const FILLER = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'for', 'to', 'with', 'in', 'on', 'at', 'from', 'into', 'their', 'that', 'can', 'all', 'other']);

function stems(text: string): string[] {
  return words(text).filter((w) => !FILLER.has(w)).map(stem);
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
  const cats: CategoryWords[] = categories.map((c) => {
    const label = stems(c.label);
    return { slug: c.slug, label, all: new Set([...label, ...stems(c.description ?? '')]) };
  });
  const usedBy = new Map<string, number>();
  for (const c of cats) for (const w of c.all) usedBy.set(w, (usedBy.get(w) ?? 0) + 1);

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
    const named: { slug: string; strength: number }[] = [];
    for (const c of cats) {
      const inLabel = covers(c.label);
      if (!inLabel && !covers(c.all)) continue;
      const startsLabel = inLabel && terms.every((_, i) => i < c.label.length && is(i, c.label[i]));
      const ownWord = terms.some((t, i) => [...c.all].some((w) => usedBy.get(w) === 1 && termIs(t, w, false, typos[i])));
      if (startsLabel || ownWord) named.push({ slug: c.slug, strength: (inLabel ? 2 : 0) + (startsLabel ? 1 : 0) });
    }
    return named
      .sort((a, b) => b.strength - a.strength)
      .slice(0, limit)
      .map((n) => n.slug);
  };
}
