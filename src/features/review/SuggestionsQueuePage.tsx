// /review/suggestions: groups, places and services residents suggested, oldest first. The
// moderator makes a draft listing of one (and lands on it to finish it), e-mails the people who
// run it an invitation to list it themselves, or declines it, with a note. Residents who left an
// address hear what happened, and the address is deleted.
import { A, useNavigate } from '@solidjs/router';
import { For, Show, createMemo, createResource, createSignal } from 'solid-js';
import type { OrganisationChoice, Suggestion, SuggestionAction } from '../../backend/api';
import { useBackend } from '../../app/BackendProvider';
import { usePublished } from '../../app/PublishedProvider';
import { orgPaths } from '../../app/paths';
import { INVITATION_EMAIL_LIMIT, REVIEW_NOTE_LIMIT } from '../../domain/limits';
import { Choice, Field, FieldSet } from '../../ui/Field';
import { TextArea, TextField } from '../../ui/TextField';
import { SummaryRow } from '../../ui/SummaryRow';
import { formatDateTime } from '../../ui/formatChange';
import { usePageTitle } from '../../ui/usePageTitle';
import { reviewPaths } from './reviewRoute';
import { t } from './i18n';

const ACTIONS: { value: SuggestionAction; label: () => string; hint: () => string }[] = [
  { value: 'draft', label: () => t('makeDraft'), hint: () => t('makeDraftHint') },
  { value: 'invite', label: () => t('invite'), hint: () => t('inviteHint') },
  { value: 'decline', label: () => t('decline'), hint: () => t('declineHint') },
];

type Errors = Partial<Record<'action' | 'category' | 'org_id' | 'invite_email' | 'note' | 'form', string>>;

export function SuggestionsQueuePage() {
  const { backend } = useBackend();
  usePageTitle(() => t('suggestionsTitle'));
  const [queue, { mutate, refetch }] = createResource(() => backend.api.suggestionQueue());
  const [orgs] = createResource(() => backend.api.organisationChoices());
  const [flash, setFlash] = createSignal<string | null>(null);
  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <h1>{t('suggestionsTitle')}</h1>
      <p>{t('suggestionsIntro')}</p>
      <Show when={flash()}>
        <div class="banner success" role="status">
          <p>{flash()}</p>
        </div>
      </Show>
      <Show when={queue.error}>
        <p class="banner danger" role="alert">
          {t('suggestionsUnloadable', { reason: (queue.error as Error).message })}
        </p>
      </Show>
      <Show
        when={!queue.error && queue.latest}
        fallback={
          <Show when={!queue.error}>
            <p>{t('loadingSuggestions')}</p>
          </Show>
        }
      >
        <For each={queue.latest} fallback={<p>{t('noSuggestions')}</p>}>
          {(s) => (
            <SuggestionCard
              suggestion={s}
              orgs={orgs.error ? [] : (orgs.latest ?? [])}
              onDone={(message) => {
                mutate((list) => list?.filter((x) => x.id !== s.id));
                setFlash(message);
              }}
              onStale={() => void refetch()}
            />
          )}
        </For>
      </Show>
    </div>
  );
}

