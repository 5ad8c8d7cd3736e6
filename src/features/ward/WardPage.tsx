// One neighbourhood (/ward/:code): its listings by category, its people (with their ages), how far
// they are from the main services (the planner's own figures, worked out in the planner's worker),
// and the wards around it. Printed, it is a one-page leaflet: key figures, a line of ages and the
// listings by category, each with a QR code back to the page; no map, navigation or buttons.
import { A, useParams } from '@solidjs/router';
import { For, Show, createEffect, createMemo } from 'solid-js';
import { usePublished } from '../../app/PublishedProvider';
import { residentPaths, wardListPath, wardPath } from '../../app/paths';
import { categoryLabel, makeTaxonomy } from '../../domain/taxonomy';
import { DEFAULT_THRESHOLD } from '../../geo/coverage';
import { areasOfPoints } from '../../geo/areasOfPoints';
import { formatNumber } from '../../i18n';
import { QrCode } from '../../ui/QrCode';
import { usePageTitle } from '../../ui/usePageTitle';
import { ShareButton } from '../../ui/ShareButton';
import { createWardCoverage } from './createWardCoverage';
import { t } from './i18n';
import { createHomes, createWardData } from './wardData';
import { summariseWard, type AgeBandPeople, type CategoryListings, type WardSummary } from './wardSummary';
import { WardDemand } from './demand/WardDemand';
import './ward.css';

/** Listings a printed leaflet names under each category; the QR code leads to the rest. */
const PRINTED_PER_CATEGORY = 4;

