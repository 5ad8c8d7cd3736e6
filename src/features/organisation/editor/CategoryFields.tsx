// The listing's categories: top-level ones to tick, each revealing its types once ticked (the
// GOV.UK conditional pattern). The first ticked is the main category, which colours the map.
import { For, Show, createMemo } from 'solid-js';
import { categoryTrail, listingHas, makeTaxonomy, toggleListingCategory } from '../../../domain/taxonomy';
import { Choice, FieldSet } from '../../../ui/Field';
import { usePublished } from '../../../app/PublishedProvider';
import { assetFieldId } from './assetForm';
import type { FieldSectionProps } from './fieldSection';

import { t } from './i18n';

export function CategoryFields(props: FieldSectionProps) {
  const published = usePublished();
  const taxonomy = createMemo(() => makeTaxonomy(published.categories()));
  // A type implies its category; the rules are domain/taxonomy.ts's.
  const setCategory = (slug: string, on: boolean) => props.setForm('categories', toggleListingCategory(taxonomy(), props.form.categories, slug, on));
  const has = (slug: string) => listingHas(taxonomy(), props.form.categories, slug);
  return (
    <FieldSet id={assetFieldId('categories')} legend={t('categories')} hint={t('categoriesHint')} error={props.errors.categories}>
      <Show when={props.form.categories.length > 0}>
        <p class="muted">{t('mainCategory', { trail: categoryTrail(taxonomy(), props.form.categories[0]) })}</p>
      </Show>
      <div class="choices">
        <For each={taxonomy().top} fallback={<p>{t('loadingCategories')}</p>}>
          {(c) => (
            <>
              <Choice
                type="checkbox"
                id={`asset-categories-${c.slug}`}
                name="categories"
                value={c.slug}
                checked={has(c.slug)}
                onChange={(on) => setCategory(c.slug, on)}
                label={c.label}
                hint={c.description}
              />
              <Show when={taxonomy().childrenOf(c.slug).length > 0 && has(c.slug)}>
                <fieldset class="conditional subcategory-choices">
                  <legend class="hint">{t('typeOf', { category: c.label })}</legend>
                  <div class="choices inline">
                    <For each={taxonomy().childrenOf(c.slug)}>
                      {(k) => (
                        <Choice
                          type="checkbox"
                          id={`asset-categories-${k.slug}`}
                          name="categories"
                          value={k.slug}
                          checked={props.form.categories.includes(k.slug)}
                          onChange={(on) => setCategory(k.slug, on)}
                          label={k.label}
                        />
                      )}
                    </For>
                  </div>
                </fieldset>
              </Show>
            </>
          )}
        </For>
      </div>
    </FieldSet>
  );
}
