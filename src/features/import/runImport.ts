// The whole read → parse → map → validate pass over one partner file, streamed chunk by chunk.
// The worker runs it; so do the tests and the benchmark in Node, so all three measure and
// check the same code. Nothing here throws on bad input: every problem becomes a file issue
// or a row issue with the row, the column and what was expected.
import { createChunkDecoder, hasUtf8Bom, type TextEncodingName } from './encoding';
import { createCsvChunkParser, type CsvChunk, type Delimiter } from './csvChunkParser';
import type { Mapping } from './fields';
import { checkMapping, suggestMapping, type MappingProblem, type MappingSuggestion } from './mapping';
import { createRowMapper, type ParsedRow, type RowMapper, type RowOptions, type RowParseProblem, type UnknownCategory } from './rows';

export type ImportInput = Blob | string | Uint8Array;

export interface RunOptions extends RowOptions {
  /** Column → field. Columns it does not mention get the suggested field. */
  mapping?: Mapping;
  /** Spreadsheet row number of the header; detected when absent (title lines are skipped). */
  headerRow?: number;
  delimiter?: Delimiter;
  /** Bytes (or characters, for text) per chunk; progress is reported once per chunk. */
  chunkSize?: number;
  previewRows?: number;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export type FileIssueCode =
  | 'empty'
  | 'header_only'
  | 'duplicate_header'
  | 'empty_header'
  | 'title_rows_skipped'
  | 'unterminated_quote'
  | 'bad_quotes'
  | 'encoding';

export interface FileIssue {
  code: FileIssueCode;
  /** error: nothing should be imported until the file is fixed. */
  severity: 'error' | 'warning' | 'info';
  row: number | null;
  column?: string;
  message: string;
}

export interface ParseResult {
  encoding: TextEncodingName | 'text';
  delimiter: Delimiter | null;
  headerRow: number | null;
  headers: string[];
  suggestion: MappingSuggestion;
  mapping: Mapping;
  unmappedColumns: string[];
  mappingProblems: MappingProblem[];
  fileIssues: FileIssue[];
  rows: ParsedRow[];
  /** The first data rows as read, for the mapping screen. */
  preview: string[][];
  unknownCategories: UnknownCategory[];
  counts: { rows: number; valid: number; invalid: number; withWarnings: number };
}

const DEFAULT_CHUNK = 1 << 20;

/** "Tel", "Tel" → "Tel", "Tel (2)"; an empty header becomes "Column 5". */
export function uniqueHeaders(raw: readonly string[]): { headers: string[]; issues: FileIssue[] } {
  const headers: string[] = [];
  const issues: FileIssue[] = [];
  const used = new Set<string>();
  raw.forEach((h, i) => {
    let name = h.replace(/^\uFEFF/, '').trim();
    if (name === '') {
      name = `Column ${i + 1}`;
      issues.push({ code: 'empty_header', severity: 'info', row: null, column: name, message: `Column ${i + 1} has no header; it is called "${name}".` });
    }
    if (used.has(name)) {
      let n = 2;
      while (used.has(`${name} (${n})`)) n++;
      const renamed = `${name} (${n})`;
      issues.push({ code: 'duplicate_header', severity: 'warning', row: null, column: renamed, message: `The header "${name}" appears more than once; column ${i + 1} is called "${renamed}".` });
      name = renamed;
    }
    used.add(name);
    headers.push(name);
  });
  return { headers, issues };
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
const filled = (cells: string[]) => cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);

/** Receives parsed chunks and builds the result; one per attempt (an encoding restart makes a new one). */
function createRowSink(options: RunOptions) {
  const fileIssues: FileIssue[] = [];
  const rows: ParsedRow[] = [];
  const preview: string[][] = [];
  const previewRows = options.previewRows ?? 10;
  let headerRow: number | null = null;
  let headers: string[] = [];
  let suggestion: MappingSuggestion = { mapping: {}, columns: [], unmapped: [] };
  let mapping: Mapping = {};
  let mapper: RowMapper | null = null;
  let candidate: { cells: string[]; row: number } | null = null;
  const skippedTitles: number[] = [];

  function setHeader(cells: string[], row: number) {
    const u = uniqueHeaders(cells);
    headers = u.headers;
    fileIssues.push(...u.issues.map((i) => ({ ...i, row })));
    headerRow = row;
    suggestion = suggestMapping(headers);
    mapping = {};
    for (const h of headers) mapping[h] = options.mapping && h in options.mapping ? options.mapping[h] : suggestion.mapping[h];
    mapper = createRowMapper(headers, mapping, options);
    if (skippedTitles.length) {
      fileIssues.push({
        code: 'title_rows_skipped',
        severity: 'info',
        row: skippedTitles[0],
        message: `Row${skippedTitles.length > 1 ? 's' : ''} ${skippedTitles.join(', ')} look${skippedTitles.length > 1 ? '' : 's'} like a title, not a header; the header is row ${row}.`,
      });
    }
  }

  function dataRow(cells: string[], row: number, problems?: RowParseProblem[]) {
    if (isBlank(cells) && !problems) return;
    if (preview.length < previewRows) preview.push(cells.slice());
    rows.push(mapper!.map(cells, row, problems));
  }

  function accept(chunk: CsvChunk) {
    let problemsAt: Map<number, RowParseProblem[]> | null = null;
    for (const e of chunk.errors) {
      if (e.code !== 'MissingQuotes' && e.code !== 'InvalidQuotes') continue;
      problemsAt ??= new Map();
      const list = problemsAt.get(e.row!) ?? [];
      if (!list.some((p) => p.code === e.code)) list.push({ code: e.code });
      problemsAt.set(e.row!, list);
    }
    const data = chunk.rows;
    for (let i = 0; i < data.length; i++) {
      const cells = data[i];
      const row = chunk.firstIndex + i + 1;
      const problems = problemsAt?.get(i);
      if (problems) noteQuoteProblems(problems, cells, row);
      if (mapper) {
        dataRow(cells, row, problems);
        continue;
      }
      // Looking for the header.
      if (options.headerRow !== undefined) {
        if (row === options.headerRow) setHeader(cells, row);
        continue;
      }
      if (isBlank(cells)) continue;
      if (candidate === null) {
        if (filled(cells) >= 2) setHeader(cells, row);
        else candidate = { cells, row };
      } else if (filled(cells) >= 2) {
        skippedTitles.push(candidate.row);
        candidate = null;
        setHeader(cells, row);
      } else {
        // A one-column file: the first line was the header after all.
        setHeader(candidate.cells, candidate.row);
        candidate = null;
        dataRow(cells, row, problems);
      }
    }
  }

  function noteQuoteProblems(problems: RowParseProblem[], cells: string[], row: number) {
    for (const p of problems) {
      if (p.code === 'MissingQuotes') {
        const last = (cells[cells.length - 1] ?? '').trimEnd();
        let lines = 0;
        for (let k = last.indexOf('\n'); k !== -1; k = last.indexOf('\n', k + 1)) lines++;
        p.lines = lines;
        fileIssues.push({
          code: 'unterminated_quote',
          severity: 'error',
          row,
          column: headers[cells.length - 1],
          message: `Row ${row}: a quote (") opens${headers[cells.length - 1] ? ` in column "${headers[cells.length - 1]}"` : ''} and is never closed, so the rest of the file (${lines} more line${lines === 1 ? '' : 's'}) was read as one cell. Close the quote and upload the file again.`,
        });
      } else {
        fileIssues.push({ code: 'bad_quotes', severity: 'warning', row, message: `Row ${row}: a quoted cell has text straight after its closing quote ("); check that row.` });
      }
    }
  }

  function finish(encoding: ParseResult['encoding'], delimiter: Delimiter | null): ParseResult {
    if (mapper === null && candidate) {
      setHeader(candidate.cells, candidate.row);
      candidate = null;
    }
    if (headerRow === null) {
      fileIssues.unshift({
        code: 'empty',
        severity: 'error',
        row: null,
        message:
          options.headerRow !== undefined
            ? `The file has no row ${options.headerRow} to use as the header.`
            : 'The file is empty: there is no header row and no data. Check that you chose the right file.',
      });
    } else if (rows.length === 0) {
      fileIssues.unshift({
        code: 'header_only',
        severity: 'error',
        row: headerRow,
        message: `The file has a header row (${headers.length} column${headers.length === 1 ? '' : 's'}: ${headers.slice(0, 6).map((h) => `"${h}"`).join(', ')}${headers.length > 6 ? ', …' : ''}) but no data rows below it.`,
      });
    }
    let valid = 0;
    let withWarnings = 0;
    for (const r of rows) {
      if (r.valid) valid++;
      if (r.issues && r.issues.some((i) => i.severity === 'warning')) withWarnings++;
    }
    return {
      encoding,
      delimiter,
      headerRow,
      headers,
      suggestion,
      mapping,
      unmappedColumns: headers.filter((h) => !mapping[h]),
      mappingProblems: headerRow === null ? [] : checkMapping(mapping),
      fileIssues,
      rows,
      preview,
      unknownCategories: mapper ? (mapper as RowMapper).unknownCategories() : [],
      counts: { rows: rows.length, valid, invalid: rows.length - valid, withWarnings },
    };
  }

  return { accept, finish, get rowCount() { return rows.length; } };
}

function runText(text: string, options: RunOptions, onProgress?: (p: ImportProgress) => void): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sink = createRowSink(options);
  const parser = createCsvChunkParser(sink.accept, { delimiter: options.delimiter });
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  for (let at = 0; at < body.length; at += size) {
    parser.push(body.slice(at, at + size));
    onProgress?.({ bytesRead: Math.min(body.length, at + size), totalBytes: body.length, rows: sink.rowCount });
  }
  parser.end();
  return sink.finish('text', parser.delimiter);
}

