// Choosing categories to see, on Find and on /plan: a checkbox per top-level category, and its
// sub-categories behind a "Types" disclosure under it. Ticking a category includes all its
// types; a type can be ticked on its own, and its category then shows as partly chosen (a native
// indeterminate checkbox, which screen readers announce as "mixed"). The rules are
// domain/taxonomy.ts's; this only draws them.
import { For, Show, createEffect, untrack } from 'solid-js';
import { t } from './i18n';
import { filterChoiceState, toggleFilterCategory, type Taxonomy } from '../domain/taxonomy';
import type { Category } from '../domain/types';

export function CategoryChecklist(props: {
  taxonomy: Taxonomy;
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Listings per slug, shown beside each label when given. */
  counts?: Record<string, number>;
  /** Which top-level categories to list (all of them when not given). */
  top?: readonly Category[];
}) {
  const state = (slug: string) => filterChoiceState(props.taxonomy, props.selected, slug);
  const set = (slug: string, on: boolean) => props.onChange(toggleFilterCategory(props.taxonomy, props.selected, slug, on));
  const Box = (p: { c: Category }) => (
    <div class="checkbox">
      <input
        type="checkbox"
        id={`cat-${p.c.slug}`}
        checked={state(p.c.slug) === 'on'}
        ref={(el) => createEffect(() => (el.indeterminate = state(p.c.slug) === 'mixed'))}
        onChange={(e) => set(p.c.slug, e.currentTarget.checked)}
      />
      <label for={`cat-${p.c.slug}`}>
        {p.c.label}
        <Show when={props.counts}>{(counts) => <span class="count">{t('count', { count: counts()[p.c.slug] ?? 0 })}</span>}</Show>
      </label>
    </div>
  );
  return (
    <ul class="category-checklist">
      <For each={props.top ?? props.taxonomy.top}>
        {(c) => (
          <li>
            <Box c={c} />
            <Show when={props.taxonomy.childrenOf(c.slug).length > 0}>
              {/* Opened at first when a type is chosen (a shared link), so the choice is in view. */}
              <details class="subcategories" open={untrack(() => props.taxonomy.childrenOf(c.slug).some((k) => props.selected.includes(k.slug)))}>
                <summary>
                  {t('types')}
                  <span class="visually-hidden">{t('typesOf', { category: c.label })}</span>
                </summary>
                <ul>
                  <For each={props.taxonomy.childrenOf(c.slug)}>
                    {(k) => (
                      <li>
                        <Box c={k} />
                      </li>
                    )}
                  </For>
                </ul>
              </details>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
