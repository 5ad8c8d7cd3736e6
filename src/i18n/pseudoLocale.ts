// The right-to-left pseudo-locale: English wrapped in right-to-left override marks, so every
// translated string shows mirrored while untranslated text (hard-coded in a component) stays
// plainly left-to-right and stands out.
const RLO = '\u202e';
const PDF = '\u202c';

export function pseudoRtl(text: string): string {
  return text.length === 0 ? text : `${RLO}${text}${PDF}`;
}
