// One asset on its own page (/asset/:id): everything known, in words. Everything a resident sees
// comes with the published data, so the page draws from it at once. The API is asked too, to
// check the listing is still published (and for its languages): in local mode only once the page
// is idle, so a resident never waits for the database or downloads it first. Once the API says a
// listing is not visible (taken down, archived, unknown) the page says so and shows none of it.
// An asset missing from the published data (published since) comes from the API alone. All
// database text is rendered as text, and only safe links are made.
import { A, useLocation, useParams } from '@solidjs/router';
import { For, Show, Suspense, createEffect, createMemo, createResource, createSignal, lazy, onMount, untrack } from 'solid-js';
import { type Asset, type AssetFeature, type PublishedAssetProps } from '../../domain/types';
import { describeDistance } from '../../domain/distance';
import { formatApproximateDistance, privateAddressWords, generalAreaCentre, isGeneralArea } from '../../domain/generalArea';
import { staleness } from '../../domain/stale';
import { categoryLabel as labelOf, categoryTrail, makeTaxonomy, tidyListingCategories } from '../../domain/taxonomy';
import { useBackend } from '../../app/BackendProvider';
import { usePublished } from '../../app/PublishedProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { whenIdle } from '../../ui/whenIdle';
import { SummaryRow } from '../../ui/SummaryRow';
import { ListingContacts } from '../../ui/ListingContacts';
import { checkedText, costText } from '../../domain/assetFacts';
import { accessLabel, ageLabel, kindLabel } from '../../domain/i18n';
import { intlLocale } from '../../i18n';
import { t } from './i18n';
import { directionsHref } from '../../domain/contactLinks';
import { loadHoursModule, type HoursModule } from '../../domain/hoursModule';
import { lastFindSearch } from './lastFindSearch';
import { nearbyAlternatives } from './nearbyAlternatives';
import { openStatus } from '../../ui/ResultItem';
import { residentPaths, wardByNamePath } from '../../app/paths';
import { t as tFrame } from '../../app/i18n';
import { ShortlistButton } from '../../ui/shortlist/ShortlistButton';
import { ListingQrCode } from '../../ui/shortlist/ListingQrCode';
import { reportedOnText } from '../../domain/publicForms';
import './find.css';

const AssetMap = lazy(() => import('./AssetMap'));

type Details = PublishedAssetProps & Partial<Pick<Asset, 'languages'>> & { lat: number; lng: number; reported_on?: string | null };

/** What the API said about the listing. */
type Check = { state: 'published'; asset: Asset } | { state: 'gone' } | { state: 'failed' };

/** What the page shows. */
type View =
  | { kind: 'asset'; details: Details }
  | { kind: 'loading' }
  /** It was on screen from the published data, but is no longer published. */
  | { kind: 'withdrawn' }
  | { kind: 'not-found' }
  /** Not in the published data, and the API could not be asked. */
  | { kind: 'unavailable' };

