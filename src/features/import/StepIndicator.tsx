// Where the moderator is in the four steps; the current one is marked for screen readers too.
import { For } from 'solid-js';

export const STEP_NAMES = ['Choose the file', 'Match columns and categories', 'Check the rows', 'Import'] as const;

export function StepIndicator(props: { current: number }) {
  return (
    <ol class="step-indicator" aria-label="Steps">
      <For each={STEP_NAMES}>
        {(name, i) => (
          <li class={i() + 1 === props.current ? 'current' : i() + 1 < props.current ? 'done' : ''} aria-current={i() + 1 === props.current ? 'step' : undefined}>
            <span class="step-number">{i() + 1}</span> {name}
            {i() + 1 < props.current ? <span class="visually-hidden"> (done)</span> : null}
          </li>
        )}
      </For>
    </ol>
  );
}

/** The step's heading; takes focus when the step changes so screen readers hear where they are. */
export function StepHeading(props: { step: number; focus: boolean }) {
  return (
    <h2
      class="step-heading"
      tabindex="-1"
      ref={(el) => {
        if (props.focus) queueMicrotask(() => el.focus());
      }}
    >
      <span class="caption">Step {props.step} of 4</span> {STEP_NAMES[props.step - 1]}
    </h2>
  );
}
