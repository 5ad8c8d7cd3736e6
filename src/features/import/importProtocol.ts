// Messages between the page and the import worker.
import type { ImportInput, ImportProgress, ParseResult, RunOptions } from './runImport';

export interface ImportRequest {
  id: number;
  input: ImportInput;
  options: RunOptions;
}

export type ImportResponse =
  { id: number; type: 'progress'; progress: ImportProgress } | { id: number; type: 'result'; result: ParseResult } | { id: number; type: 'error'; message: string };
