// The list: a full equal of the map. Shows results a page at a time (a 20k-asset list must not
// build 20k nodes per keystroke), grows to reveal an asset selected on the map, and moves focus
// to it so keyboard and screen reader users land where the map click pointed.
import { For, Show, createEffect, createMemo, createSignal, on, type Accessor, type JSX } from 'solid-js';
import type { HoursModule } from '../../domain/hoursModule';
import { ResultItem } from '../../ui/ResultItem';
import type { ResultRow } from './createFindResults';
import { t } from './i18n';

const PAGE = 50;

function sameOrder(a: readonly ResultRow[], b: readonly ResultRow[]): boolean {
  return a === b || (a.length === b.length && a.every((r, i) => r.feature.properties.id === b[i].feature.properties.id));
}

export function ResultList(props: {
  rows: readonly ResultRow[];
  /** What to show when there are no results (NoResults). */
  empty: JSX.Element;
  categoryLabel: (slug: string) => string;
  hours: HoursModule | null;
  now: Date;
  selected: string | null;
  /** Bumped when the map selects an asset: the list then scrolls to it and focuses it. */
  reveal: Accessor<{ id: string } | null>;
  /** Set when the resident comes back from an asset: show as many results as they had. */
  restore?: Accessor<{ shown: number } | null>;
  backSearch: string;
  onSelect: (id: string) => void;
  onShowOnMap: (id: string) => void;
}) {
  const [limit, setLimit] = createSignal(PAGE);
  // A new result set starts from the top again; the same results recomputed (opening times
  // arriving, the clock ticking) keep what is shown.
  const order = createMemo(() => props.rows, undefined, { equals: sameOrder });
  createEffect(on(order, () => setLimit(PAGE), { defer: true }));
  createEffect(
    on(
      () => props.restore?.(),
      (r) => {
        if (r) setLimit(Math.max(PAGE, r.shown));
      },
    ),
  );
  const visible = createMemo(() => props.rows.slice(0, limit()));
  let list: HTMLOListElement | undefined;

  createEffect(
    on(
      () => props.reveal(),
      (r) => {
        if (!r) return;
        const at = props.rows.findIndex((row) => row.feature.properties.id === r.id);
        if (at < 0) return;
        if (at >= limit()) setLimit(Math.ceil((at + 1) / PAGE) * PAGE);
        queueMicrotask(() => {
          const el = document.getElementById(`result-${r.id}`);
          el?.scrollIntoView({ block: 'nearest' });
          el?.focus({ preventScroll: true });
        });
      },
      { defer: true },
    ),
  );

  return (
    <div class="results">
      <Show when={props.rows.length > 0} fallback={props.empty}>
        <ol class="result-list" ref={list} aria-label={t('results')}>
          <For each={visible()}>
            {(row) => (
              <ResultItem
                feature={row.feature}
                categoryLabel={props.categoryLabel}
                distance={row.distance}
                hours={props.hours}
                now={props.now}
                selected={props.selected === row.feature.properties.id}
                backSearch={props.backSearch}
                onSelect={() => props.onSelect(row.feature.properties.id)}
                onShowOnMap={() => props.onShowOnMap(row.feature.properties.id)}
              />
            )}
          </For>
        </ol>
        <Show when={props.rows.length > limit()}>
          <p class="more">
            {t('showing', { shown: Math.min(limit(), props.rows.length), of: props.rows.length })}{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                const first = limit();
                setLimit(first + PAGE);
                // Focus the first new result so keyboard users carry on where they were.
                queueMicrotask(() => (list?.children[first] as HTMLElement | undefined)?.focus());
              }}
            >
              {t('showMore', { count: Math.min(PAGE, props.rows.length - limit()) })}
            </button>
          </p>
        </Show>
      </Show>
    </div>
  );
}