class NotUtf8 extends Error {}

async function runBlob(blob: Blob, encoding: TextEncodingName, options: RunOptions, onProgress?: (p: ImportProgress) => void): Promise<ParseResult> {
  const sink = createRowSink(options);
  const parser = createCsvChunkParser(sink.accept, { delimiter: options.delimiter });
  const decoder = createChunkDecoder(encoding);
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  let sawBom = false;
  for (let at = 0; at < blob.size || at === 0; at += size) {
    let bytes = new Uint8Array(await blob.slice(at, at + size).arrayBuffer());
    if (at === 0) {
      sawBom = hasUtf8Bom(bytes);
      // A Windows-1252 decoder would turn a UTF-8 BOM into "ï»¿"; drop it ourselves.
      if (sawBom && encoding === 'windows-1252') bytes = bytes.subarray(3);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, at + size >= blob.size);
    } catch {
      throw new NotUtf8();
    }
    parser.push(text);
    onProgress?.({ bytesRead: Math.min(blob.size, at + size), totalBytes: blob.size, rows: sink.rowCount });
    if (blob.size === 0) break;
  }
  parser.end();
  const name: TextEncodingName = encoding === 'windows-1252' ? 'windows-1252' : sawBom ? 'utf-8-bom' : 'utf-8';
  return sink.finish(name, parser.delimiter);
}

/**
 * Read, parse, map and validate a partner file. Text (pasted) is used as is; bytes are read as
 * UTF-8 and, at the first byte sequence that is not UTF-8, read again from the start as
 * Windows-1252.
 */
export async function runImport(input: ImportInput, options: RunOptions, onProgress?: (p: ImportProgress) => void): Promise<ParseResult> {
  if (typeof input === 'string') return runText(input, options, onProgress);
  const blob = input instanceof Uint8Array ? new Blob([input as Uint8Array<ArrayBuffer>]) : input;
  try {
    return await runBlob(blob, 'utf-8', options, onProgress);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    const result = await runBlob(blob, 'windows-1252', options, onProgress);
    result.fileIssues.push({
      code: 'encoding',
      severity: 'info',
      row: null,
      message: 'The file is not UTF-8, so it was read as Windows-1252 (what Excel saves as "CSV" on Windows). Check that characters such as £ and accents look right.',
    });
    return result;
  }
}