function SuggestionCard(props: { suggestion: Suggestion; orgs: OrganisationChoice[]; onDone: (message: string) => void; onStale: () => void }) {
  const { backend } = useBackend();
  const published = usePublished();
  const navigate = useNavigate();
  const s = () => props.suggestion;
  const topCategories = createMemo(() => published.categories().filter((c) => !c.parent));
  const [action, setAction] = createSignal<SuggestionAction | ''>('');
  const [category, setCategory] = createSignal('');
  const [orgId, setOrgId] = createSignal('');
  const [invite, setInvite] = createSignal('');
  const [note, setNote] = createSignal('');
  const [errors, setErrors] = createSignal<Errors>({});
  const [busy, setBusy] = createSignal(false);
  const id = (x: string) => `suggestion-${s().id}-${x}`;

  function check(): Errors {
    const e: Errors = {};
    if (!action()) e.action = t('chooseSuggestionAction');
    if (action() === 'draft' && !category()) e.category = t('chooseCategoryError');
    if (action() === 'invite' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(invite().trim())) e.invite_email = t('inviteEmailError');
    if (note().length > REVIEW_NOTE_LIMIT) e.note = t('noteTooLong', { limit: REVIEW_NOTE_LIMIT });
    return e;
  }

  async function decide(ev: Event) {
    ev.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    const chosen = action() as SuggestionAction;
    setBusy(true);
    try {
      const done = await backend.api.handleSuggestion(s().id, chosen, {
        note: note().trim() || null,
        category: chosen === 'draft' ? category() : null,
        org_id: chosen === 'draft' && orgId() ? orgId() : null,
        invite_email: chosen === 'invite' ? invite().trim() : null,
      });
      if (chosen === 'draft' && done.asset_id) {
        const flash = t('nowDraft', { name: s().name });
        navigate(done.org_id ? orgPaths.asset(done.org_id, done.asset_id) : reviewPaths.asset(done.asset_id), { state: { flash } });
        return;
      }
      props.onDone(chosen === 'invite' ? t('invitationSent', { name: s().name, email: invite().trim() }) : t('declined', { name: s().name }));
    } catch (e) {
      const err = e as Error & { code?: string | null; field?: string | null };
      if (err.code === '40001') props.onStale();
      const field = err.field === 'categories' ? 'category' : err.field;
      setErrors(field && ['action', 'category', 'org_id', 'invite_email', 'note'].includes(field) ? { [field]: err.message } : { form: err.message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="suggestion" aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{s().name}</h2>
      <dl class="summary-list">
        <SummaryRow term={t('termWhatItIs')}>{s().description || t('notSaid')}</SummaryRow>
        <SummaryRow term={t('termWhere')}>{s().place || t('notSaid')}</SummaryRow>
        <SummaryRow term={t('termWhen')}>{s().times || t('notSaid')}</SummaryRow>
        <SummaryRow term={t('termContact')}>{s().contact || t('notSaid')}</SummaryRow>
        <SummaryRow term={t('termSuggested')}>
          {formatDateTime(s().created_at)}
          <Show when={s().wants_reply}>{t('askedToHearBack')}</Show>
        </SummaryRow>
      </dl>
      <form novalidate onSubmit={(e) => void decide(e)} aria-busy={busy() || undefined}>
        <Show when={errors().form}>
          <p class="banner danger" role="alert">
            {errors().form}
          </p>
        </Show>
        <FieldSet id={id('action')} legend={t('whatToDo')} error={errors().action}>
          <For each={ACTIONS}>
            {(a) => (
              <Choice
                type="radio"
                id={id(`action-${a.value}`)}
                name={id('action')}
                value={a.value}
                checked={action() === a.value}
                onChange={(on) => on && setAction(a.value)}
                label={a.label()}
                hint={a.hint()}
              />
            )}
          </For>
        </FieldSet>
        <Show when={action() === 'draft'}>
          <Field id={id('category')} label={t('category')} error={errors().category}>
            {(c) => (
              <select
                id={c.id}
                aria-describedby={c.describedBy}
                aria-invalid={c.invalid || undefined}
                value={category()}
                onChange={(e) => setCategory(e.currentTarget.value)}
              >
                <option value="">{t('chooseCategory')}</option>
                <For each={topCategories()}>{(k) => <option value={k.slug}>{k.label}</option>}</For>
              </select>
            )}
          </Field>
          <Field id={id('org')} label={t('organisationOptional')} hint={t('organisationOptionalHint')} error={errors().org_id}>
            {(c) => (
              <select id={c.id} aria-describedby={c.describedBy} aria-invalid={c.invalid || undefined} value={orgId()} onChange={(e) => setOrgId(e.currentTarget.value)}>
                <option value="">{t('noOrganisationYet')}</option>
                <For each={props.orgs}>{(o) => <option value={o.id}>{o.status === 'verified' ? o.name : t('notVerifiedYet', { name: o.name })}</option>}</For>
              </select>
            )}
          </Field>
        </Show>
        <Show when={action() === 'invite'}>
          <TextField
            id={id('invite')}
            type="email"
            autocomplete="off"
            spellcheck={false}
            label={t('inviteEmailLabel')}
            error={errors().invite_email}
            value={invite()}
            onInput={setInvite}
            maxlength={INVITATION_EMAIL_LIMIT}
          />
        </Show>
        <TextArea id={id('note')} rows={3} label={t('noteOptionalShort')} hint={t('suggestionNoteHint')} error={errors().note} value={note()} onInput={setNote} />
        <button type="submit" disabled={busy()}>
          {t('saveDecision')}
          <span class="visually-hidden">{t('about', { name: s().name })}</span>
        </button>
      </form>
    </section>
  );
}
