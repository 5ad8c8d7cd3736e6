// The planner workspace: where are people further than a walk from the help they need, and how
// deprived are those places? Settings (in the URL) → coverage in a worker → map, worst gaps, a
// summary by area, how the figures are worked out, exports that say the same; planners can also
// load their own areas.
import { useSearchParams } from '@solidjs/router';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { Show, createEffect, createMemo, createSignal, on } from 'solid-js';
import { gapCellsCsv, gapsGeoJSON, wardSummaryCsv } from '../../geo/coverageExports';
import { methodLines, type Provenance } from '../../geo/coverageMethod';
import { useBackend } from '../../app/BackendProvider';
import { usePublished } from '../../app/PublishedProvider';
import { makeTaxonomy } from '../../domain/taxonomy';
import { usePageTitle } from '../../ui/usePageTitle';
import { AreaSummary } from './AreaSummary';
import { CoverageMap } from './CoverageMap';
import { GapList } from './GapList';
import { LoadAreasPanel } from './LoadAreasPanel';
import { MethodNote } from './MethodNote';
import { SettingsPanel } from './SettingsPanel';
import { DemandPanel } from './demand/DemandPanel';
import { gapName, rankGaps, type RankedGap } from './cellFeatures';
import { chooseAssets, layerOptions } from './chooseAssets';
import { createAreaSets } from './createAreaSets';
import { describeSettings } from './describeSettings';
import { createPlanData } from './planData';
import { createCatchments } from './createCatchments';
import { PHASE_LABELS, createCoverageRun } from './createCoverageRun';
import { t } from './i18n';
import { downloadText } from '../../ui/download';
import { readPlanSettings, settingsTag, writePlanSettings, type PlanSettings } from './planSettings';
import './plan.css';

/** Candidates asked of the engine, re-ranked here under the planner's emphasis. */
const GAP_CANDIDATES = 50;
const GAPS_SHOWN = 10;

