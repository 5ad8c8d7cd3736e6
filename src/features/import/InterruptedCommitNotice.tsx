// What became of an import the page was closed or reloaded during: all of it was written, or
// none of it (the commit is one transaction).
import { Show } from 'solid-js';
import { interruptedCommitText, type CommitOutcome } from './interruptedCommit';
import { t } from './i18n';

export function InterruptedCommitNotice(props: { outcome: CommitOutcome | null; onDismiss: () => void }) {
  return (
    <div role="status">
      <Show when={props.outcome}>
        {(o) => (
          <div class="notice interrupted-commit">
            <p>{interruptedCommitText(o())}</p>
            <button type="button" class="secondary" onClick={() => props.onDismiss()}>
              {t('dismiss')}
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
