// Register an organisation: it starts pending, and the person registering becomes its owner.
// What is typed is kept in this browser until it is registered (src/ui/formDraft.ts).
import { A, useNavigate } from '@solidjs/router';
import { createStore, reconcile } from 'solid-js/store';
import { written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { createFormDraft, likeTemplate } from '../../ui/formDraft';
import { RestoredDraftNotice } from '../../ui/RestoredDraftNotice';
import { placeServerError } from '../../app/serverError';
import { usePageTitle } from '../../ui/usePageTitle';
import { OrganisationFields, orgFieldId } from './OrganisationFields';
import { ORGANISATION_FIELDS, emptyOrganisationForm, organisationInput, validateOrganisationForm } from './organisationForm';
import { orgPaths } from '../../app/paths';
import { t } from './i18n';

export function RegisterOrganisationPage() {
  const { backend, session } = useBackend();
  const navigate = useNavigate();
  usePageTitle(() => t('registerTitle'));
  const draft = createFormDraft({
    form: 'register-organisation',
    subject: 'new',
    person: () => session()?.user_id,
    clean: emptyOrganisationForm(),
    shape: (raw) => likeTemplate(emptyOrganisationForm(), raw),
  });
  const [form, setForm] = createStore(draft.found?.values ?? emptyOrganisationForm());
  draft.watch(() => form);
  const sending = createFormSubmit({ placeError: (e) => placeServerError(e, ORGANISATION_FIELDS), fields: ORGANISATION_FIELDS, idOf: orgFieldId });

  function discard() {
    draft.discard();
    setForm(reconcile(emptyOrganisationForm()));
    sending.clearErrors();
  }

  const submit = (ev: Event) =>
    sending.submit(
      {
        validate: () => validateOrganisationForm(form),
        send: () => backend.api.registerOrganisation(organisationInput(form)),
        done: (org) => {
          draft.saved(form);
          void written('organisation');
          navigate(orgPaths.assets(org.id), { state: { flash: t('registered', { name: org.name }) } });
        },
      },
      ev,
    );

  return (
    <div class="page narrow">
      <p>
        <A href={orgPaths.home()}>{t('backToOrgs')}</A>
      </p>
      <h1>{t('registerTitle')}</h1>
      <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
      <RestoredDraftNotice savedAt={draft.notice()?.savedAt ?? null} onDiscard={discard} />
      <p>{t('registerIntro')}</p>
      <form novalidate onSubmit={(e) => void submit(e)} aria-busy={sending.busy() || undefined}>
        <OrganisationFields form={form} setForm={setForm} errors={sending.errors()} />
        <button type="submit" disabled={sending.busy()}>
          {t('registerButton')}
        </button>
      </form>
    </div>
  );
}