function languageName(code: string): string {
  if (code === 'bsl') return t('bsl');
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TITLES = {
  loading: () => t('titleLoading'),
  withdrawn: () => t('titleWithdrawn'),
  'not-found': () => t('titleNotFound'),
  unavailable: () => t('titleUnavailable'),
} satisfies Record<Exclude<View['kind'], 'asset'>, () => string>;

export default function AssetPage() {
  const params = useParams<{ id: string }>();
  const location = useLocation<{ back?: string } | undefined>();
  const published = usePublished();
  const { backend, reads } = useBackend();
  const [hours, setHours] = createSignal<HoursModule | null>(null);
  onMount(() => void loadHoursModule().then(setHours));
  const now = new Date();

  const fromFile = createMemo(() => published.features().find((f) => f.properties.id === params.id) ?? null);
  // Whether this listing has been on screen from the published data since this id was opened.
  const seen = createMemo<{ id: string; shown: boolean }>(
    (prev) => ({
      id: params.id,
      shown: !!fromFile() || (prev.id === params.id && prev.shown),
    }),
    { id: '', shown: false },
  );
  // Asked once the published data is in (or could not be had), for each id.
  const [check] = createResource(
    () => (published.source() !== 'loading' || published.error() ? params.id : false),
    async (id): Promise<Check> => {
      // Every listing's id is a UUID: anything else is no listing, without asking anyone.
      if (!UUID.test(id)) return { state: 'gone' };
      if (untrack(fromFile) && backend.mode === 'local') await whenIdle();
      try {
        const asset = await reads.asset(id);
        return asset && asset.status === 'published' ? { state: 'published', asset } : { state: 'gone' };
      } catch {
        return { state: 'failed' }; // the database is unreachable
      }
    },
  );

  const view = createMemo<View>(() => {
    const c = check.latest;
    const f = fromFile();
    const wasShown = seen().shown;
    if (c?.state === 'gone') return { kind: wasShown ? 'withdrawn' : 'not-found' };
    if (c?.state === 'published') return { kind: 'asset', details: { ...(f?.properties ?? {}), ...c.asset } as Details };
    if (f) {
      const [lng, lat] = f.geometry.coordinates;
      return { kind: 'asset', details: { ...(f.properties as Details), lat, lng } };
    }
    // The live published list no longer holds what the file showed.
    if (wasShown && published.source() === 'live') return { kind: 'withdrawn' };
    if (c?.state === 'failed') return { kind: 'unavailable' };
    return { kind: 'loading' };
  });
  // A listing that meets at a private address shows its general area whoever is looking (its own
  // members get the exact location from the API, but this is the page residents see).
  const details = createMemo(() => {
    const v = view();
    if (v.kind !== 'asset') return null;
    return isGeneralArea(v.details) ? { ...v.details, ...generalAreaCentre(v.details), address: null, postcode: null } : v.details;
  });
  const feature = createMemo<AssetFeature | null>(() => {
    const d = details();
    if (!d) return null;
    return fromFile() ?? { type: 'Feature', geometry: { type: 'Point', coordinates: [d.lng, d.lat] }, properties: d };
  });

  const backHref = () => `/${location.state?.back ?? lastFindSearch()}`;
  const taxonomy = createMemo(() => makeTaxonomy(published.categories()));
  const categoryLabel = (slug: string) => labelOf(taxonomy(), slug);

  usePageTitle(() => {
    const v = view();
    return v.kind === 'asset' ? v.details.name : TITLES[v.kind]();
  });
  let heading: HTMLHeadingElement | undefined;
  // A new page has loaded, or it now says something else (no longer available): take screen
  // reader and keyboard users to its heading. Fresher details for the same listing do not move
  // focus away from where the person is.
  const shownKey = createMemo(() => (view().kind === 'asset' ? `asset:${params.id}` : view().kind));
  createEffect(() => {
    if (shownKey() !== 'loading') queueMicrotask(() => heading?.focus({ preventScroll: true }));
  });

  const nearby = createMemo(() => {
    const d = details();
    return d ? nearbyAlternatives(published.features(), { id: d.id, lat: d.lat, lng: d.lng, category: d.categories[0] }, 5, taxonomy().parentOf) : [];
  });

  return (
    <div class="page asset-page">
      <A class="back-link" href={backHref()}>
        {t('backToResults')}
      </A>
      <Show
        when={details()}
        fallback={
          <Show when={view().kind !== 'loading'} fallback={<p class="loading">{t('loading')}</p>}>
            <h1 ref={heading} tabindex="-1">
              {TITLES[view().kind as keyof typeof TITLES]()}
            </h1>
            <Show when={view().kind === 'withdrawn'}>
              <p>{t('withdrawn')}</p>
            </Show>
            <Show when={view().kind === 'not-found'}>
              <p>{t('notFound')}</p>
            </Show>
            <Show when={view().kind === 'unavailable'}>
              <p>{t('unavailable')}</p>
            </Show>
            <p>
              <A href="/">{t('searchLink')}</A>
            </p>
          </Show>
        }
      >
        {(d) => {
          const fresh = () => staleness(d(), now);
          const status = () => openStatus(hours(), d().opening_hours, now);
          const described = () => (d().opening_hours ? hours()?.describe(d().opening_hours) : null);
          return (
            <article>
              <h1 ref={heading} tabindex="-1">
                {d().name}
              </h1>
              <p class="result-tags">
                <span class="tag kind">{kindLabel(d().kind)}</span>
                <For each={tidyListingCategories(taxonomy(), d().categories)}>{(slug) => <span class="tag">{categoryTrail(taxonomy(), slug)}</span>}</For>
              </p>
              <ShortlistButton assetId={d().id} name={d().name} />
              <Show when={d().description}>
                <p class="asset-lede">{d().description}</p>
              </Show>
              <p class={`freshness ${fresh().level}`}>{fresh().label}</p>
              <Show when={d().reported_on}>{(on) => <p class="reported-notice">{t('reported', { on: reportedOnText(on()) })}</p>}</Show>

              <h2>{t('details')}</h2>
              <dl class="summary-list">
                <SummaryRow term={t('openingTimes')}>
                  <Show when={status()}>{(s) => <p class="open-status">{s().text}</p>}</Show>
                  <Show when={described()}>
                    {(h) => (
                      <Show when={h().ok} fallback={<p>{t('asGiven', { text: h().lines.join(' ') })}</p>}>
                        <ul>
                          <For each={h().lines}>{(line) => <li>{line}</li>}</For>
                        </ul>
                      </Show>
                    )}
                  </Show>
                </SummaryRow>
                <SummaryRow term={t('cost')}>{costText(d())}</SummaryRow>
                <SummaryRow term={t('address')}>
                  <Show
                    when={!isGeneralArea(d())}
                    fallback={
                      <>
                        <p class="private-address">{privateAddressWords()}.</p>
                        <p>{t('generalAreaNote')}</p>
                      </>
                    }
                  >
                    <Show when={d().address || d().postcode} fallback={t('noAddress')}>
                      {[d().address, d().postcode].filter(Boolean).join(', ')}
                    </Show>
                    <br />
                    <a href={directionsHref(d().lat, d().lng)}>{t('directions')}</a>
                  </Show>
                </SummaryRow>
                <Show when={d().ward}>
                  <SummaryRow term={t('area')}>
                    <A href={wardByNamePath(d().ward!)}>{tFrame('wardLink', { name: d().ward! })}</A>
                  </SummaryRow>
                </Show>
                <SummaryRow term={t('contact')}>
                  <ListingContacts listing={d()} />
                </SummaryRow>
                <SummaryRow term={t('runBy')}>{d().org_name ?? t('notRecorded')}</SummaryRow>
                <SummaryRow term={t('whoFor')}>{d().age_groups.length ? d().age_groups.map(ageLabel).join(', ') : t('everyone')}</SummaryRow>
                <SummaryRow term={t('accessibility')}>
                  <Show when={d().accessibility.length > 0} fallback={t('noAccessibility')}>
                    <ul>
                      <For each={d().accessibility}>{(a) => <li>{accessLabel(a)}</li>}</For>
                    </ul>
                  </Show>
                </SummaryRow>
                <Show when={d().languages?.length}>
                  <SummaryRow term={t('languages')}>{t('languageList', { names: (d().languages ?? []).map(languageName) })}</SummaryRow>
                </Show>
                <SummaryRow term={t('lastChecked')}>{checkedText(d())}</SummaryRow>
              </dl>

              <ListingQrCode id={d().id} name={d().name} class="asset-print-qr" />

              <h2>{isGeneralArea(d()) ? t('theGeneralArea') : t('whereItIs')}</h2>
              <div class="asset-map">
                <Show when={feature()}>
                  {(f) => (
                    <Suspense fallback={<p class="loading">{t('loadingMap')}</p>}>
                      <AssetMap feature={f()} categories={published.categories} />
                    </Suspense>
                  )}
                </Show>
              </div>

              <Show when={nearby().length > 0}>
                <h2>{t('nearby', { category: categoryLabel(d().categories[0]) })}</h2>
                <ul class="nearby">
                  <For each={nearby()}>
                    {(n) => (
                      <li>
                        <A href={`/asset/${encodeURIComponent(n.feature.properties.id)}`} state={{ back: location.state?.back ?? lastFindSearch() }}>
                          {n.feature.properties.name}
                        </A>{' '}
                        – {isGeneralArea(d()) || isGeneralArea(n.feature.properties) ? formatApproximateDistance(n.metres) : describeDistance(n.metres)}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>

              <h2>{t('somethingWrong')}</h2>
              <p>
                {t('reportBefore')} <A href={residentPaths.report(d().id)}>{t('reportLink')}</A>.
              </p>
            </article>
          );
        }}
      </Show>
    </div>
  );
}
