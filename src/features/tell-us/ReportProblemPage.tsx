// /asset/:id/report: "Report a problem" with a listing, for anyone, signed in or not. Its own
// page, loaded only when someone opens it, so the listing page stays light. A council moderator
// reads each report; the database checks every field, drops what robots send (the honeypot) and
// takes at most a few reports an hour from one place (api.report_problem).
import { A, useParams } from '@solidjs/router';
import { For, Show, createMemo, createResource, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { useBackend } from '../../app/BackendProvider';
import { written } from '../../app/data/liveData';
import { usePublished } from '../../app/PublishedProvider';
import { residentPaths } from '../../app/paths';
import { placeResidentError } from '../../app/serverError';
import { REPORT_LIMITS } from '../../domain/limits';
import { REPORT_REASONS, reasonLabel, tidyText, validateReport, type ReportForm } from '../../domain/publicForms';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Choice, FieldSet } from '../../ui/Field';
import { TextArea } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { Honeypot } from './Honeypot';
import { ReplyEmailField } from './ReplyEmailField';
import './tellUs.css';
import { t } from './i18n';

const FIELDS = ['reason', 'details', 'email'] as const;
type F = (typeof FIELDS)[number];
const idOf = (f: F) => (f === 'reason' ? 'report-reason-first' : `report-${f}`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function ReportProblemPage() {
  const params = useParams<{ id: string }>();
  const published = usePublished();
  const { backend } = useBackend();
  const fromFile = createMemo(() => published.features().find((f) => f.properties.id === params.id)?.properties.name ?? null);
  // A listing published since the file was made: ask the database for its name.
  const [fromApi] = createResource(
    () => (UUID.test(params.id) && !fromFile() && published.source() !== 'loading' ? params.id : false),
    // Unreachable just now: no name, and the form still works (the database checks the listing).
    (id) =>
      backend.api.asset(id).then(
        (a) => (a && a.status === 'published' ? a.name : null),
        () => undefined,
      ),
  );
  const name = () => fromFile() ?? fromApi() ?? null;
  const missing = () => !UUID.test(params.id) || (!fromFile() && fromApi.state === 'ready' && fromApi() === null);

  const [form, setForm] = createStore<ReportForm>({ reason: '', details: '', email: '' });
  const [trap, setTrap] = createSignal('');
  const [sent, setSent] = createSignal(false);
  const sending = createFormSubmit<F>({ placeError: (e) => placeResidentError(e, FIELDS), fields: FIELDS, idOf });
  usePageTitle(() => (sent() ? t('reportThanksTitle') : missing() ? t('reportMissingTitle') : t('reportTitle', { name: name() })));

  let thanks: HTMLHeadingElement | undefined;
  const submit = (ev: Event) =>
    sending.submit(
      {
        validate: () => validateReport(form),
        send: () => backend.api.reportProblem(params.id, form.reason, tidyText(form.details), form.email.trim() || null, trap() || null),
        done: () => {
          void written('reports');
          setSent(true);
          queueMicrotask(() => thanks?.focus());
        },
      },
      ev,
    );

  const left = () => REPORT_LIMITS.details - tidyText(form.details).length;

  return (
    <div class="page narrow tell-us-page">
      <p>
        <A href={residentPaths.asset(params.id)}>{t('backToListing')}</A>
      </p>
      <Show
        when={!missing()}
        fallback={
          <>
            <h1>{t('reportMissingTitle')}</h1>
            <p>{t('reportMissingBody')}</p>
            <p>
              <A href="/">{t('searchLink')}</A>
            </p>
          </>
        }
      >
        <Show
          when={!sent()}
          fallback={
            <>
              <h1 ref={thanks} tabindex="-1">
                {t('reportThanksTitle')}
              </h1>
              <p role="status">{t('reportThanksBody')}</p>
              <Show when={form.email.trim()}>
                <p>{t('reportThanksEmail')}</p>
              </Show>
              <p>
                <A href={residentPaths.asset(params.id)}>{t('backToName', { name: name() })}</A>
              </p>
            </>
          }
        >
          <h1>
            {t('reportHeading')}
            <Show when={name()}>{(n) => t('reportHeadingWith', { name: n() })}</Show>
          </h1>
          <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
          <p>{t('reportIntro')}</p>
          <form novalidate onSubmit={(e) => void submit(e)} aria-busy={sending.busy() || undefined}>
            <FieldSet id="report-reason" legend={t('reasonLegend')} error={sending.errors().reason}>
              <For each={REPORT_REASONS}>
                {(r, i) => (
                  <Choice
                    type="radio"
                    id={i() === 0 ? 'report-reason-first' : `report-reason-${r.value}`}
                    name="reason"
                    value={r.value}
                    checked={form.reason === r.value}
                    onChange={(on) => on && setForm('reason', r.value)}
                    label={reasonLabel(r.value)}
                  />
                )}
              </For>
            </FieldSet>
            <TextArea
              id="report-details"
              name="details"
              rows={6}
              label={form.reason === 'other' ? t('detailsLabel') : t('detailsOptionalLabel')}
              hint={t('detailsHint')}
              error={sending.errors().details}
              value={form.details}
              onInput={(v) => setForm('details', v)}
            />
            <p class="hint tell-us-count" aria-live="polite">
              <Show when={left() >= 0} fallback={t('charactersTooMany', { count: -left() })}>
                {t('charactersLeft', { count: left() })}
              </Show>
            </p>
            <ReplyEmailField id="report-email" error={sending.errors().email} value={form.email} onInput={(v) => setForm('email', v)} maxlength={REPORT_LIMITS.email} />
            <Honeypot value={trap()} onInput={setTrap} />
            <button type="submit" disabled={sending.busy()}>
              {t('sendReport')}
            </button>
          </form>
        </Show>
      </Show>
    </div>
  );
}
