// The template a partner downloads: one column per field we import, named as our fields so
// it maps without any choices, and one example row; plus a sheet explaining each column.
import { toCsv } from '../../domain/csvCell';
import { FIELDS } from './fields';

export interface TemplateColumn {
  column: string;
  label: string;
  required: string;
  format: string;
  example: string;
}

export function templateColumns(): TemplateColumn[] {
  return FIELDS.filter((f) => f.inTemplate).map((f) => ({ column: f.field, label: f.label, required: f.required, format: f.format, example: f.example }));
}

export function templateCsv(): string {
  const cols = templateColumns();
  return toCsv([cols.map((c) => c.column), cols.map((c) => c.example)]);
}

export function templateExplanationsCsv(): string {
  return toCsv([['column', 'what it is', 'required?', 'format', 'example'], ...templateColumns().map((c) => [c.column, c.label, c.required, c.format, c.example])]);
}
