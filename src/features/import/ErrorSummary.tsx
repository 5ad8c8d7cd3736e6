// GOV.UK error summary: a titled box at the top of the step that takes focus when it appears,
// each error a link to the field it concerns (or plain text when it concerns the whole file).
import { For, Show, onMount } from 'solid-js';

export interface SummaryError {
  message: string;
  /** id of the field to move to, without '#'. */
  href?: string;
}

export function ErrorSummary(props: { errors: readonly SummaryError[]; title?: string }) {
  let box!: HTMLDivElement;
  onMount(() => box.focus());
  return (
    <div class="error-summary" role="alert" tabindex="-1" ref={box} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="error-summary-title">
        {props.title ?? 'There is a problem'}
      </h2>
      <ul class="error-summary-list">
        <For each={props.errors}>
          {(e) => (
            <li>
              <Show when={e.href} fallback={e.message}>
                {(href) => (
                  <a
                    href={`#${href()}`}
                    onClick={(ev) => {
                      const el = document.getElementById(href());
                      if (el) {
                        ev.preventDefault();
                        el.focus();
                        el.scrollIntoView({ block: 'center' });
                      }
                    }}
                  >
                    {e.message}
                  </a>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
