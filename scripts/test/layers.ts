// The layers `npm test` runs, in order, each an npm script that also runs on its own.
export interface Layer {
  id: string;
  title: string;
  script: string;
  /** Rough duration on the 2-core development machine, used until this machine has run it. */
  estimateMs: number;
}

export const LAYERS: Layer[] = [
  { id: 'quick', title: 'unit + SQL on PGlite (Vitest)', script: 'test:quick', estimateMs: 45_000 },
  { id: 'pg', title: 'pgTAP on plain Postgres 15', script: 'test:pg', estimateMs: 5_000 },
  { id: 'hosted', title: 'hosted-shape Postgres 15 (CLI push, pgTAP, Vitest)', script: 'test:hosted', estimateMs: 15_000 },
  { id: 'e2e', title: 'end to end in Chromium (build, Playwright)', script: 'test:e2e', estimateMs: 430_000 },
];
