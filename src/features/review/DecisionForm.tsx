// One moderation decision: choose an outcome, give a reason the organisation will see (required
// when it is not an approval), confirm. Shared by listings and organisations.
import { For, Show, createSignal, type JSX } from 'solid-js';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { Choice, Field, FieldSet } from '../../ui/Field';
import { placeServerError } from '../../app/serverError';

export interface DecisionOption<D extends string> {
  value: D;
  label: string;
  hint: string;
  needsReason: boolean;
  /** Extra controls shown under the option while it is chosen (e.g. auto-publish). */
  extra?: () => JSX.Element;
}

export function DecisionForm<D extends string>(props: {
  options: DecisionOption<D>[];
  reasonLabel: (decision: D | null) => string;
  onDecide: (decision: D, reason: string) => Promise<void>;
}) {
  const [decision, setDecision] = createSignal<D | null>(null);
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<{ decision?: string; reason?: string; form?: string }>({});
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);
  const chosen = () => props.options.find((o) => o.value === decision()) ?? null;

  const summary = (): SummaryError[] => [
    ...(errors().decision ? [{ href: 'decision', message: errors().decision! }] : []),
    ...(errors().reason ? [{ href: 'decision-reason', message: errors().reason! }] : []),
    ...(errors().form ? [{ message: errors().form! }] : []),
  ];

  async function submit(ev: Event) {
    ev.preventDefault();
    const d = decision();
    if (!d) {
      setErrors({ decision: 'Choose what to do' });
      return setAttempt((n) => n + 1);
    }
    if (chosen()?.needsReason && !reason().trim()) {
      setErrors({ reason: 'Give a reason the organisation will see' });
      return setAttempt((n) => n + 1);
    }
    setBusy(true);
    try {
      await props.onDecide(d, reason().trim());
      setErrors({});
    } catch (e) {
      const placed = placeServerError(e, ['review_note'] as const);
      setErrors(placed.field ? { reason: placed.message } : { form: placed.message });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form novalidate onSubmit={submit} class="decision">
      <h2>Your decision</h2>
      <ErrorSummary errors={summary()} focusKey={attempt()} />
      <FieldSet id="decision" legend="What do you want to do?" error={errors().decision}>
        <div class="choices">
          <For each={props.options}>
            {(o) => (
              <>
                <Choice
                  type="radio"
                  id={`decision-${o.value}`}
                  name="decision"
                  value={o.value}
                  checked={decision() === o.value}
                  onChange={() => setDecision(() => o.value)}
                  label={o.label}
                  hint={o.hint}
                />
                <Show when={decision() === o.value && o.extra}>
                  <div class="conditional">{o.extra!()}</div>
                </Show>
              </>
            )}
          </For>
        </div>
      </FieldSet>
      <Field
        id="decision-reason"
        label={props.reasonLabel(decision())}
        hint="The organisation sees this. Say what to change, plainly."
        error={errors().reason}
      >
        {(c) => (
          <textarea
            id={c.id}
            rows={3}
            aria-describedby={c.describedBy}
            aria-invalid={c.invalid || undefined}
            value={reason()}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={busy()}>
        Confirm decision
      </button>
    </form>
  );
}
