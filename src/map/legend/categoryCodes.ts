// Short codes drawn inside each map marker and beside each legend entry, so categories can be
// told apart without colour (greyscale print, colour blindness: WCAG 1.4.1 Use of Colour).
import type { Category } from '../../domain/types';

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', '&']);

function initials(label: string): string {
  const words = label.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return '?';
  if (words.length === 1) return words[0][0].toUpperCase();
  return (words[0][0] + words[1][0]).toUpperCase();
}

/**
 * One to three letters per category, unique within the set: initials of the label's main words
 * ("Food support" → "FS", "Health" → "H"); a clash takes more letters of the label.
 */
export function categoryCodes(categories: readonly Pick<Category, 'slug' | 'label'>[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const c of categories) {
    let code = initials(c.label);
    const letters = c.label.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    for (let n = 2; used.has(code) && n <= Math.min(3, letters.length); n++) code = letters.slice(0, n);
    for (let i = 2; used.has(code); i++) code = `${letters[0] ?? '?'}${i}`;
    used.add(code);
    out.set(c.slug, code);
  }
  return out;
}
