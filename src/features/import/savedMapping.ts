// A partner's saved mapping as the engine takes it, and back. Saved mappings are JSON from the
// database, so anything that is no longer one of our fields (renamed since) is dropped rather
// than trusted, and columns the file does not have are ignored.
import type { SavedMapping } from '../../backend/api';
import { isImportField, type Mapping } from './fields';

/** The saved column → field pairs that this file's headers can use; null means "do not import". */
export function mappingFromSaved(saved: SavedMapping | undefined): Mapping | undefined {
  if (!saved) return undefined;
  const out: Mapping = {};
  for (const [column, field] of Object.entries(saved.mapping ?? {})) {
    if (field === '' || field === null) out[column] = null;
    else if (isImportField(field)) out[column] = field;
  }
  return out;
}

/** What api.save_mapping stores: every column, '' for the ones left out. */
export function mappingToSave(mapping: Mapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [column, field] of Object.entries(mapping)) out[column] = field ?? '';
  return out;
}

/** The saved mapping for a partner, matched without regard to case or surrounding spaces. */
export function findSaved(saved: readonly SavedMapping[], partner: string): SavedMapping | undefined {
  const key = partner.trim().toLowerCase();
  return saved.find((s) => s.partner.trim().toLowerCase() === key);
}
