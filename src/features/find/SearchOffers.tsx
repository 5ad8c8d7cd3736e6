// Above the results: ways to a better answer than the words typed. A search naming a category
// offers the whole category; a postcode typed into Search offers to sort by distance from it.
// Both are real links to the view they open (shareable, open in a new tab), handled in the page.
import { For, Match, Show, Switch } from 'solid-js';
import type { FilterState } from '../../domain/filters';
import type { CategoryLink } from './createCategoryLinks';
import { claimPlainClick } from './followInPage';
import type { PostcodePlace } from './createPostcodeOffer';

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
                {p().code} looks like a postcode.{' '}
                <a href={props.hrefFor(nearState(p()))} onClick={(e) => claimPlainClick(e) && props.onChoose(nearState(p()))}>
                  Search near {p().code}
                </a>
              </p>
            )}
          </Match>
          <Match when={props.postcode?.status === 'unknown' && props.postcode}>
            {(p) => <p class="search-offer">We could not find the postcode {p().code}. Check it is right, or search for words instead.</p>}
          </Match>
          <Match when={props.postcode?.status === 'failed' && (props.postcode as Extract<PostcodePlace, { status: 'failed' }>)}>
            {(p) => (
              <p class="search-offer">
                {p().code} looks like a postcode, but postcode search is not available right now ({p().message}). Try again later.
              </p>
            )}
          </Match>
        </Switch>
        <Show when={props.categories.length > 0}>
          <ul class="search-offer category-offers" aria-label="Categories matching your search">
            <For each={props.categories}>
              {(c) => (
                <li>
                  <a href={props.hrefFor(c.state)} onClick={(e) => claimPlainClick(e) && props.onChoose(c.state)}>
                    Show all {c.label} ({c.count.toLocaleString('en-GB')})
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
