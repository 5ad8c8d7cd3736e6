// GOV.UK error summary: shown above a form after a failed submit, focused so keyboard and screen
// reader users land on it, each message a link that moves focus to the control it concerns.
import { For, Show, createEffect, onMount } from 'solid-js';
import { t } from './i18n';

export interface SummaryError {
  /** The id of the control to focus; omit for an error about the whole form. */
  href?: string;
  message: string;
}

export function ErrorSummary(props: {
  errors: readonly SummaryError[];
  title?: string;
  /** bump to refocus */
  focusKey?: unknown;
  /** Focus only when first shown, not as the errors change: for a summary whose errors update
   *  live while the user fixes the fields (the caller remounts it to refocus after each try). */
  focusOnMountOnly?: boolean;
}) {
  let box: HTMLDivElement | undefined;
  const focus = () => {
    if (props.errors.length && box) box.focus();
  };
  // eslint-disable-next-line solid/reactivity -- chosen once per mount on purpose
  if (props.focusOnMountOnly) onMount(focus);
  else
    createEffect(() => {
      void props.focusKey;
      focus();
    });
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" ref={box} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" class="error-summary-title">
          {props.title ?? t('thereIsAProblem')}
        </h2>
        <ul class="error-summary-list">
          <For each={props.errors}>
            {(e) => (
              <li>
                <Show when={e.href} fallback={e.message}>
                  <a
                    href={`#${e.href}`}
                    onClick={(ev) => {
                      // Focus the control itself (a plain #hash jump would only scroll).
                      const el = document.getElementById(e.href!);
                      if (!el) return;
                      ev.preventDefault();
                      const target = el.matches('fieldset') ? ((el.querySelector('input, select, textarea') as HTMLElement | null) ?? el) : el;
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {e.message}
                  </a>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