export default function PlanPage() {
  const { backend, me, reads } = useBackend();
  const published = usePublished();
  usePageTitle(() => t('pageTitle'));
  const [params, setParams] = useSearchParams();
  const settings = createMemo(() => readPlanSettings(params));
  const update = (patch: Partial<PlanSettings>) => setParams(writePlanSettings({ ...settings(), ...patch }), { replace: true });

  const areas = createAreaSets(reads);
  const planData = createPlanData();
  const isPlanner = () => me()?.staff_role === 'planner' || me()?.staff_role === 'admin';

  // Each input is its own memo so that, say, a new emphasis re-colours without re-running.
  const distance = createMemo(() => settings().distance);
  const cell = createMemo(() => settings().cell);
  const level = createMemo(() => (settings().level === 'custom' && !areas.byKind('custom') ? 'ward' : settings().level));
  const emphasis = createMemo(() => settings().emphasis);
  const assetFilter = createMemo(() => {
    const s = settings();
    return JSON.stringify([s.categories, s.kinds, s.source, s.batch, s.checkedMonths, s.includeSample]);
  });
  // "Checked within N months" counts back from when the page opened, so a figure does not drift while it is open.
  const openedAt = new Date();
  const taxonomy = createMemo(() => makeTaxonomy(published.categories()));
  const chosenFeatures = createMemo(on([assetFilter, published.features, taxonomy], () => chooseAssets(published.features(), settings(), openedAt, taxonomy())));
  const chosen = createMemo(() => chosenFeatures().map((f) => ({ lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] })));
  const layers = createMemo(() => layerOptions(published.features(), settings().source));

  const runParams = createMemo(() => {
    const outline = areas.outline();
    const lsoa = areas.byKind('lsoa');
    const summary = areas.byKind(level());
    const homes = planData.homes();
    if (!outline || !lsoa || !summary || homes === undefined || published.source() === 'loading') return null;
    return { outline, areas: lsoa, wards: summary, homes, cellSide: cell(), assets: chosen(), threshold: distance(), topGaps: GAP_CANDIDATES };
  });
  // eslint-disable-next-line solid/reactivity -- createCoverageRun reads the accessor in its own effect
  const run = createCoverageRun(runParams);
  const result = run.result;
  const gaps = createMemo(() => (result() ? rankGaps(result()!, emphasis(), GAPS_SHOWN, planData.places()) : []));
  const [selectedRank, setSelectedRank] = createSignal<number | null>(null);
  createEffect(on(result, () => setSelectedRank(null), { defer: true }));
  const selectedGap = () => gaps().find((g) => g.rank === selectedRank()) ?? null;

  const catchmentInput = createMemo(() => (settings().catchments ? { assets: chosen(), radius: distance() } : null));
  // eslint-disable-next-line solid/reactivity -- createCatchments reads the accessor in its own effect
  const catchment = createCatchments(catchmentInput);

  let map: MapLibreMap | undefined;
  const [mapMade, setMapMade] = createSignal<MapLibreMap>();
  const [announcement, setAnnouncement] = createSignal('');
  const zoomTo = (g: RankedGap) => {
    setSelectedRank(g.rank);
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    map?.fitBounds(
      [
        [g.bbox[0], g.bbox[1]],
        [g.bbox[2], g.bbox[3]],
      ],
      { padding: 60, maxZoom: 15, animate: !reduce },
    );
    // Keyboard users land on the map, where arrow keys pan and +/− zoom; the status says where.
    map?.getCanvas().focus();
    setAnnouncement(t('zoomedTo', { rank: g.rank, name: gapName(g), people: Math.round(g.population) }));
  };

  const areaWord = () => (level() === 'ward' ? 'Ward' : level() === 'lsoa' ? 'LSOA' : 'Area');
  const method = createMemo(() => {
    const r = result();
    if (!r) return [];
    return methodLines({
      threshold: r.totals.threshold,
      cellSide: r.totals.cellSide,
      areaWord: areaWord() === 'LSOA' ? 'LSOA' : areaWord().toLowerCase(),
      placement: r.totals.placement,
      homesLoaded: planData.homes() !== null,
      lsoasShipped: areas.shipped('lsoa'),
      summaryShipped: areas.shipped(level()),
    });
  });
  const areaGap = (g: RankedGap) => (g.wardIndex >= 0 ? (result()?.wards[g.wardIndex]?.gapPopulation ?? null) : null);
  const outsideNames = createMemo(() => {
    const r = result();
    const features = chosenFeatures();
    if (!r || r.assetWard.length !== features.length) return [];
    return features.filter((_, i) => r.assetWard[i] < 0).map((f) => f.properties.name);
  });
  const tag = () => settingsTag({ ...settings(), level: level() });
  const provenance = (title: string): Provenance => ({
    title,
    generatedAt: new Date(),
    link: window.location.href,
    settings: describeSettings({ ...settings(), level: level() }, published.categories(), chosen().length, openedAt),
    method: method(),
  });
  const exportGaps = () => gaps().map((g) => ({ rank: g.rank, name: gapName(g), cells: g.cells }));
  const byWhat = () => `by ${areaWord() === 'LSOA' ? 'LSOA' : areaWord().toLowerCase()}`;
  const exportCsv = () => downloadText(`coverage-summary-${tag()}.csv`, wardSummaryCsv(result()!.wards, provenance(`Coverage ${byWhat()}`)));
  const exportGeoJSON = () =>
    downloadText(
      `coverage-gaps-${tag()}.geojson`,
      JSON.stringify(gapsGeoJSON(result()!, { gaps: exportGaps(), provenance: provenance('Gap cells') })),
      'application/geo+json',
    );
  const exportGapCsv = () => downloadText(`coverage-gap-cells-${tag()}.csv`, gapCellsCsv(result()!, { gaps: exportGaps(), provenance: provenance('Gap cells') }));

  const progressText = () => {
    const p = run.progress();
    return p ? `${PHASE_LABELS[p.phase]}… ${Math.round(p.value * 100)}%` : '';
  };
  const doneText = () => {
    const r = result();
    if (!r) return '';
    const totals = r.totals;
    // A change of assets or distance reuses the grid and population (the engine's cache): say so.
    return t('done', {
      population: totals.population,
      atPostcodes: !!planData.homes(),
      assets: totals.assets,
      ms: run.elapsed() ?? 0,
      reused: totals.timings.grid === 0 && totals.timings.population === 0,
      pct: totals.pctWithin ?? 0,
      threshold: totals.threshold,
    });
  };

  return (
    <div class="plan-page">
      <div class="plan-side">
        <h1>{t('pageTitle')}</h1>
        <p class="plan-intro">{t('intro')}</p>
        <SettingsPanel
          settings={settings}
          update={update}
          categories={published.categories}
          customAvailable={() => !!areas.byKind('custom')}
          assetCount={() => chosen().length}
          layers={layers}
        />
        <DemandPanel api={backend.api} wards={() => areas.byKind('ward') ?? null} map={mapMade} />
        <Show when={isPlanner()}>
          <LoadAreasPanel
            api={backend.api}
            onLoaded={(kind) => {
              areas.refresh();
              if (kind === 'custom') update({ level: 'custom' });
            }}
          />
        </Show>
      </div>
      <div class="plan-main">
        <div class="plan-status">
          <Show when={run.running()}>
            <label for="plan-progress">{progressText() || t('starting')}</label>
            <progress id="plan-progress" max="100" value={Math.round((run.progress()?.value ?? 0) * 100)} />
          </Show>
          <p role="status" class="plan-done">
            {run.running() ? '' : doneText()}
          </p>
          <Show when={run.error() || areas.error()}>
            <p class="error-message" role="alert">
              {t('couldNotRun', { reason: (run.error() ?? areas.error())! })}
            </p>
          </Show>
          <Show when={settings().level === 'custom' && !areas.byKind('custom')}>
            <p class="notice">{t('noCustomAreas')}</p>
          </Show>
          <Show when={planData.homesError()}>
            <p class="notice" role="alert">
              {t('homesError', { reason: planData.homesError()! })}
            </p>
          </Show>
          <Show when={settings().catchments && (catchment.busy() || catchment.truncated())}>
            <p class="hint">
              {catchment.busy() ? t('drawingCatchments') : t('catchmentsTruncated', { used: catchment.truncated()!.used, of: catchment.truncated()!.of })}
            </p>
          </Show>
        </div>
        <CoverageMap
          outline={areas.outline}
          result={result}
          emphasis={emphasis}
          assets={chosen}
          showCatchments={() => settings().catchments}
          catchment={catchment.union}
          selectedGap={selectedGap}
          onMap={(m) => {
            map = m;
            setMapMade(m);
          }}
        />
        <p class="visually-hidden" aria-live="polite">
          {announcement()}
        </p>
        <Show when={result()}>
          {(r) => (
            <div class="plan-results">
              <GapList gaps={gaps} selected={selectedRank} onZoom={zoomTo} areaGap={areaGap} />
              <section class="plan-export" aria-labelledby="plan-export-title">
                <h2 id="plan-export-title">{t('export')}</h2>
                <p class="hint">{t('filesNamed', { tag: tag() })}</p>
                <div class="button-row">
                  <button type="button" class="secondary" onClick={exportCsv}>
                    {t('downloadSummary')}
                  </button>
                  <button type="button" class="secondary" onClick={exportGeoJSON}>
                    {t('downloadGaps')}
                  </button>
                  <button type="button" class="secondary" onClick={exportGapCsv}>
                    {t('downloadGapCells')}
                  </button>
                </div>
              </section>
              <AreaSummary rows={() => r().wards} totals={() => r().totals} areaWord={areaWord()} outsideNames={outsideNames} />
              <MethodNote lines={method} />
            </div>
          )}
        </Show>
      </div>
    </div>
  );
}
