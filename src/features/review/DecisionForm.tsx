// One moderation decision: choose an outcome, give a reason the organisation will see (required
// when it is not an approval), confirm. Shared by listings and organisations.
import { For, Show, createSignal, type JSX } from 'solid-js';
import { REVIEW_NOTE_LIMIT } from '../../domain/limits';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Choice, FieldSet } from '../../ui/Field';
import type { FieldErrors } from '../../ui/formSubmit';
import { placeServerError } from '../../app/serverError';
import { TextArea } from '../../ui/TextField';
import { t } from './i18n';

const DECISION_FIELDS = ['decision', 'reason'] as const;
type DecisionField = (typeof DECISION_FIELDS)[number];

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
  const sending = createFormSubmit({
    // Only the note has a column: a server error naming it goes beside the reason.
    placeError: (e) => placeServerError<DecisionField>(e, [], { review_note: 'reason' }),
    fields: DECISION_FIELDS,
    idOf: (f) => (f === 'reason' ? 'decision-reason' : 'decision'),
  });
  const chosen = () => props.options.find((o) => o.value === decision()) ?? null;

  const submit = (ev: Event) =>
    sending.submit(
      {
        validate: (): FieldErrors<DecisionField> => {
          if (!decision()) return { decision: t('chooseDecision') };
          if (chosen()?.needsReason && !reason().trim()) return { reason: t('giveReason') };
          return {};
        },
        send: () => props.onDecide(decision()!, reason().trim()),
      },
      ev,
    );

  return (
    <form novalidate onSubmit={(e) => void submit(e)} class="decision" aria-busy={sending.busy() || undefined}>
      <h2>{t('yourDecision')}</h2>
      <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
      <FieldSet id="decision" legend={t('whatToDo')} error={sending.errors().decision}>
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
      <TextArea
        id="decision-reason"
        rows={3}
        label={props.reasonLabel(decision())}
        hint={t('reasonHint')}
        error={sending.errors().reason}
        maxlength={REVIEW_NOTE_LIMIT}
        value={reason()}
        onInput={setReason}
      />
      <button type="submit" disabled={sending.busy()}>
        {t('confirmDecision')}
      </button>
    </form>
  );
}
