// Partner import: parse + map + validate 100k rows × 20 columns (~50 MB, quoted commas, quotes
// and line breaks), through runImport — the code the import worker runs — against PapaParse
// `header: true` parsing alone (the floor) in the same run. Target within 3x, aim 1.5x.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { runImport } from '../../src/features/import/runImport';
import { generatePartnerCsv, parsePostcodeTable } from '../fixtures/import/generatePartnerCsv';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 100_000);
const RUNS = 3;

const categories = (JSON.parse(readFileSync(join(root, 'data/categories.json'), 'utf8')) as { slug: string; label: string }[]).map((c) => ({ slug: c.slug, label: c.label }));
const postcodes = parsePostcodeTable(readFileSync(join(root, 'data/postcodes.csv'), 'utf8'));
const text = generatePartnerCsv({ rows: ROWS, seed: 42, postcodes, categories: categories.map((c) => c.label) });
const bytes = new TextEncoder().encode(text);
const blob = new Blob([bytes]);
console.log(`${ROWS.toLocaleString('en-GB')} rows × 20 columns, ${(bytes.length / 2 ** 20).toFixed(1)} MiB`);

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
async function time(fn: () => unknown): Promise<number> {
  gc();
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let check = 0;
const naive = () => {
  const r = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  check = r.data.length;
};
const papaNoHeader = () => Papa.parse<string[]>(text, { header: false });
let valid = 0;
const oursText = async () => {
  const r = await runImport(text, { categories });
  valid = r.counts.valid;
  if (r.counts.rows !== ROWS) throw new Error(`expected ${ROWS} rows, got ${r.counts.rows}`);
};
const oursBlob = async () => {
  const r = await runImport(blob, { categories });
  if (r.counts.rows !== ROWS) throw new Error(`expected ${ROWS} rows, got ${r.counts.rows}`);
};

await time(naive);
await time(oursText);
const t = { naive: [] as number[], header: [] as number[], text: [] as number[], blob: [] as number[] };
for (let i = 0; i < RUNS; i++) {
  t.naive.push(await time(naive));
  t.header.push(await time(papaNoHeader));
  t.text.push(await time(oursText));
  t.blob.push(await time(oursBlob));
}
if (check !== ROWS) throw new Error(`PapaParse read ${check} rows`);

const line = (label: string, ms: number) =>
  console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round(ROWS / (ms / 1000)).toLocaleString('en-GB').padStart(9)} rows/s  ${(ms / median(t.naive)).toFixed(2)}x`);
line('PapaParse header:true, parse only (naive floor)', median(t.naive));
line('PapaParse header:false, parse only', median(t.header));
line('ours: parse + map + validate (text, as pasted)', median(t.text));
line('ours: decode + parse + map + validate (bytes, as a File)', median(t.blob));
console.log(`valid rows: ${valid.toLocaleString('en-GB')} of ${ROWS.toLocaleString('en-GB')}`);
console.log(`import parse+map+validate (text) / PapaParse header:true = ${(median(t.text) / median(t.naive)).toFixed(2)}`);
console.log(`import decode+parse+map+validate (File) / PapaParse header:true = ${(median(t.blob) / median(t.naive)).toFixed(2)}`);
