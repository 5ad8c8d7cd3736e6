// Under a saved listing: how often its organisation wants to be asked whether it is still
// right. When a check is due, every member gets an e-mail whose "Still correct" confirms it in
// one click; a second follows two weeks later, then the council's moderators chase.
import { For, Show, createResource, createSignal } from 'solid-js';
import type { CheckEvery } from '../../../backend/api';
import type { Uuid } from '../../../domain/types';
import { useBackend } from '../../../app/BackendProvider';
import { Field } from '../../../ui/Field';
import { CHECK_EVERY, remindersInWords } from './checkPlanWords';

import { t } from './i18n';

export function CheckPlanPanel(props: { assetId: Uuid }) {
  const { backend } = useBackend();
  const [plan, { mutate }] = createResource(
    () => props.assetId,
    (id) => backend.api.checkPlan(id),
  );
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  async function choose(months: CheckEvery) {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const saved = await backend.api.setCheckPlan(props.assetId, months);
      mutate(saved);
      setStatus(t('checkSaved', { every: CHECK_EVERY.find((c) => c.months === months)!.label.toLowerCase(), reminders: remindersInWords(saved) }));
    } catch (e) {
      setError(t('notSaved', { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="check-plan" aria-labelledby="check-plan-heading">
      <h2 id="check-plan-heading">{t('remindersHeading')}</h2>
      <Show when={plan.error}>
        <p class="banner danger" role="alert">
          {t('remindersUnloadable', { reason: (plan.error as Error).message })}
        </p>
      </Show>
      <Show when={plan.latest}>
        {(p) => (
          <>
            <Field id="check-every" label={t('howOften')} hint={t('howOftenHint')} error={error()}>
              {(c) => (
                <select
                  id={c.id}
                  aria-describedby={c.describedBy}
                  aria-invalid={c.invalid}
                  disabled={busy()}
                  value={String(p().every_months)}
                  onChange={(e) => void choose(Number(e.currentTarget.value) as CheckEvery)}
                >
                  <For each={CHECK_EVERY}>{(o) => <option value={String(o.months)}>{o.label}</option>}</For>
                </select>
              )}
            </Field>
            <p class="muted">{remindersInWords(p())}</p>
          </>
        )}
      </Show>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status()}
      </p>
    </section>
  );
}
