// Says that a form was filled in from a draft kept in this browser (src/ui/formDraft.ts), from
// when, and offers to throw it away. After "Discard them" the notice says it is done and keeps
// focus, so a keyboard user is not dropped at the top of the page.
import { Show, createSignal, type JSX } from 'solid-js';
import { draftTimeText } from './formDraft';
import { t } from './i18n';

export function RestoredDraftNotice(props: {
  /** When the draft was last changed (ms since 1970); null hides the notice. */
  savedAt: number | null;
  /** More to say, e.g. that the saved version changed since. */
  children?: JSX.Element;
  onDiscard: () => void;
}) {
  const [discarded, setDiscarded] = createSignal(false);
  let done: HTMLParagraphElement | undefined;
  return (
    <>
      <Show when={props.savedAt !== null && !discarded()}>
        <div class="banner warning restored-draft" role="region" aria-labelledby="restored-draft-title">
          <p id="restored-draft-title">
            <strong>{t('draftRestored', { when: draftTimeText(props.savedAt!) })}</strong>
          </p>
          {props.children}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              props.onDiscard();
              setDiscarded(true);
              queueMicrotask(() => done?.focus());
            }}
          >
            {t('draftDiscard')}
          </button>
        </div>
      </Show>
      <Show when={discarded()}>
        <p class="banner" role="status" tabindex="-1" ref={done}>
          {t('draftDiscarded')}
        </p>
      </Show>
    </>
  );
}
