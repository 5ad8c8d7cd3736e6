// "How the figures are worked out": the distance rule, where people are placed and why, what the
// map's hexagons mean, how gaps are formed, and the data with its vintages (coverageMethod.ts,
// the same lines every export carries).
import { For, type Accessor } from 'solid-js';
import type { MethodLine } from '../../geo/coverageMethod';
import { t } from './i18n';

export function MethodNote(props: { lines: Accessor<MethodLine[]> }) {
  return (
    <section class="plan-method" aria-labelledby="plan-method-title">
      <h2 id="plan-method-title">{t('methodTitle')}</h2>
      <dl>
        <For each={props.lines()}>
          {(l) => (
            <>
              <dt>{l.label}</dt>
              <dd>{l.text}</dd>
            </>
          )}
        </For>
      </dl>
      <p class="hint">{t('methodHint')}</p>
    </section>
  );
}
