// The privacy notice's opt-out from counting searches that find little (src/lib/demandOptOut.ts).
// A browser that sends Global Privacy Control or Do Not Track is already out: the box says so and
// cannot be unticked, since unticking would change nothing.
import { Show, createSignal } from 'solid-js';
import { browserAsksNotToTrack, demandOptedOut, setDemandOptOut } from '../../lib/demandOptOut';
import { Choice } from '../../ui/Field';
import { t } from './i18n';

export function DemandOptOut() {
  const signalled = browserAsksNotToTrack();
  const [optedOut, setOptedOut] = createSignal(demandOptedOut());
  const [changed, setChanged] = createSignal(false);
  return (
    <div class="demand-opt-out">
      <Show
        when={!signalled}
        fallback={
          <div class="choice">
            <input type="checkbox" id="demand-opt-out" checked disabled aria-describedby="demand-opt-out-hint" />
            <label for="demand-opt-out">{t('privacyDemandOptOut')}</label>
            <span class="hint" id="demand-opt-out-hint">
              {t('privacyDemandGpcOn')}
            </span>
          </div>
        }
      >
        <Choice
          type="checkbox"
          id="demand-opt-out"
          name="demand-opt-out"
          value="yes"
          checked={optedOut()}
          onChange={(checked) => {
            setDemandOptOut(checked);
            setOptedOut(demandOptedOut());
            setChanged(true);
          }}
          label={t('privacyDemandOptOut')}
          hint={t('privacyDemandOptOutHint')}
        />
      </Show>
      <p role="status">
        <Show when={changed()}>{optedOut() ? t('privacyDemandSaved') : t('privacyDemandSavedOn')}</Show>
      </p>
    </div>
  );
}
