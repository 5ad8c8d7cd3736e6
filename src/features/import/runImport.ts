// The whole read → parse → map → validate pass over one partner file, streamed chunk by chunk.
// The worker runs it; so do the tests and the benchmark in Node, so all three measure and
// check the same code. Nothing here throws on bad input: every problem becomes a file issue
// or a row issue with the row, the column and what was expected.
import { createChunkDecoder, hasUtf8Bom, type TextEncodingName } from './encoding';
import Papa from 'papaparse';
import { hasControlCharacters, stripControlCharacters } from './controlCharacters';
import { createCsvChunkParser, type CsvChunk, type Delimiter } from './csvChunkParser';
import type { Mapping } from './fields';
import { checkMapping, suggestMapping, type MappingProblem, type MappingSuggestion } from './mapping';
import { createRowMapper, type ParsedRow, type RowMapper, type RowOptions, type RowParseProblem, type UnknownCategory } from './rows';
import { isOrukInput, jsonTextOf, type OrukInput } from './oruk/orukInput';
import { orukIssueOf } from './oruk/orukIssues';
import { servicesFromJsonText } from './oruk/orukJson';
import { orukServicesToTable, type OrukService } from './oruk/orukServices';
import { t } from './i18n';
import type { LocaleCode } from '../../i18n';

/** A CSV file or text, or ORUK JSON (a file or text), or services already read from an ORUK feed. */
export type ImportInput = Blob | string | Uint8Array | OrukInput;

export interface RunOptions extends RowOptions {
  /** Column → field. Columns it does not mention get the suggested field. */
  mapping?: Mapping;
  /** Spreadsheet row number of the header; detected when absent (title lines are skipped). */
  headerRow?: number;
  delimiter?: Delimiter;
  /** Bytes (or characters, for text) per chunk; progress is reported once per chunk. */
  chunkSize?: number;
  previewRows?: number;
  /** The language of the messages (the page's; a worker cannot read it). Default: the current one. */
  locale?: LocaleCode;
}

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rows: number;
}

export type FileIssueCode =
  'not_oruk' | 'empty' | 'header_only' | 'duplicate_header' | 'empty_header' | 'title_rows_skipped' | 'unterminated_quote' | 'bad_quotes' | 'encoding';

export interface FileIssue {
  code: FileIssueCode;
  /** error: nothing can be imported until the file is fixed; warning: some rows will not be. */
  severity: 'error' | 'warning' | 'info';
  row: number | null;
  column?: string;
  message: string;
}

