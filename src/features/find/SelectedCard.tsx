// What a map click shows on the map itself: the chosen asset's name (a link to its page), type
// and distance, built as JSX text (never an HTML popup). On a phone in map view this is the only
// view of it; on a wide screen the list item is highlighted too.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { AssetFeature } from '../../domain/types';
import { describeListingDistance, generalAreaLabel, isGeneralArea } from '../../domain/generalArea';
import { costText } from '../../domain/assetFacts';
import { kindLabel } from '../../domain/i18n';
import { t } from './i18n';

export function SelectedCard(props: {
  feature: AssetFeature;
  distance: number | null;
  categoryLabel: (slug: string) => string;
  backSearch: string;
  onClose: () => void;
}) {
  const p = () => props.feature.properties;
  return (
    <section class="selected-card" aria-labelledby="selected-card-title">
      <h2 id="selected-card-title" class="selected-card-title">
        <A href={`/asset/${encodeURIComponent(p().id)}`} state={{ back: props.backSearch }}>
          {p().name}
        </A>
      </h2>
      <p>
        {kindLabel(p().kind)} · {p().categories.map(props.categoryLabel).join(', ')}
      </p>
      <p>
        {costText(p())}
        <Show when={props.distance !== null}> · {describeListingDistance(p(), props.distance!)}</Show>
      </p>
      <Show when={isGeneralArea(p())}>
        <p>{generalAreaLabel()}</p>
      </Show>
      <button type="button" class="link" onClick={() => props.onClose()}>
        {t('close')}
        <span class="visually-hidden">{t('detailsOf', { name: p().name })}</span>
      </button>
    </section>
  );
}
