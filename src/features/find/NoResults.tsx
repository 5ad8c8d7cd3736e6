// What the list says when nothing matches: plainly that nothing did (never a list of "close"
// results that are not), and ways on: spelling, a postcode, each single filter to drop with how
// many it brings back, and every category to browse.
import { For, Show } from 'solid-js';
import type { FilterState, Relaxation } from '../../domain/filters';
import type { CategoryLink } from './createCategoryLinks';
import { claimPlainClick } from './followInPage';
import { A } from '@solidjs/router';
import { residentPaths } from '../../app/paths';
import { widerAreaLabel } from './reach/reachWords';

export function NoResults(props: {
  /** The words searched for ('' for none). */
  query: string;
  /** The words match no listing at all, whatever the filters. */
  queryFindsNothing: boolean;
  relaxations: Relaxation[];
  browse: CategoryLink[];
  hrefFor: (state: FilterState) => string;
  onRelax: (r: Relaxation) => void;
  onChoose: (state: FilterState) => void;
}) {
  const q = () => props.query.trim();
  return (
    <div class="no-results">
      <h3>{q() ? `No results for ‘${q()}’` : 'No results'}</h3>
      <Show when={q() && props.queryFindsNothing}>
        <ul class="next-steps">
          <li>Check the spelling, or try fewer or more general words, like “food” or “lunch club”.</li>
          <li>
            To find places near you, enter a postcode under{' '}
            <a
              href="#postcode"
              onClick={(e) => {
                e.preventDefault();
                document.getElementById('postcode')?.focus();
              }}
            >
              Postcode
            </a>{' '}
            rather than in Search.
          </li>
        </ul>
      </Show>
      <Show
        when={props.relaxations.length > 0}
        fallback={
          <Show when={!q()}>
            <p>Try different words, or clear your filters.</p>
          </Show>
        }
      >
        <p>{props.queryFindsNothing ? 'Or:' : 'Nothing matches everything you chose. You could:'}</p>
        <ul class="relaxations">
          <For each={props.relaxations}>
            {(r) => (
              <li>
                <button type="button" class="secondary" onClick={() => props.onRelax(r)}>
                  {r.remove === 'reach' ? widerAreaLabel(r.reach, r.count) : `${r.label} (${r.count.toLocaleString('en-GB')} ${r.count === 1 ? 'result' : 'results'})`}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.browse.length > 0}>
        <h4 class="browse-heading">Or browse a category</h4>
        <ul class="browse-categories">
          <For each={props.browse}>
            {(c) => (
              <li>
                <a href={props.hrefFor(c.state)} onClick={(e) => claimPlainClick(e) && props.onChoose(c.state)}>
                  {c.label} ({c.count.toLocaleString('en-GB')})
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="suggest-link">
        Know something that should be here? <A href={residentPaths.suggest()}>Suggest a group, place or service</A>.
      </p>
    </div>
  );
}
