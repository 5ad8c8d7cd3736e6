// The map key: each category's marker (colour and letters, so it reads in greyscale) beside its
// name, and what a numbered circle means. Collapsible so it never hides the map on a phone.
import { For, createMemo } from 'solid-js';
import type { Category } from '../../domain/types';
import { categoryCodes } from './categoryCodes';
import { drawMarker } from './drawMarker';
import { t } from '../i18n';

export function MapLegend(props: { categories: readonly Category[]; open?: boolean }) {
  const entries = createMemo(() => {
    const codes = categoryCodes(props.categories);
    return props.categories.map((c) => ({
      slug: c.slug,
      label: c.label,
      code: codes.get(c.slug) ?? '?',
      src: drawMarker(c.colour, codes.get(c.slug) ?? '?').toDataURL(),
    }));
  });
  return (
    <details class="map-legend" open={props.open}>
      <summary>{t('mapKey')}</summary>
      <ul>
        <li>
          <span class="legend-cluster" aria-hidden="true">
            12
          </span>
          <span>{t('clusterHelp')}</span>
        </li>
        <For each={entries()}>
          {(e) => (
            <li data-category={e.slug}>
              <img src={e.src} width="24" height="24" alt="" />
              <span>
                {e.label} <span class="visually-hidden">{t('markedAs', { code: e.code })}</span>
              </span>
            </li>
          )}
        </For>
      </ul>
    </details>
  );
}
