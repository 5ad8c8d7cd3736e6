// Write CSV text a spreadsheet opens safely: RFC 4180 quoting, CRLF, a BOM so Excel reads UTF-8
// (£, accents), and every cell neutralised against formula injection.
import { neutraliseCsvCell } from './cellText';

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => quote(neutraliseCsvCell(c))).join(',')).join('\r\n') + '\r\n';
}
