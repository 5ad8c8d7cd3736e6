// What the worker or the database is doing right now: a labelled progress bar (indeterminate
// when the step cannot say how far it is), a polite live line for screen readers, and Cancel
// where stopping is safe (reading the file; never mid-commit).
import { Show } from 'solid-js';
import type { Busy } from './wizardTypes';
import { t } from './i18n';

export function ProgressPanel(props: { busy: Busy; onCancel: () => void }) {
  const percent = () => (props.busy.fraction === null ? null : Math.round(props.busy.fraction * 100));
  return (
    <div class="import-progress">
      <label for="import-progress-bar">{props.busy.label}</label>
      {/* An indeterminate bar has no value at all: setting value to undefined throws. */}
      <Show when={percent() !== null} fallback={<progress id="import-progress-bar" max="100" />}>
        <progress id="import-progress-bar" max="100" value={percent()!} />
      </Show>
      <p class="hint" role="status" aria-live="polite">
        {percent() === null ? t('working') : t('percentDone', { percent: percent()! })}
        {props.busy.detail ? ` — ${props.busy.detail}` : ''}
      </p>
      <Show when={props.busy.cancellable}>
        <button type="button" class="secondary" onClick={() => props.onCancel()}>
          {t('cancel')}
        </button>
      </Show>
    </div>
  );
}