const pct = (n: number | null) => (n === null ? t('nobodyLives') : formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
/** A share from 0 to 1 as a percentage, one decimal: "21.8%". */
const share = (n: number) => formatNumber(n, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export default function WardPage() {
  const params = useParams<{ code: string }>();
  const published = usePublished();
  const areas = createWardData();
  const { homes } = createHomes();
  const taxonomy = createMemo(() => makeTaxonomy(published.categories()));
  const listingsReady = () => published.source() !== 'loading';

  const featureWard = createMemo(() => {
    const d = areas.data();
    return d
      ? areasOfPoints(
          d.outline,
          d.wards,
          published.features().map((f) => f.geometry.coordinates),
        )
      : null;
  });
  const summary = createMemo(() => {
    const d = areas.data();
    const fw = featureWard();
    return d && fw ? summariseWard({ code: params.code, wards: d.wards, lsoas: d.lsoas, features: published.features(), featureWard: fw, taxonomy: taxonomy() }) : null;
  });
  // A memo, so fresher listings (the live copy replacing the file) do not move focus back to the heading.
  const view = createMemo(() => (areas.error() ? 'error' : !areas.data() ? 'loading' : summary() ? 'ward' : 'not-found'));

  const code = createMemo(() => summary()?.code ?? null);
  const coverageInputs = createMemo(() => {
    const d = areas.data();
    const h = homes();
    const c = code();
    if (!d || h === undefined || !c || !listingsReady()) return null;
    return { code: c, outline: d.outline, lsoas: d.lsoas, wards: d.wards, homes: h, features: published.features(), taxonomy: taxonomy() };
  });
  // eslint-disable-next-line solid/reactivity -- createWardCoverage reads the accessor in its own effect
  const coverage = createWardCoverage(coverageInputs);

  usePageTitle(() => {
    const s = summary();
    return view() === 'ward' && s ? t('wardTitle', { name: s.name }) : view() === 'not-found' ? t('notFoundTitle') : t('loading');
  });
  let heading: HTMLHeadingElement | undefined;
  // A new ward (a neighbour's link) or a new state takes keyboard and screen reader users to the heading.
  const shownKey = createMemo(() => (view() === 'ward' ? `ward:${code()}` : view()));
  createEffect(() => {
    if (shownKey() !== 'loading') queueMicrotask(() => heading?.focus({ preventScroll: true }));
  });

  return (
    <div class="page ward-page">
      <Show when={view() === 'loading'}>
        <p class="loading">{t('loading')}</p>
      </Show>
      <Show when={view() === 'error'}>
        <p class="error-message" role="alert">
          {t('loadFailed', { reason: areas.error()! })}
        </p>
      </Show>
      <Show when={view() === 'not-found'}>
        <h1 ref={heading} tabindex="-1">
          {t('notFoundTitle')}
        </h1>
        <p>{t('notFoundText', { code: params.code })}</p>
        <p>
          <A href={wardListPath()}>{t('allWards')}</A>
        </p>
      </Show>
      <Show when={view() === 'ward' && summary()}>
        {(s) => (
          <>
            <header class="ward-head">
              <div>
                <h1 ref={heading} tabindex="-1">
                  {t('wardTitle', { name: s().name })}
                </h1>
                <p class="ward-intro">{t('wardIntro')}</p>
                <p class="hint">{t('wardCode', { code: s().code })}</p>
              </div>
              <QrCode text={pageUrl(s().code)} label={t('qrPage', { ward: s().name })} sizeCss="5rem" />
            </header>
            <div class="ward-actions">
              <ShareButton
                title={t('wardTitle', { name: s().name })}
                class="ward-share"
                words={{ button: t('share'), copied: t('shareCopied'), copyThis: (url) => t('shareManual', { url }) }}
              />
              <button type="button" class="secondary" onClick={() => window.print()}>
                {t('print')}
              </button>
            </div>
            <KeyFigures summary={s()} listingsReady={listingsReady()} />
            <Show when={s().ages}>{(ages) => <PrintedAges ages={ages()} />}</Show>
            <section class="ward-listings" aria-labelledby="ward-listings-title">
              <h2 id="ward-listings-title">{t('listingsTitle')}</h2>
              <Show when={listingsReady()} fallback={<p class="loading">{t('loading')}</p>}>
                <Show when={s().byCategory.length > 0} fallback={<p>{t('listingsNone')}</p>}>
                  <div class="ward-categories">
                    <For each={s().byCategory}>{(group) => <CategoryBlock group={group} ward={s()} label={groupLabel(group.slug)} />}</For>
                  </div>
                </Show>
              </Show>
            </section>
            <section class="ward-people" aria-labelledby="ward-people-title">
              <h2 id="ward-people-title">{t('peopleTitle')}</h2>
              <p>{t('peopleText', { population: s().population, lsoas: s().lsoas.length })}</p>
              <Show when={s().ages}>{(ages) => <AgeTable ages={ages()} population={s().population} />}</Show>
              <p>{t('deprivationText', { people: s().mostDeprivedPeople, lsoas: s().mostDeprivedLsoas })}</p>
              <div class="table-scroll" role="region" aria-labelledby="ward-lsoa-caption" tabindex="0">
                <table>
                  <caption id="ward-lsoa-caption">{t('lsoaCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('colArea')}</th>
                      <th scope="col" class="num">
                        {t('colPopulation')}
                      </th>
                      <th scope="col" class="num">
                        {t('colDecile')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={s().lsoas}>
                      {(l) => (
                        <tr>
                          <th scope="row">{l.name}</th>
                          <td class="num">{formatNumber(l.population)}</td>
                          <td class="num">{l.decile === null ? t('unknown') : formatNumber(l.decile)}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
            <section class="ward-coverage" aria-labelledby="ward-coverage-title">
              <h2 id="ward-coverage-title">{t('coverageTitle')}</h2>
              <p>{t('coverageIntro', { distance: DEFAULT_THRESHOLD })}</p>
              <Show when={coverage.error()}>
                <p class="error-message" role="alert">
                  {t('coverageFailed', { reason: coverage.error()! })}
                </p>
              </Show>
              <p role="status" class="hint">
                {!coverage.error() && coverage.rows().length < coverage.total() ? t('coverageWorking', { done: coverage.rows().length, total: coverage.total() }) : ''}
              </p>
              <Show when={coverage.rows().length > 0}>
                <div class="table-scroll" role="region" aria-labelledby="ward-coverage-caption" tabindex="0">
                  <table class="ward-coverage-table">
                    <caption id="ward-coverage-caption">{t('coverageCaption', { population: coverage.rows()[0].row.population })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('colService')}</th>
                        <th scope="col" class="num">
                          {t('colWithin')}
                        </th>
                        <th scope="col" class="num">
                          {t('colOutOfReach')}
                        </th>
                        <th scope="col" class="num">
                          {t('colOutDeprived')}
                        </th>
                        <th scope="col" class="num">
                          {t('colHere')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={coverage.rows()}>
                        {(c) => (
                          <tr data-service={c.slug}>
                            <th scope="row">{categoryLabel(taxonomy(), c.slug)}</th>
                            <td class="num">{pct(c.row.pctWithin)}</td>
                            <td class="num">{formatNumber(c.row.gapPopulation)}</td>
                            <td class="num">{formatNumber(c.row.gapPopulationMostDeprived)}</td>
                            <td class="num">{formatNumber(c.row.assets)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </div>
              </Show>
              <WardDemand wardCode={s().code} />
            </section>
            <Show when={s().nearby.length > 0}>
              <nav class="ward-nearby" aria-labelledby="ward-nearby-title">
                <h2 id="ward-nearby-title">{s().nearby[0].adjacent ? t('nearbyTitle') : t('closestTitle')}</h2>
                <ul>
                  <For each={s().nearby}>
                    {(w) => (
                      <li>
                        <A href={wardPath(w.code)}>{t('wardLink', { name: w.name })}</A>
                      </li>
                    )}
                  </For>
                </ul>
                <p>
                  <A href={wardListPath()}>{t('allWards')}</A>
                </p>
              </nav>
            </Show>
            <p class="ward-print-footer">{t('printFooter', { url: pageUrl(s().code) })}</p>
          </>
        )}
      </Show>
    </div>
  );

  function groupLabel(slug: string) {
    return slug ? categoryLabel(taxonomy(), slug) : t('otherCategory');
  }
}

function pageUrl(code: string): string {
  return new URL(wardPath(code), location.origin).href;
}

function KeyFigures(props: { summary: WardSummary; listingsReady: boolean }) {
  const figures = () => [
    { term: t('residents'), value: formatNumber(props.summary.population) },
    { term: t('listings'), value: props.listingsReady ? formatNumber(props.summary.listingCount) : '…' },
    { term: t('smallAreas'), value: formatNumber(props.summary.lsoas.length) },
    { term: t('mostDeprived'), value: formatNumber(props.summary.mostDeprivedPeople) },
  ];
  return (
    <section class="ward-figures" aria-labelledby="ward-figures-title">
      <h2 id="ward-figures-title" class="visually-hidden">
        {t('keyFigures')}
      </h2>
      <dl>
        <For each={figures()}>
          {(f) => (
            <div>
              <dt>{f.term}</dt>
              <dd>{f.value}</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}

/** The leaflet's line of ages under the key figures (the people section, with its table, is not printed). */
function PrintedAges(props: { ages: AgeBandPeople[] }) {
  return (
    <div class="ward-ages-print">
      <p>{t('agesPrint')}</p>
      <dl>
        <For each={props.ages}>
          {(a) => (
            <div>
              <dt>{t(a.band)}</dt>
              <dd>{t('peopleShare', { people: a.people, share: a.share })}</dd>
            </div>
          )}
        </For>
      </dl>
    </div>
  );
}

/** The ward's people in the three age bands, as counts and shares of its population. */
function AgeTable(props: { ages: AgeBandPeople[]; population: number }) {
  return (
    <>
      <div class="table-scroll" role="region" aria-labelledby="ward-ages-caption" tabindex="0">
        <table class="ward-ages">
          <caption id="ward-ages-caption">{t('agesCaption', { population: props.population })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colAge')}</th>
              <th scope="col" class="num">
                {t('colPeople')}
              </th>
              <th scope="col" class="num">
                {t('colShare')}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={props.ages}>
              {(a) => (
                <tr data-band={a.band}>
                  <th scope="row">{t(a.band)}</th>
                  <td class="num">{formatNumber(a.people)}</td>
                  <td class="num">{share(a.share)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <p class="hint">{t('agesNote')}</p>
    </>
  );
}

function CategoryBlock(props: { group: CategoryListings; ward: WardSummary; label: string }) {
  const id = () => `category-${props.group.slug || 'other'}`;
  const hidden = () => props.group.listings.length - PRINTED_PER_CATEGORY;
  return (
    <section class="ward-category" id={id()} aria-labelledby={`${id()}-title`}>
      <QrCode text={`${pageUrl(props.ward.code)}#${id()}`} label={t('qrCategory', { category: props.label, ward: props.ward.name })} sizeCss="1.8cm" />
      <h3 id={`${id()}-title`}>
        {props.label} <span class="ward-count">({t('categoryCount', { count: props.group.listings.length })})</span>
      </h3>
      <ul>
        <For each={props.group.listings}>
          {(f, i) => (
            <li classList={{ 'ward-print-extra': i() >= PRINTED_PER_CATEGORY }}>
              <A href={residentPaths.asset(f.properties.id)}>{f.properties.name}</A>
              <Show when={f.properties.address || f.properties.postcode}>
                <span class="ward-address">{[f.properties.address, f.properties.postcode].filter(Boolean).join(', ')}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={hidden() > 0}>
        <p class="ward-print-more">{t('moreOnline', { count: hidden() })}</p>
      </Show>
    </section>
  );
}
