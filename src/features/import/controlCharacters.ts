// Invisible control characters in partner cells (a NUL from a database export, a BEL or a form
// feed pasted from somewhere): Postgres cannot hold a NUL in text or JSON at all, so one such byte
// failed the whole check step. They are removed, tab and line breaks kept, and each cell cleaned
// is named so the report can say what changed.

/* eslint-disable no-control-regex -- matching control characters is this module's job */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const CONTROL_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
/* eslint-enable no-control-regex */

const C0_NAMES = [
  'NUL',
  'SOH',
  'STX',
  'ETX',
  'EOT',
  'ENQ',
  'ACK',
  'BEL',
  'BS',
  'HT',
  'LF',
  'VT',
  'FF',
  'CR',
  'SO',
  'SI',
  'DLE',
  'DC1',
  'DC2',
  'DC3',
  'DC4',
  'NAK',
  'SYN',
  'ETB',
  'CAN',
  'EM',
  'SUB',
  'ESC',
  'FS',
  'GS',
  'RS',
  'US',
];

/** One scan of a whole chunk of text, so clean files never pay for the per-cell check. */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

export interface CellCleaning {
  column: number;
  count: number;
  /** The characters' names (NUL, BEL…), each once, in the order found. */
  names: string[];
}

/** Removes control characters from the cells in place; what was removed, cell by cell. */
export function stripControlCharacters(cells: string[]): CellCleaning[] {
  const cleaned: CellCleaning[] = [];
  for (let column = 0; column < cells.length; column++) {
    const v = cells[column];
    if (!CONTROL.test(v)) continue;
    const names: string[] = [];
    let count = 0;
    cells[column] = v.replace(CONTROL_ALL, (ch) => {
      count++;
      const name = C0_NAMES[ch.charCodeAt(0)];
      if (!names.includes(name)) names.push(name);
      return '';
    });
    cleaned.push({ column, count, names });
  }
  return cleaned;
}
