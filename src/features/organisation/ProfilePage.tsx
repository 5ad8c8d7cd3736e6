// Owners edit the organisation's profile. Saves carry the version the form started from, so two
// owners editing at once get a clear conflict (with their text kept) instead of a silent
// overwrite. Once verified (and not trusted to publish without review), a saved edit waits for a
// moderator: residents keep seeing the current profile, and the form shows the proposal.
import { Show, createSignal, untrack } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { ChangesTable, type ChangeRow } from '../../ui/ChangesTable';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FlashBanner } from '../../ui/FlashBanner';
import { placeServerError } from '../../app/serverError';
import { usePageTitle } from '../../ui/usePageTitle';
import type { Organisation } from '../../domain/types';
import type { OrgContext } from './OrganisationFrame';
import { OrganisationFields, orgFieldId } from './OrganisationFields';
import { ORGANISATION_FIELDS, organisationFormFrom, organisationInput, validateOrganisationForm } from './organisationForm';
import { t } from './i18n';

export function ProfilePage(props: { ctx: OrgContext }) {
  const { backend } = useBackend();
  usePageTitle(() => t('profileTitle', { name: props.ctx.org().name }));
  // The form keeps its own copy: a background refetch must never replace what someone typed.
  const [base, setBase] = createSignal<Organisation>(untrack(() => props.ctx.org()));
  const [form, setForm] = createStore(organisationFormFrom(withProposal(untrack(base))));
  const [conflict, setConflict] = createSignal<Organisation | null>(null);
  const canEdit = () => props.ctx.role() === 'owner' || props.ctx.isModerator();
  const reviewed = () => base().status === 'verified' && !base().auto_publish && !props.ctx.isModerator();
  const sending = createFormSubmit({ placeError: (e) => placeServerError(e, ORGANISATION_FIELDS), fields: ORGANISATION_FIELDS, idOf: orgFieldId });

  const save = (ev?: Event) =>
    sending.submit(
      {
        validate: () => validateOrganisationForm(form),
        send: () => backend.api.updateOrganisation(props.ctx.orgId, organisationInput(form), base().version),
        done: (org) => {
          setBase(org);
          setConflict(null);
          void written('organisation');
          return org.pending_changes ? t('sentForReview') : t('profileSaved');
        },
        onConflict: async () => void setConflict(await backend.api.organisation(props.ctx.orgId).catch(() => null)),
      },
      ev,
    );

  const theirChanges = (): ChangeRow[] => {
    const latest = conflict();
    if (!latest) return [];
    return ORGANISATION_FIELDS.filter((f) => (base()[f] ?? '') !== (latest[f] ?? '')).map((f) => ({ field: f, from: base()[f], to: latest[f] }));
  };

  return (
    <>
      <h1>{t('profile')}</h1>
      <FlashBanner message={sending.saved()} />
      <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
      <Show when={conflict()}>
        {(latest) => (
          <div class="banner warning conflict" role="alert">
            <h2>{t('conflictHeading')}</h2>
            <p>{t('conflictText')}</p>
            <Show when={theirChanges().length > 0} fallback={<p>{t('conflictNothingVisible')}</p>}>
              <ChangesTable caption={t('whatTheyChanged')} captionClass="" rows={theirChanges()} fromLabel={t('whenYouOpened')} toLabel={t('now')} />
            </Show>
            <div class="button-group">
              <button type="button" onClick={() => (setBase(latest()), void save())}>
                {t('saveMine')}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setBase(latest());
                  setForm(reconcile(organisationFormFrom(withProposal(latest()))));
                  setConflict(null);
                }}
              >
                {t('loadTheirs')}
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={base().pending_changes}>
        <div class="banner" role="status">
          <h2>{t('waitingReviewHeading')}</h2>
          <p>{t('waitingReviewText')}</p>
        </div>
      </Show>
      <Show when={!base().pending_changes && base().review_note && base().status === 'verified'}>
        <p class="banner">
          <strong>{t('moderatorNoteLast')}</strong> {base().review_note}
        </p>
      </Show>
      <Show when={canEdit()} fallback={<p>{t('onlyOwners', { name: props.ctx.org().name })}</p>}>
        <form novalidate onSubmit={(e) => void save(e)} class="narrow-form" aria-busy={sending.busy() || undefined}>
          <OrganisationFields form={form} setForm={setForm} errors={sending.errors()} />
          <Show when={reviewed()}>
            <p class="hint">{t('reviewedHint')}</p>
          </Show>
          <button type="submit" disabled={sending.busy()}>
            {reviewed() ? t('sendForReview') : t('saveProfile')}
          </button>
        </form>
      </Show>
    </>
  );
}

/** The profile as its owner last proposed it: the current one with any edit waiting for review. */
function withProposal(o: Organisation): Organisation {
  return o.pending_changes ? { ...o, ...o.pending_changes } : o;
}
