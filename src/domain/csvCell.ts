// One CSV cell, written so a spreadsheet opens it safely: cells a spreadsheet would run as a
// formula get a leading apostrophe (OWASP's CSV injection advice), and cells with commas, quotes
// or line breaks are quoted (RFC 4180). Shared by the import reports and the coverage exports.

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export interface NeutraliseOptions {
  /**
   * Leave a signed plain number such as a longitude "-2.63" alone, since it cannot run and should
   * still read back as a number (default true). Exports whose numbers arrive as numbers, not text,
   * set this false so every + or - text cell is prefixed.
   */
  keepPlainNumbers?: boolean;
}

/** Prefix ' to cells starting = + - @ tab or carriage return (see keepPlainNumbers). */
export function neutraliseCsvCell(value: string, options: NeutraliseOptions = {}): string {
  const c = value.charCodeAt(0);
  if (c === 61 /* = */ || c === 64 /* @ */ || c === 9 /* tab */ || c === 13 /* CR */) return `'${value}`;
  const signed = c === 43 /* + */ || c === 45; /* - */
  if (signed && !((options.keepPlainNumbers ?? true) && PLAIN_NUMBER.test(value))) return `'${value}`;
  return value;
}

/** Quote a cell holding a comma, quote or line break, doubling its quotes. */
export function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A text cell ready to join with commas: neutralised, then quoted if needed. */
export function csvCell(value: string, options?: NeutraliseOptions): string {
  return quoteCsvCell(neutraliseCsvCell(value, options));
}

/** Whole CSV text a spreadsheet opens safely: every cell as csvCell, CRLF lines, a BOM so Excel reads UTF-8 (£, accents). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}
