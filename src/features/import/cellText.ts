// Text cells from a partner file are data, never code: a cell that a spreadsheet would run as a
// formula is flagged (and neutralised on the way back out to CSV), and HTML is reduced to plain
// text because we never render imported text as HTML.

/**
 * = and @ always start a formula; + and - do too unless the cell is just a number or a phone
 * number ("+44 1942 000000", "-2.63"), which are common and harmless.
 */
export function looksLikeFormula(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c === 61 /* = */ || c === 64 /* @ */) return true;
  if (c === 43 /* + */ || c === 45 /* - */) return !/^[+-][\d\s().,]*$/.test(value);
  return false;
}

/** Undo neutraliseCsvCell (src/domain/csvCell.ts), so a report that is fixed and sent back reads as the original. */
export function unneutralise(value: string): string {
  if (value.charCodeAt(0) !== 39 /* ' */) return value;
  const c = value.charCodeAt(1);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? value.slice(1) : value;
}

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/;
const TAGS = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[A-Za-z][^<>]*>/gi;
const BREAKS = /<br\s*\/?>|<\/(p|div|li|h[1-6]|tr)\s*>/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', pound: '£', euro: '€' };

export function containsHtml(value: string): boolean {
  return value.indexOf('<') !== -1 && TAG.test(value);
}

/** Tags removed (scripts and styles with their content), line breaks kept, entities decoded. */
export function htmlToText(value: string): string {
  return value
    .replace(BREAKS, '\n')
    .replace(TAGS, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
