// Shared test inputs: our real categories and the repo's postcode table, read from data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CategoryOption } from '../../../src/features/import/rows';

export const root = join(__dirname, '../../..');
export const fixture = (name: string) => new Uint8Array(readFileSync(join(root, 'tests/fixtures/import', name)));
export const categories: CategoryOption[] = (JSON.parse(readFileSync(join(root, 'data/categories.json'), 'utf8')) as CategoryOption[]).map((c) => ({
  slug: c.slug,
  label: c.label,
  parent: c.parent ?? null,
  kind: c.kind ?? null,
  aliases: c.aliases ?? [],
}));
export const postcodeTable = readFileSync(join(root, 'data/postcodes.csv'), 'utf8');
