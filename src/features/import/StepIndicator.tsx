// Where the moderator is in the four steps; the current one is marked for screen readers too.
import { For } from 'solid-js';
import { t } from './i18n';

const STEP_KEYS = ['step1', 'step2', 'step3', 'step4'] as const;

/** The four steps' names, in the current language. */
export const stepNames = () => STEP_KEYS.map((k) => t(k));

export function StepIndicator(props: { current: number }) {
  return (
    <ol class="step-indicator" aria-label={t('steps')}>
      <For each={stepNames()}>
        {(name, i) => (
          <li class={i() + 1 === props.current ? 'current' : i() + 1 < props.current ? 'done' : ''} aria-current={i() + 1 === props.current ? 'step' : undefined}>
            <span class="step-number">{i() + 1}</span> {name}
            {i() + 1 < props.current ? <span class="visually-hidden">{t('done')}</span> : null}
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
      <span class="caption">{t('stepCaption', { step: props.step })}</span> {stepNames()[props.step - 1]}
    </h2>
  );
}
