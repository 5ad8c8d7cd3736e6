// Runs the coverage analysis in its worker whenever its inputs change, with progress. Only the
// newest run's answer is shown (the client cancels older ones), so the page never flickers back
// to a stale result while a planner clicks through settings.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { CoveragePhase, CoverageResult } from '../../geo/coverage';
import { CoverageCancelled, createCoverageClient, type CoverageClient, type CoverageRunParams } from '../../lib/coverage/coverageClient';

// Rough shares of the work per phase on a cold run, so the bar moves evenly.
const PHASES: [CoveragePhase, number][] = [
  ['grid', 0.1],
  ['population', 0.35],
  ['index', 0.05],
  ['nearest', 0.3],
  ['summary', 0.1],
  ['gaps', 0.1],
];

export const PHASE_LABELS: Record<CoveragePhase, string> = {
  grid: 'Building the hexagon grid',
  population: 'Placing people at their postcodes',
  index: 'Indexing assets',
  nearest: 'Measuring each home’s distance to the nearest asset',
  summary: 'Summarising by area',
  gaps: 'Finding the worst gaps',
};

/** Overall progress 0–1 from one phase's own fraction. */
export function overallProgress(phase: CoveragePhase, fraction: number): number {
  let done = 0;
  for (const [p, share] of PHASES) {
    if (p === phase) return Math.min(1, done + share * Math.max(0, Math.min(1, fraction)));
    done += share;
  }
  return done;
}

export interface CoverageRun {
  result: Accessor<CoverageResult | null>;
  running: Accessor<boolean>;
  progress: Accessor<{ phase: CoveragePhase; value: number } | null>;
  error: Accessor<string | null>;
  /** Wall time of the last finished run, in milliseconds. */
  elapsed: Accessor<number | null>;
}

export function createCoverageRun(params: Accessor<CoverageRunParams | null>, client: CoverageClient = createCoverageClient()): CoverageRun {
  const [result, setResult] = createSignal<CoverageResult | null>(null);
  const [running, setRunning] = createSignal(false);
  const [progress, setProgress] = createSignal<{ phase: CoveragePhase; value: number } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [elapsed, setElapsed] = createSignal<number | null>(null);
  onCleanup(() => client.dispose());

  createEffect(() => {
    const p = params();
    if (!p) return;
    const started = performance.now();
    setRunning(true);
    setProgress({ phase: 'grid', value: 0 });
    client
      .run(p, (phase, fraction) => setProgress({ phase, value: overallProgress(phase, fraction) }))
      .then((r) => {
        setResult(r);
        setError(null);
        setElapsed(Math.round(performance.now() - started));
        setRunning(false);
        setProgress(null);
      })
      .catch((e: Error) => {
        if (e instanceof CoverageCancelled) return;
        setError(e.message);
        setRunning(false);
        setProgress(null);
      });
  });

  return { result, running, progress, error, elapsed };
}
