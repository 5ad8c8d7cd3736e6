// `npm test`: installs missing system programs (scripts/system/), prints the plan, runs every
// layer (scripts/test/layers.ts), even after one fails, so one run reports everything, and ends
// with tests and time per layer. `npm test -- quick hosted` runs only the layers named.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './localDatabase';
import { ensureSystem } from './system/ensureSystem';
import { countTests } from './test/countTests';
import { LAYERS, type Layer } from './test/layers';
import { formatPlan, formatSummary, type LayerResult } from './test/report';

const DURATIONS = join(repoRoot, 'node_modules', '.cache', 'common-ground', 'test-durations.json');

async function main(only: string[]): Promise<number> {
  const unknown = only.filter((id) => !LAYERS.some((l) => l.id === id));
  if (unknown.length > 0) throw new Error(`Unknown layer ${unknown.join(', ')}; layers: ${LAYERS.map((l) => l.id).join(', ')}`);
  const layers = only.length > 0 ? LAYERS.filter((l) => only.includes(l.id)) : LAYERS;
  if (!ensureSystem()) return 1;

  const lastRun = readDurations();
  console.log(formatPlan(layers, lastRun, new Set(layers.map((l) => l.id).filter((id) => id in lastRun))));
  const results: LayerResult[] = [];
  for (const layer of layers) {
    console.log(`\n=== ${layer.title}: npm run ${layer.script}\n`);
    results.push(await runLayer(layer));
  }
  writeDurations({ ...lastRun, ...Object.fromEntries(results.map((r) => [r.layer.id, Math.round(r.ms)])) });
  console.log(formatSummary(results));
  return results.every((r) => r.code === 0) ? 0 : 1;
}

/** Runs the layer's npm script, showing its output as it comes and keeping it to count tests. */
function runLayer(layer: Layer): Promise<LayerResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const color = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
    const child = spawn('npm', ['run', '--silent', layer.script], { cwd: repoRoot, env: { ...process.env, ...color }, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ layer, code: code ?? 1, ms: performance.now() - started, count: countTests(output) }));
  });
}

function readDurations(): Record<string, number> {
  try {
    return existsSync(DURATIONS) ? (JSON.parse(readFileSync(DURATIONS, 'utf8')) as Record<string, number>) : {};
  } catch {
    return {};
  }
}

function writeDurations(durations: Record<string, number>) {
  mkdirSync(dirname(DURATIONS), { recursive: true });
  writeFileSync(DURATIONS, JSON.stringify(durations, null, 2));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
