// Register an organisation: it starts pending, and the person registering becomes its owner.
// What is typed is kept in this browser until it is registered (src/ui/formDraft.ts).
import { A, useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { createFormDraft, likeTemplate } from '../../ui/formDraft';
import { RestoredDraftNotice } from '../../ui/RestoredDraftNotice';
import { placeServerError } from '../../app/serverError';
import { usePageTitle } from '../../ui/usePageTitle';
import { OrganisationFields, orgFieldId } from './OrganisationFields';
import { ORGANISATION_FIELDS, emptyOrganisationForm, organisationInput, validateOrganisationForm, type OrganisationField } from './organisationForm';
import { orgPaths } from '../../app/paths';

export function RegisterOrganisationPage() {
  const { backend, session } = useBackend();
  const navigate = useNavigate();
  usePageTitle(() => 'Register an organisation');
  const draft = createFormDraft({
    form: 'register-organisation',
    subject: 'new',
    person: () => session()?.user_id,
    clean: emptyOrganisationForm(),
    shape: (raw) => likeTemplate(emptyOrganisationForm(), raw),
  });
  const [form, setForm] = createStore(draft.found?.values ?? emptyOrganisationForm());
  draft.watch(() => form);
  const [errors, setErrors] = createSignal<Partial<Record<OrganisationField, string>>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [attempt, setAttempt] = createSignal(0);
  const [busy, setBusy] = createSignal(false);

  const summary = (): SummaryError[] => [
    ...ORGANISATION_FIELDS.filter((f) => errors()[f]).map((f) => ({ href: orgFieldId(f), message: errors()[f]! })),
    ...(formError() ? [{ message: formError()! }] : []),
  ];

  function discard() {
    draft.discard();
    setForm(reconcile(emptyOrganisationForm()));
    setErrors({});
  }

  async function submit(ev: Event) {
    ev.preventDefault();
    setFormError(null);
    const errs = validateOrganisationForm(form);
    setErrors(errs);
    if (Object.keys(errs).length) return setAttempt((n) => n + 1);
    setBusy(true);
    try {
      const org = await backend.api.registerOrganisation(organisationInput(form));
      draft.saved(form);
      void written('organisation');
      navigate(orgPaths.assets(org.id), { state: { flash: `${org.name} is registered. A council moderator will check it soon.` } });
    } catch (e) {
      const placed = placeServerError(e, ORGANISATION_FIELDS);
      if (placed.field) setErrors({ [placed.field]: placed.message });
      else setFormError(placed.message);
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="page narrow">
      <p>
        <A href={orgPaths.home()}>Back to your organisations</A>
      </p>
      <h1>Register an organisation</h1>
      <ErrorSummary errors={summary()} focusKey={attempt()} />
      <RestoredDraftNotice savedAt={draft.notice()?.savedAt ?? null} onDiscard={discard} />
      <p>
        Voluntary, community, faith and social enterprise organisations can list their groups, places and services. A council moderator
        checks each new organisation before its listings appear on the map. You will be its first owner, and can add colleagues as editors.
      </p>
      <form novalidate onSubmit={submit}>
        <OrganisationFields form={form} setForm={setForm} errors={errors()} />
        <button type="submit" disabled={busy()}>
          Register organisation
        </button>
      </form>
    </div>
  );
}
