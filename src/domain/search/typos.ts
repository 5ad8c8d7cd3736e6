// How far a typed word may be from an indexed word and still count as a misspelling of it. The
// allowance grows with the word: a short word has so many neighbours one letter away that a
// random string of three or four letters would otherwise match something (measured in
// tests/unit/domain/search/typos.test.ts and the search benchmark: random strings, keyboard
// mashes, and misspellings of the sample's own words).

export interface TypoAllowance {
  /** Edits allowed (optimal string alignment: an adjacent swap is one). */
  edits: number;
  /**
   * The first letter must be right. People rarely get the first letter wrong, and for a short
   * word this one rule rules out most accidental neighbours ("qqq" is one letter from "3qq").
   */
  keepFirst: boolean;
}

/**
 * None under 3 letters; 1 from 3 letters with the first letter right ("fod" -> "food",
 * "yaga" -> "yoga"); 1 anywhere from 5 ("chiar", "unoin"); 2 from 8 ("standsh" is 7: 1).
 */
export function typoAllowance(length: number): TypoAllowance {
  if (length < 3) return { edits: 0, keepFirst: true };
  if (length < 5) return { edits: 1, keepFirst: true };
  return { edits: length >= 8 ? 2 : 1, keepFirst: false };
}

/**
 * The word still being typed is compared with the starts of longer words ("mente" for "mental")
 * only from this length: a shorter start is the start of too many words.
 */
export const TYPING_TYPO_MIN_LENGTH = 5;

/** Words with a digit (house numbers, postcode parts such as "3qq") are codes: never a typo target. */
export function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