export interface ParseResult {
  encoding: TextEncodingName | 'text' | 'json';
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
// Text is decoded and parsed in pieces of at most this many bytes (or characters). A streaming
// TextDecoder hands back a piece of 1 MiB or more as an external two-byte string (Node 20 does;
// measured), so every cell cut from it is two-byte too and the whole parse, map and validate pass
// ran ~40% slower on a File than on the same text (tests/bench/import.bench.ts). Below it, pieces
// are ordinary one-byte strings; smaller pieces also make PapaParse re-join a shorter
// carried-over row with each one, which speeds up pasted text too (~10%).
const DECODE_PIECE = 1 << 18;

/** "Tel", "Tel" → "Tel", "Tel (2)"; an empty header becomes "Column 5". */
export function uniqueHeaders(raw: readonly string[]): { headers: string[]; issues: FileIssue[] } {
  const headers: string[] = [];
  const issues: FileIssue[] = [];
  const used = new Set<string>();
  raw.forEach((h, i) => {
    let name = h.replace(/^\uFEFF/, '').trim();
    if (name === '') {
      name = `Column ${i + 1}`;
      issues.push({ code: 'empty_header', severity: 'info', row: null, column: name, message: t('fileNoHeaderName', { column: i + 1, name }) });
    }
    if (used.has(name)) {
      let n = 2;
      while (used.has(`${name} (${n})`)) n++;
      const renamed = `${name} (${n})`;
      issues.push({
        code: 'duplicate_header',
        severity: 'warning',
        row: null,
        column: renamed,
        message: t('fileDuplicateHeader', { name, column: i + 1, renamed }),
      });
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
function createRowSink(options: RunOptions, delimiterOf: () => Delimiter | null) {
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
  /** Control characters seen in the text pushed so far: from then on every row's cells are cleaned. */
  let dirty = false;

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
        message: t('fileTitleRows', { rows: skippedTitles, header: row }),
      });
    }
  }

  function dataRow(cells: string[], row: number, problems?: RowParseProblem[]) {
    if (isBlank(cells) && !problems) return;
    if (preview.length < previewRows) preview.push(cells.slice());
    rows.push(mapper!.map(cells, row, problems));
  }

  /** Called with each piece of text before it is parsed. */
  function noteText(text: string) {
    if (!dirty && hasControlCharacters(text)) dirty = true;
  }

  function cleaned(cells: string[], problems: RowParseProblem[] | undefined): RowParseProblem[] | undefined {
    if (!dirty) return problems;
    for (const c of stripControlCharacters(cells)) (problems ??= []).push({ code: 'ControlChars', ...c });
    return problems;
  }

  /**
   * A quote never closed swallows the rest of the file into the row's last cell. That cell keeps
   * the row's own line; the lines after it are read as the rows they were, so each can be named.
   */
  function swallowedBy(cells: string[]): string[][] {
    const last = cells.length - 1;
    const text = cells[last] ?? '';
    const nl = text.search(/\r?\n/);
    if (nl === -1) return [];
    cells[last] = text.slice(0, nl);
    const rest = text.slice(nl + (text[nl] === '\r' ? 2 : 1));
    return Papa.parse<string[]>(rest, { delimiter: delimiterOf() ?? ',' }).data.filter((r) => !isBlank(r));
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
      let problems = problemsAt?.get(i);
      const swallowed = problems?.some((p) => p.code === 'MissingQuotes') ? swallowedBy(cells) : null;
      problems = cleaned(cells, problems);
      if (problems) noteQuoteProblems(problems, cells, row, swallowed?.length ?? 0);
      if (mapper) {
        dataRow(cells, row, problems);
        if (swallowed) swallowed.forEach((s, k) => dataRow(s, row + 1 + k, cleaned(s, [{ code: 'Swallowed', by: row }])));
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

  function noteQuoteProblems(problems: RowParseProblem[], cells: string[], row: number, swallowed: number) {
    for (const p of problems) {
      if (p.code === 'MissingQuotes') {
        p.swallowed = swallowed;
        const column = headers[cells.length - 1];
        fileIssues.push({ code: 'unterminated_quote', severity: 'warning', row, column, message: t('fileQuoteOpen', { row, column, swallowed }) });
      } else if (p.code === 'InvalidQuotes') {
        fileIssues.push({
          code: 'bad_quotes',
          severity: 'warning',
          row,
          message: t('fileBadQuotes', { row }),
        });
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
        message: options.headerRow !== undefined ? t('fileNoSuchHeaderRow', { row: options.headerRow }) : t('fileEmpty'),
      });
    } else if (rows.length === 0) {
      fileIssues.unshift({
        code: 'header_only',
        severity: 'error',
        row: headerRow,
        message: t('fileHeaderOnly', { headers }),
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

  return {
    accept,
    noteText,
    finish,
    get rowCount() {
      return rows.length;
    },
  };
}

function runText(text: string, options: RunOptions, onProgress?: (p: ImportProgress) => void): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sink = createRowSink(options, () => parser.delimiter);
  const parser = createCsvChunkParser(sink.accept, { delimiter: options.delimiter });
  const size = options.chunkSize ?? DEFAULT_CHUNK;
  for (let at = 0; at < body.length; at += size) {
    for (let from = at; from < Math.min(body.length, at + size); from += DECODE_PIECE) {
      const text = body.slice(from, Math.min(from + DECODE_PIECE, at + size));
      sink.noteText(text);
      parser.push(text);
    }
    onProgress?.({ bytesRead: Math.min(body.length, at + size), totalBytes: body.length, rows: sink.rowCount });
  }
  parser.end();
  return sink.finish('text', parser.delimiter);
}

class NotUtf8 extends Error {}

async function runBlob(blob: Blob, encoding: TextEncodingName, options: RunOptions, onProgress?: (p: ImportProgress) => void): Promise<ParseResult> {
  const sink = createRowSink(options, () => parser.delimiter);
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
    const last = at + size >= blob.size;
    for (let from = 0; from < bytes.length || from === 0; from += DECODE_PIECE) {
      const piece = bytes.subarray(from, from + DECODE_PIECE);
      let text: string;
      try {
        text = decoder.decode(piece, last && from + DECODE_PIECE >= bytes.length);
      } catch {
        throw new NotUtf8();
      }
      sink.noteText(text);
      parser.push(text);
      if (bytes.length === 0) break;
    }
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
  if (isOrukInput(input)) return runOruk(input.oruk, options, onProgress);
  const blob = input instanceof Uint8Array ? new Blob([input as Uint8Array<ArrayBuffer>]) : input;
  const json = await jsonTextOf(blob);
  if (json !== null) {
    const read = servicesFromJsonText(json);
    if (!read.ok) return notOruk(read.message, options);
    return runOruk(read.services, options, onProgress);
  }
  if (typeof blob === 'string') return runText(blob, options, onProgress);
  try {
    return await runBlob(blob, 'utf-8', options, onProgress);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    const result = await runBlob(blob, 'windows-1252', options, onProgress);
    result.fileIssues.push({
      code: 'encoding',
      severity: 'info',
      row: null,
      message: t('fileWindows1252'),
    });
    return result;
  }
}

/**
 * ORUK services → the same rows, issues and counts as a file: the services become a table whose
 * columns are our field names, read by the same row mapper, and the problems only the ORUK record
 * shows (a schedule opening hours cannot say) join the rows' own.
 */
function runOruk(services: readonly OrukService[], options: RunOptions, onProgress?: (p: ImportProgress) => void): ParseResult {
  const table = orukServicesToTable(services, options.categories);
  const sink = createRowSink(options, () => null);
  sink.accept({ rows: [table.headers, ...table.rows], firstIndex: 0, errors: [] });
  const result = sink.finish('json', null);
  const byRow = new Map(result.rows.map((r) => [r.row, r]));
  for (const note of table.notes) {
    const row = byRow.get(note.index + 2);
    if (!row) continue;
    const issue = orukIssueOf(note, result.mapping);
    (row.issues ??= []).push(issue);
    row.cells ??= table.rows[note.index];
  }
  result.counts.withWarnings = result.rows.filter((r) => r.issues?.some((i) => i.severity === 'warning')).length;
  if (services.length === 0) {
    result.fileIssues = [{ code: 'empty', severity: 'error', row: null, message: t('orukNoServices') }];
  }
  onProgress?.({ bytesRead: 1, totalBytes: 1, rows: result.rows.length });
  return result;
}

/** JSON that is not ORUK services: nothing to map, with the reason as the one fatal issue. */
function notOruk(message: string, options: RunOptions): ParseResult {
  const sink = createRowSink(options, () => null);
  const result = sink.finish('json', null);
  result.fileIssues = [{ code: 'not_oruk', severity: 'error', row: null, message }];
  return result;
}
