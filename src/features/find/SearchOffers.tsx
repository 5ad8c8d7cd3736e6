// Above the results: ways to a better answer than the words typed. A search naming a category
// offers the whole category; a postcode typed into Search offers to sort by distance from it.
// Both are real links to the view they open (shareable, open in a new tab), handled in the page.
import { For, Match, Show, Switch } from 'solid-js';
import type { FilterState } from '../../domain/filters';
import type { CategoryLink } from './createCategoryLinks';
import { claimPlainClick } from './followInPage';
import type { PostcodePlace } from './createPostcodeOffer';
import { t } from './i18n';

export function SearchOffers(props: {
  categories: CategoryLink[];
  postcode: PostcodePlace | null;
  /** The search words other than the postcode. */
  words: string;
  filters: FilterState;
  hrefFor: (state: FilterState) => string;
  onChoose: (state: FilterState) => void;
}) {
  const nearState = (p: Extract<PostcodePlace, { status: 'found' }>): FilterState => ({
    ...props.filters,
    q: props.words,
    near: { lat: p.point.lat, lng: p.point.lng, label: p.code },
  });
  return (
    <Show when={props.categories.length > 0 || (props.postcode && props.postcode.status !== 'looking')}>
      <div class="search-offers" aria-live="polite">
        <Switch>
          <Match when={props.postcode?.status === 'found' && (props.postcode as Extract<PostcodePlace, { status: 'found' }>)}>
            {(p) => (
              <p class="search-offer">
                {t('looksLikePostcode', { code: p().code })}{' '}
                <a href={props.hrefFor(nearState(p()))} onClick={(e) => claimPlainClick(e) && props.onChoose(nearState(p()))}>
                  {t('searchNear', { code: p().code })}
                </a>
              </p>
            )}
          </Match>
          <Match when={props.postcode?.status === 'unknown' && props.postcode}>{(p) => <p class="search-offer">{t('offerUnknown', { code: p().code })}</p>}</Match>
          <Match when={props.postcode?.status === 'failed' && (props.postcode as Extract<PostcodePlace, { status: 'failed' }>)}>
            {(p) => <p class="search-offer">{t('offerFailed', { code: p().code, reason: p().message })}</p>}
          </Match>
        </Switch>
        <Show when={props.categories.length > 0}>
          <ul class="search-offer category-offers" aria-label={t('matchingCategories')}>
            <For each={props.categories}>
              {(c) => (
                <li>
                  <a href={props.hrefFor(c.state)} onClick={(e) => claimPlainClick(e) && props.onChoose(c.state)}>
                    {t('showAll', { label: c.label, count: c.count })}
                  </a>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </div>
    </Show>
  );
}
