// The resident front door: search, location, filters, and the results as a list and a map side
// by side (switchable on a phone, list first). Everything is derived from the URL and the
// published assets; the list renders from the static file before the map or database is ready.
import { useIsRouting } from '@solidjs/router';
import { Show, Suspense, createEffect, createMemo, createSignal, lazy, onCleanup, onMount, untrack } from 'solid-js';
import type { FilterState, HoursCheck, Relaxation } from '../../domain/filters';
import { EMPTY_FILTERS } from '../../domain/filters';
import { toQueryString } from '../../domain/urlState';
import { usePublished } from '../../app/PublishedProvider';
import { useBackend } from '../../app/BackendProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { createFindState } from './createFindState';
import { createSearchIndex } from './createSearchIndex';
import { createFindResults } from './createFindResults';
import { createPostcodeOffer } from './createPostcodeOffer';
import { createCategoryLinks } from './createCategoryLinks';
import { createMediaQuery } from './createMediaQuery';
import { loadHoursModule, type HoursModule } from '../../domain/hoursModule';
import { setLastFindSearch } from './lastFindSearch';
import { assetIdOfLink, returnPointFor, setReturnPoint, type ReturnPoint } from './returnPoint';
import { resultSummary } from '../../domain/assetFacts';
import { LocationForm } from './LocationForm';
import { FilterPanel, activeFilterCount } from './FilterPanel';
import { ResultList } from './ResultList';
import { NoResults } from './NoResults';
import { SearchOffers } from './SearchOffers';
import { ShareButton } from '../../ui/ShareButton';
import { DownloadResults } from './DownloadResults';
import { SelectedCard } from './SelectedCard';
import { createDemandRecording } from './createDemandRecording';
import { ReachSelect } from './reach/ReachSelect';
import { reachSummary } from './reach/reachWords';
import { t } from './i18n';
import { t as words } from '../../domain/i18n';
import './find.css';

const MapPanel = lazy(() => import('./MapPanel'));

/**
 * Takes the person to the results: focus on their heading, scrolled (the page on a phone, the list
 * beside the map on a wide screen) so that the heading and the first result are both on screen.
 */
function showResults() {
  const heading = document.getElementById('results-heading');
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const first = document.querySelector('.result-list > .result .result-name, .no-results') ?? heading;
  const panel = heading.closest('.find-panel')!.getBoundingClientRect();
  const [top, bottom] = [Math.max(0, panel.top), Math.min(window.innerHeight, panel.bottom)];
  if (heading.getBoundingClientRect().top < top || first.getBoundingClientRect().bottom > bottom) heading.scrollIntoView({ block: 'start' });
}

