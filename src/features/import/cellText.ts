// Text cells from a partner file are data, never code: a cell that a spreadsheet would run as a
// formula is flagged (and neutralised on the way back out to CSV), and so is HTML, which is
// kept as written: we only ever render imported text as text, so markup in it is inert.

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
export function containsHtml(value: string): boolean {
  return value.indexOf('<') !== -1 && TAG.test(value);
}
