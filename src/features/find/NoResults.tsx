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
import { t } from './i18n';

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
      <h3>{q() ? t('noResultsFor', { q: q() }) : t('noResults')}</h3>
      <Show when={q() && props.queryFindsNothing}>
        <ul class="next-steps">
          <li>{t('checkSpelling')}</li>
          <li>
            {t('postcodeTipBefore')}{' '}
            <a
              href="#postcode"
              onClick={(e) => {
                e.preventDefault();
                document.getElementById('postcode')?.focus();
              }}
            >
              {t('postcodeTipLink')}
            </a>{' '}
            {t('postcodeTipAfter')}
          </li>
        </ul>
      </Show>
      <Show
        when={props.relaxations.length > 0}
        fallback={
          <Show when={!q()}>
            <p>{t('tryDifferent')}</p>
          </Show>
        }
      >
        <p>{props.queryFindsNothing ? t('or') : t('nothingMatches')}</p>
        <ul class="relaxations">
          <For each={props.relaxations}>
            {(r) => (
              <li>
                <button type="button" class="secondary" onClick={() => props.onRelax(r)}>
                  {r.remove === 'reach' ? widerAreaLabel(r.reach, r.count) : t('relaxation', { label: r.label, count: r.count })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.browse.length > 0}>
        <h4 class="browse-heading">{t('browseHeading')}</h4>
        <ul class="browse-categories">
          <For each={props.browse}>
            {(c) => (
              <li>
                <a href={props.hrefFor(c.state)} onClick={(e) => claimPlainClick(e) && props.onChoose(c.state)}>
                  {t('categoryCount', { label: c.label, count: c.count })}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="suggest-link">
        {t('knowSomething')} <A href={residentPaths.suggest()}>{t('suggestLink')}</A>.
      </p>
    </div>
  );
}
