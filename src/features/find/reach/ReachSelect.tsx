// "How far": a native select of reach presets, worded as travel time with the distance stated.
// It only hides results once there is a point to measure from.
import { For } from 'solid-js';
import { REACH_PRESETS } from '../../../domain/reach';
import { reachLabel } from './reachWords';
import { t } from './i18n';

export function ReachSelect(props: { reach: string | null; hasPlace: boolean; onChange: (reach: string | null) => void }) {
  return (
    <div class="field reach-field">
      <label for="reach">{t('howFar')}</label>
      <span class="hint" id="reach-hint">
        {props.hasPlace ? t('howFarHint') : t('howFarNeedsPlace')}
      </span>
      <select id="reach" aria-describedby="reach-hint" value={props.reach ?? ''} onChange={(e) => props.onChange(e.currentTarget.value || null)}>
        <option value="">{t('anyDistance')}</option>
        <For each={REACH_PRESETS}>{(p) => <option value={p.id}>{reachLabel(p)}</option>}</For>
      </select>
    </div>
  );
}
