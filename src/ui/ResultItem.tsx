// One result in the list: everything a resident needs to decide whether to look closer. All text
// is rendered as text nodes (JSX), never as HTML.
import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { AssetFeature } from '../domain/types';
import { describeListingDistance, generalAreaLabel, isGeneralArea } from '../domain/generalArea';
import { costText, staleFlag } from '../domain/assetFacts';
import { kindLabel } from '../domain/i18n';
import { t } from './i18n';
import type { HoursModule } from '../domain/hoursModule';
import { ShortlistButton } from './shortlist/ShortlistButton';

export function openStatus(hours: HoursModule | null, value: string | null, now: Date): { open: boolean | null; text: string } | null {
  if (!value) return { open: null, text: t('hoursNotGiven') };
  if (!hours) return null;
  const open = hours.isOpenAt(value, now);
  if (open === null) return { open: null, text: t('hoursContact') };
  const next = hours.nextChange(value, now);
  return { open, text: `${open ? t('openNow') : t('closedNow')}${next ? ` · ${next}` : ''}` };
}

export function ResultItem(props: {
  feature: AssetFeature;
  categoryLabel: (slug: string) => string;
  distance: number | null;
  hours: HoursModule | null;
  now: Date;
  selected?: boolean;
  backSearch?: string;
  onSelect?: () => void;
  onShowOnMap?: () => void;
  /** A preview of a listing not yet published (for moderators): no link, no map, not selectable. */
  preview?: boolean;
}) {
  const p = () => props.feature.properties;
  const status = () => openStatus(props.hours, p().opening_hours, props.now);
  const stale = () => staleFlag(p(), props.now);
  return (
    <li
      class="result"
      id={props.preview ? undefined : `result-${p().id}`}
      data-id={p().id}
      tabindex={props.preview ? undefined : '-1'}
      aria-current={props.selected ? 'true' : undefined}
      classList={{ selected: !!props.selected }}
      onClick={(e) => {
        // A click on the card (not its link or button) selects it, as a click on the map does.
        if (!(e.target as HTMLElement).closest('a, button')) props.onSelect?.();
      }}
    >
      <h3 class="result-name">
        <Show when={!props.preview} fallback={p().name}>
          <A href={`/asset/${encodeURIComponent(p().id)}`} state={{ back: props.backSearch }}>
            {p().name}
          </A>
        </Show>
      </h3>
      <p class="result-tags">
        <span class="tag kind">{kindLabel(p().kind)}</span>
        <For each={p().categories}>{(slug) => <span class="tag">{props.categoryLabel(slug)}</span>}</For>
      </p>
      <Show when={props.distance !== null}>
        <p class="result-distance">{describeListingDistance(p(), props.distance!)}</p>
      </Show>
      <ul class="result-facts">
        <Show when={status()}>{(s) => <li classList={{ 'is-open': s().open === true, 'is-closed': s().open === false }}>{s().text}</li>}</Show>
        <li>{costText(p())}</li>
        <Show when={isGeneralArea(p())}>
          <li class="general-area">{generalAreaLabel()}</li>
        </Show>
        <Show when={p().org_name}>
          <li>{t('runBy', { name: p().org_name! })}</li>
        </Show>
        <Show when={stale()}>
          <li>
            <span class="tag warn">{stale()}</span>
          </li>
        </Show>
      </ul>
      <Show when={!props.preview}>
        <button type="button" class="link show-on-map" onClick={() => props.onShowOnMap?.()}>
          {t('showOnMap')}
          <span class="visually-hidden">: {p().name}</span>
        </button>
        <ShortlistButton assetId={p().id} name={p().name} />
      </Show>
    </li>
  );
}
