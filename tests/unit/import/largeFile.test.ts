// A 50 MB partner file goes through the same streamed path as a File in the worker: read in
// 1 MiB slices, decoded, parsed and validated chunk by chunk, without crashing. Generated in
// memory so no large file is committed.
import { describe, expect, it } from 'vitest';
import { runImport, type ImportProgress } from '../../../src/features/import/runImport';
import { generatePartnerCsv, parsePostcodeTable } from '../../fixtures/import/generatePartnerCsv';
import { categories, postcodeTable } from './helpers';

describe('a 50 MB file', () => {
  it('is read in chunks with progress, and every row is counted', async () => {
    const rows = 95_000;
    const text = generatePartnerCsv({ rows, seed: 7, postcodes: parsePostcodeTable(postcodeTable), categories: categories.map((c) => c.label) });
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024);

    const progress: ImportProgress[] = [];
    const r = await runImport(bytes, { categories }, (p) => progress.push(p));

    expect(r.encoding).toBe('utf-8');
    expect(r.counts).toMatchObject({ rows, valid: rows, invalid: 0 });
    expect(r.unmappedColumns).toEqual(['Last updated']);
    expect(progress.length).toBeGreaterThanOrEqual(50);
    expect(progress.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, rows });
    expect(progress.every((p, i) => i === 0 || p.bytesRead > progress[i - 1].bytesRead)).toBe(true);
    // Quoted line breaks survived the chunk boundaries.
    expect(r.rows.filter((x) => x.asset.description.includes('\n')).length).toBeGreaterThan(rows * 0.2);
  });
});