export default function FindPage() {
  const published = usePublished();
  const find = createFindState();
  const index = createSearchIndex(published.features, published.categories);
  const [now, setNow] = createSignal(new Date());
  const minute = setInterval(() => setNow(new Date()), 60_000);
  onCleanup(() => clearInterval(minute));
  const [hours, setHours] = createSignal<HoursModule | null>(null);
  const hoursCheck = createMemo<HoursCheck | null>(() => hours()?.hoursCheck ?? null);
  onMount(() => void loadHoursModule().then(setHours));

  // A postcode typed into Search is a place to offer, not words to match.
  const postcode = createPostcodeOffer(find.query);
  const searchedNow = (): FilterState => ({ ...find.filters(), q: postcode.words() });
  const searched = createMemo(searchedNow, untrack(searchedNow), {
    equals: (a, b) => toQueryString({ filters: a }) === toQueryString({ filters: b }),
  });
  const results = createFindResults({ features: published.features, index, filters: searched, now, hours: hoursCheck });
  const noResults = () => results.filtered()?.features.length === 0;
  const { backend } = useBackend();
  const demand = createDemandRecording({
    filters: searched,
    filtered: results.filtered,
    categories: published.categories,
    record: (ward, term, token) => backend.api.recordSearchDemand(ward, term, token),
  });
  const categoryLinks = createCategoryLinks({
    categories: published.categories,
    filters: searched,
    features: published.features,
    index,
    now,
    hours: hoursCheck,
    browse: noResults,
  });
  const labels = createMemo(() => new Map(published.categories().map((c) => [c.slug, c.label])));
  const categoryLabel = (slug: string) => labels().get(slug) ?? slug;

  const wide = createMediaQuery('(min-width: 48em)');
  const view = () => (wide() ? 'both' : (find.view() ?? 'list'));
  // Phones fetch the map only when asked for it; once made it stays.
  const [mapWanted, setMapWanted] = createSignal(false);
  createEffect(() => {
    if (view() !== 'list') setMapWanted(true);
  });

  const [flyTo, setFlyTo] = createSignal<{ id: string } | null>(null);
  const [reveal, setReveal] = createSignal<{ id: string } | null>(null);
  const [cardOpen, setCardOpen] = createSignal(false);

  const selectFromList = (id: string) => {
    find.setSel(id);
    setCardOpen(false);
    setFlyTo({ id });
  };
  // On a phone the map comes below the search and the filters: once someone asks for it, bring it
  // onto the screen, under the List and Map buttons, when it has been laid out.
  let viewToggle: HTMLDivElement | undefined;
  const [mapAsked, setMapAsked] = createSignal(false);
  const showMapView = (sel?: string) => {
    setMapAsked(true);
    find.setView('map', sel);
  };
  createEffect(() => {
    if (view() !== 'map' || !mapAsked()) return;
    setMapAsked(false);
    requestAnimationFrame(() => viewToggle?.scrollIntoView({ block: 'start' }));
  });
  const showOnMap = (id: string) => {
    if (wide()) return selectFromList(id);
    // On a phone the list gives way to the map, so the card says which asset is shown.
    showMapView(id);
    setCardOpen(true);
    setFlyTo({ id });
  };
  const selectFromMap = (id: string) => {
    find.setSel(id);
    setCardOpen(true);
    if (view() === 'both') setReveal({ id });
  };

  const selectedFeature = createMemo(() => {
    const id = find.sel();
    if (!id) return null;
    return results.rows().find((r) => r.feature.properties.id === id) ?? null;
  });

  // The live region speaks once typing pauses, not on every keystroke.
  const summary = createMemo(() => {
    if (published.error() && published.features().length === 0) return t('resultsFailed');
    const f = results.filtered();
    if (!f) return t('resultsLoading');
    const reach = reachSummary(find.filters().reach, !!find.filters().near);
    const near = find.filters().near?.label ?? null;
    // "your location" is a marker in the URL, not a place name: it is said in the resident's language.
    const nearName = near === 'your location' ? words('yourLocation') : near;
    const text = resultSummary(f.features.length, postcode.words(), nearName && reach ? `${nearName}, ${reach}` : nearName, activeFilterCount(find.filters()), f.partial);
    return f.hoursPending ? t('checkingHours', { text }) : text;
  });
  const [spoken, setSpoken] = createSignal('');
  let speakTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    const s = summary();
    clearTimeout(speakTimer);
    speakTimer = setTimeout(() => setSpoken(s), 400);
  });
  onCleanup(() => clearTimeout(speakTimer));

  usePageTitle(() => {
    const q = find.query().trim();
    return q ? t('resultsTitle', { q }) : t('pageTitle');
  });
  createEffect(() => setLastFindSearch(find.search()));

  // Suggestions and offers vanish with the results they were for; focus goes to the results
  // they brought.
  const choose = (state: FilterState) => {
    find.replaceFilters(state);
    queueMicrotask(showResults);
  };
  const relax = (r: Relaxation) => choose(r.state);
  const hrefFor = (state: FilterState) => {
    const qs = toQueryString({ ...find.url(), postcode: null, filters: state });
    return qs ? `/?${qs}` : '/';
  };
  // Coming back from an asset: once the results, their opening times (and so their heights) are
  // final and the router has finished (it scrolls the window to the top when it does), show as
  // many as before, scroll as before and focus the link that was followed.
  let panel: HTMLDivElement | undefined;
  const routing = useIsRouting();
  const returning = returnPointFor(untrack(find.search));
  const [restore, setRestore] = createSignal<ReturnPoint | null>(null);
  createEffect(() => {
    const f = results.filtered();
    if (!returning || restore() || routing() || !f || f.hoursPending || !hours()) return;
    setRestore(returning);
    queueMicrotask(() => {
      if (panel) panel.scrollTop = returning.panelScroll;
      window.scrollTo(0, returning.pageScroll);
      const link = document.getElementById(`result-${returning.id}`)?.querySelector<HTMLElement>('.result-name a');
      (link ?? document.getElementById('results-heading'))?.focus({ preventScroll: true });
    });
  });
  const rememberOpened = (e: MouseEvent) => {
    const id = assetIdOfLink((e.target as Element).closest('a')?.getAttribute('href') ?? null);
    if (!id) return;
    const shown = document.querySelectorAll('.result-list > .result').length;
    setReturnPoint({ search: find.search(), id, shown, panelScroll: panel?.scrollTop ?? 0, pageScroll: window.scrollY });
    // The browser's own Back restore would use the scroll it saves when the router pushes the
    // asset page, which is after that page has replaced the list: a wrong place. This entry
    // restores itself instead; the next entry goes back to the browser's default.
    history.scrollRestoration = 'manual';
  };
  onCleanup(() => setTimeout(() => (history.scrollRestoration = 'auto')));

  const clear = () => find.replaceFilters({ ...EMPTY_FILTERS, categories: [], kinds: [], ages: [], access: [], q: find.query(), near: find.filters().near });

  return (
    <div class="find-page" classList={{ 'view-map': view() === 'map', 'view-list': view() === 'list' }} onClick={rememberOpened}>
      <div class="find-panel" ref={panel}>
        <h1 class="find-title">{t('heading')}</h1>
        <form
          role="search"
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            showResults();
          }}
        >
          <div class="field">
            <label for="search">{t('search')}</label>
            <span class="hint" id="search-hint">
              {t('searchHint')}
            </span>
            <div class="inline-controls">
              <input
                id="search"
                name="q"
                type="search"
                autocomplete="off"
                spellcheck={false}
                maxlength="200"
                aria-describedby="search-hint"
                value={find.query()}
                onInput={(e) => find.setQuery(e.currentTarget.value)}
              />
              <button type="submit">{t('searchButton')}</button>
            </div>
          </div>
        </form>
        <LocationForm near={find.filters().near} initialPostcode={find.url().postcode} onNear={(near) => find.setFilters({ near })} />
        <ReachSelect reach={find.filters().reach} hasPlace={!!find.filters().near} onChange={(reach) => find.setFilters({ reach })} />
        <FilterPanel
          filters={find.filters()}
          categories={published.categories()}
          counts={results.counts()}
          onChange={(patch) => find.setFilters(patch)}
          onClear={clear}
        />
        <div class="results-header">
          <h2 id="results-heading" tabindex="-1">
            {t('results')}
          </h2>
          <p class="result-count" aria-hidden="true">
            {summary()}
          </p>
          <p class="visually-hidden" role="status">
            {spoken()}
          </p>
          <ShareButton title={t('shareTitle')} class="share" words={{ button: t('copyLink'), copied: t('copied'), copyThis: (url) => t('copyThis', { url }) }} />
        </div>
        <Show when={published.features().length > 0}>
          <DownloadResults rows={results.rows()} summary={summary()} />
        </Show>
        <SearchOffers
          categories={categoryLinks.named()}
          postcode={postcode.place()}
          words={postcode.words()}
          filters={find.filters()}
          hrefFor={hrefFor}
          onChoose={choose}
        />
        <Show when={!wide()}>
          <div class="view-toggle" role="group" aria-label={t('showResultsAs')} ref={viewToggle}>
            <button type="button" class="secondary" aria-pressed={view() === 'list'} onClick={() => find.setView('list')}>
              {t('list')}
            </button>
            <button type="button" class="secondary" aria-pressed={view() === 'map'} onClick={() => showMapView()}>
              {t('map')}
            </button>
          </div>
        </Show>
        <Show when={view() !== 'map'}>
          <Show when={published.source() !== 'loading' || published.features().length > 0} fallback={<p class="loading">{t('loadingPlaces')}</p>}>
            <ResultList
              rows={results.rows()}
              empty={
                <NoResults
                  query={postcode.words()}
                  queryFindsNothing={results.queryFindsNothing()}
                  relaxations={results.relaxations()}
                  browse={categoryLinks.browse()}
                  hrefFor={hrefFor}
                  onRelax={relax}
                  onChoose={choose}
                />
              }
              categoryLabel={categoryLabel}
              hours={hours()}
              now={now()}
              selected={find.sel()}
              reveal={reveal}
              restore={restore}
              backSearch={find.search()}
              onSelect={selectFromList}
              onShowOnMap={showOnMap}
            />
          </Show>
        </Show>
      </div>
      <Show when={mapWanted()}>
        <div class="find-map" hidden={view() === 'list'}>
          <Suspense fallback={<p class="loading">{t('loadingMap')}</p>}>
            <MapPanel
              features={results.shown}
              categories={published.categories}
              selected={find.sel}
              near={() => find.filters().near}
              visible={() => view() !== 'list'}
              flyTo={flyTo}
              onSelect={selectFromMap}
              onMoved={demand.mapMoved}
            >
              <Show when={cardOpen() && selectedFeature()}>
                {(s) => (
                  <SelectedCard
                    feature={s().feature}
                    distance={s().distance}
                    categoryLabel={categoryLabel}
                    backSearch={find.search()}
                    onClose={() => {
                      setCardOpen(false);
                      find.setSel(null);
                    }}
                  />
                )}
              </Show>
            </MapPanel>
          </Suspense>
        </div>
      </Show>
    </div>
  );
}
