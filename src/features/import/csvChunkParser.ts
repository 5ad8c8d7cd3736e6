// PapaParse fed one text chunk at a time, so a file is parsed while it is still being read and
// decoded (our own decoder handles Windows-1252 and characters split across chunks, which
// Papa's FileStreamer does not). Rows are arrays of cells (PapaParse `header: false`, about
// twice as fast as `header: true`); column names are applied once, by index, in rows.ts.
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvChunk {
  rows: string[][];
  /** Index of rows[0] among all records of the file (0 = the first line). */
  firstIndex: number;
  /** Quote problems, `row` relative to rows[0]. */
  errors: Papa.ParseError[];
}

export interface CsvChunkParser {
  push(text: string): void;
  end(): void;
  readonly delimiter: Delimiter | null;
}

/**
 * Guess the delimiter from the start of the file: the one that splits most lines into the same
 * number (above one) of cells. PapaParse's own guess compares neighbouring lines only, so one
 * short file with "a; b" inside a quoted cell, or a trailing blank line, can fool it.
 */
export function sniffCsv(text: string): { delimiter: Delimiter; newline: string } {
  const truncated = text.length > 64 * 1024;
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: [number, number, number] } | null = null;
  let newline = '\n';
  for (const delimiter of DELIMITERS) {
    const r = Papa.parse<string[]>(sample, { delimiter, preview: 50 });
    if (delimiter === DELIMITERS[0]) newline = r.meta.linebreak || '\n';
    let rows = r.data.filter((cells) => !(cells.length === 1 && cells[0].trim() === ''));
    if (truncated && rows.length > 1 && r.data.length < 50) rows = rows.slice(0, -1);
    const freq = new Map<number, number>();
    for (const cells of rows) freq.set(cells.length, (freq.get(cells.length) ?? 0) + 1);
    let mode = 1;
    let count = 0;
    for (const [n, c] of freq) if (c > count || (c === count && n > mode)) [mode, count] = [n, c];
    const score: [number, number, number] = [mode > 1 ? 1 : 0, rows.length ? count / rows.length : 0, mode];
    const better =
      !best || score[0] > best.score[0] || (score[0] === best.score[0] && (score[1] > best.score[1] || (score[1] === best.score[1] && score[2] > best.score[2])));
    if (better) best = { delimiter, score };
  }
  return { delimiter: best!.score[0] ? best!.delimiter : ',', newline };
}

export function createCsvChunkParser(onChunk: (chunk: CsvChunk) => void, options: { delimiter?: Delimiter } = {}): CsvChunkParser {
  let parser: Papa.Parser | null = null;
  let delimiter: Delimiter | null = options.delimiter ?? null;
  let partial = '';
  let baseIndex = 0;
  let records = 0;
  let pending = '';

  function run(text: string, last: boolean) {
    if (!parser) {
      if (text === '') return;
      const sniffed = sniffCsv(text);
      delimiter ??= sniffed.delimiter;
      parser = new Papa.Parser({ delimiter, newline: sniffed.newline as Papa.ParseConfig['newline'], quoteChar: '"' });
    }
    const aggregate = partial + text;
    const result = parser.parse(aggregate, baseIndex, !last) as Papa.ParseResult<string[]>;
    const rows = result.data;
    if (!last) {
      partial = aggregate.substring(result.meta.cursor - baseIndex);
      baseIndex = result.meta.cursor;
    }
    // An error on the held-back last row is reported again when that row is complete.
    const errors = result.errors.filter((e) => e.row !== undefined && e.row < rows.length);
    if (rows.length > 0 || errors.length > 0) onChunk({ rows, firstIndex: records, errors });
    records += rows.length;
  }

  return {
    get delimiter() {
      return delimiter;
    },
    push(text) {
      // Delimiter sniffing needs a few lines; hold tiny first chunks back until there are some.
      if (!parser && pending.length + text.length < 4096) {
        pending += text;
        return;
      }
      const t = pending + text;
      pending = '';
      run(t, false);
    },
    end() {
      const t = pending;
      pending = '';
      if (!parser && t === '') return;
      run(t, true);
    },
  };
}
