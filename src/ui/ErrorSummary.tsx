// GOV.UK error summary: shown above a form after a failed submit, focused so keyboard and screen
// reader users land on it, each message a link that moves focus to the control it concerns.
import { For, Show, createEffect } from 'solid-js';

export interface SummaryError {
  /** The id of the control to focus; omit for an error about the whole form. */
  href?: string;
  message: string;
}

export function ErrorSummary(props: { errors: SummaryError[]; title?: string; /** bump to refocus */ focusKey?: unknown }) {
  let box: HTMLDivElement | undefined;
  createEffect(() => {
    void props.focusKey;
    if (props.errors.length && box) box.focus();
  });
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" ref={box} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title">{props.title ?? 'There is a problem'}</h2>
        <ul>
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
                      const target = el.matches('fieldset') ? (el.querySelector('input, select, textarea') as HTMLElement | null) ?? el : el;
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
