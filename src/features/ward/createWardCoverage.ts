// The planner's coverage figures for one ward and each main service type, run in the planner's
// own worker (lib/coverage): the people are placed once, then each service type is measured in
// turn, so the page fills in row by row without blocking the listings above it.
import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import { DEFAULT_CELL_SIDE, DEFAULT_THRESHOLD } from '../../geo/coverage';
import type { OutlineFeature } from '../../geo/hexLattice';
import type { WardRow } from '../../geo/summariseWards';
import type { Taxonomy } from '../../domain/taxonomy';
import type { AreaCollection, AssetFeature } from '../../domain/types';
import { CoverageCancelled, createCoverageClient, type CoverageClient } from '../../lib/coverage/coverageClient';
import { listingsOfType, serviceTypesIn } from './serviceTypes';

export interface WardCoverageInputs {
  code: string;
  outline: OutlineFeature;
  lsoas: AreaCollection;
  wards: AreaCollection;
  homes: Float64Array | null;
  features: readonly AssetFeature[];
  taxonomy: Taxonomy;
}

export interface ServiceCoverage {
  slug: string;
  row: WardRow;
}

export interface WardCoverage {
  rows: Accessor<ServiceCoverage[]>;
  /** How many service types are to be measured (rows().length of them are done). */
  total: Accessor<number>;
  error: Accessor<string | null>;
}

export function createWardCoverage(inputs: Accessor<WardCoverageInputs | null>, client: CoverageClient = createCoverageClient()): WardCoverage {
  const [rows, setRows] = createSignal<ServiceCoverage[]>([]);
  const [total, setTotal] = createSignal(0);
  const [error, setError] = createSignal<string | null>(null);
  let generation = 0;
  onCleanup(() => {
    generation++;
    client.dispose();
  });

  createEffect(() => {
    const p = inputs();
    const mine = ++generation;
    setRows([]);
    setError(null);
    if (!p) return setTotal(0);
    const types = serviceTypesIn(p.taxonomy);
    setTotal(types.length);
    void (async () => {
      for (const slug of types) {
        try {
          const result = await client.run({
            outline: p.outline,
            areas: p.lsoas,
            wards: p.wards,
            homes: p.homes,
            cellSide: DEFAULT_CELL_SIDE,
            assets: listingsOfType(p.features, p.taxonomy, slug),
            threshold: DEFAULT_THRESHOLD,
            topGaps: 1,
          });
          if (mine !== generation) return;
          const row = result.wards.find((w) => w.code === p.code);
          if (row) setRows((prev) => [...prev, { slug, row }]);
        } catch (e) {
          if (mine !== generation || e instanceof CoverageCancelled) return;
          setError((e as Error).message);
          return;
        }
      }
    })();
  });

  return { rows, total, error };
}
