// What `npm test` prints before it starts (the plan) and when it ends (the summary).
import type { TestCount } from './countTests';
import type { Layer } from './layers';

export interface LayerResult {
  layer: Layer;
  /** Exit code of the layer's npm script. */
  code: number;
  ms: number;
  count: TestCount;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function formatPlan(layers: Layer[], estimates: Record<string, number>, measured: Set<string>): string {
  const total = layers.reduce((sum, l) => sum + (estimates[l.id] ?? l.estimateMs), 0);
  const width = Math.max(...layers.map((l) => l.title.length));
  return [
    `npm test: ${layers.length} layers, about ${formatDuration(total)} (${measured.size === layers.length ? 'as the last run on this machine' : 'rough estimates'})`,
    ...layers.map((l, i) => `  ${i + 1}. ${l.title.padEnd(width)}  ${`~${formatDuration(estimates[l.id] ?? l.estimateMs)}`.padEnd(12)}  npm run ${l.script}`),
    '',
  ].join('\n');
}

export function formatSummary(results: LayerResult[]): string {
  const width = Math.max(...results.map((r) => r.layer.title.length));
  const lines = results.map((r) => {
    const outcome =
      r.code !== 0 ? `FAILED (${r.count.failed > 0 ? `${r.count.failed} of ${r.count.total} tests failed` : `exit ${r.code}`})` : `${r.count.total} tests passed`;
    return `  ${r.layer.title.padEnd(width)}  ${outcome.padEnd(32)} ${formatDuration(r.ms)}`;
  });
  const failed = results.filter((r) => r.code !== 0);
  const total = results.reduce((sum, r) => sum + r.ms, 0);
  const tests = results.reduce((sum, r) => sum + r.count.total, 0);
  const verdict = failed.length === 0 ? `all ${tests} tests passed` : `FAILED: ${failed.map((r) => `npm run ${r.layer.script}`).join(', ')}`;
  return ['', 'npm test summary', ...lines, `  ${verdict}, ${formatDuration(total)} in all`, ''].join('\n');
}
