// Write CSV text a spreadsheet opens safely: RFC 4180 quoting, CRLF, a BOM so Excel reads UTF-8
// (£, accents), and every cell neutralised against formula injection.
import { csvCell } from '../../domain/csvCell';

export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}
