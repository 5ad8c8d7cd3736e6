// Local mode says so plainly, lets you act as a sample person (there is no email sign-in), shows
// the database starting for people who wait for it, and says in plain words what to do when it
// cannot start.
import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createSignal, untrack } from 'solid-js';
import { PERSONAS } from '../backend/personas';
import { FAILURE_TEXT } from '../backend/local/startFailure';
import type { StartPhase } from '../backend/local/db.worker';
import type { LocalControls } from '../backend/createBackend';
import { revalidateAll } from './data/liveData';
import { useBackend } from './BackendProvider';
import { outboxPath } from './paths';
import { t } from './i18n';

/** The steps a person waits through, in order, as they read in the progress line. */
const STEPS: Partial<Record<StartPhase, () => string>> = {
  waiting: () => t('step_waiting'),
  checking: () => t('step_checking'),
  'loading-snapshot': () => t('step_loadingSnapshot'),
  opening: () => t('step_opening'),
  migrating: () => t('step_migrating'),
};
const STEP_NUMBER: Partial<Record<StartPhase, number>> = { waiting: 1, checking: 2, 'loading-snapshot': 3, opening: 3, migrating: 4 };
const STEP_COUNT = 4;

export function LocalModeBanner() {
  const { backend } = useBackend();
  return <Show when={backend.local}>{(local) => <Banner local={local()} />}</Show>;
}

function Banner(props: { local: LocalControls }) {
  const { session, dbStatus } = useBackend();
  const local = untrack(() => props.local);
  const [resetting, setResetting] = createSignal(false);
  const current = () => PERSONAS.find((p) => p.user_id === (session()?.user_id ?? null))?.id ?? 'resident';
  const failure = () => {
    const s = dbStatus();
    return s?.type === 'cg-init-error' ? s : null;
  };
  const slow = () => {
    const s = dbStatus();
    return s?.type === 'cg-slow' ? s.seconds : null;
  };
  // Residents never wait for the database (it starts in the background), so only signed-in
  // people see it start.
  const starting = () => {
    const s = dbStatus();
    return session() && s?.type === 'cg-status' && s.phase !== 'ready' ? s.phase : null;
  };
  const resetButton = () => (
    <button
      type="button"
      class="button button-warning"
      disabled={resetting()}
      onClick={async () => {
        setResetting(true);
        await local.reset();
      }}
    >
      {t('resetDatabase')}
    </button>
  );
  const reloadButton = () => (
    <button type="button" class="button" onClick={() => location.reload()}>
      {t('reloadPage')}
    </button>
  );
  const resetWarning = <p>{t('resetWarning')}</p>;
  return (
    <div class="local-banner" role="region" aria-label={t('localMode')}>
      <p>
        <strong>{t('localModeLead')}</strong> {t('localModeBody')} <A href={outboxPath()}>{t('outbox')}</A>.
      </p>
      <label class="persona">
        <span>{t('actingAs')}</span>
        <select
          value={current()}
          onChange={async (e) => {
            await local.switchPersona(e.currentTarget.value);
            void revalidateAll();
          }}
        >
          <For each={PERSONAS}>{(p) => <option value={p.id}>{p.label}</option>}</For>
        </select>
      </label>
      <Switch>
        <Match when={failure()}>
          {(f) => (
            <div class="db-error" role="alert">
              <p>
                <strong>{t('dbCouldNotStart')}</strong> {t(`start_${f().reason}`)} {t(`start_${f().reason}_todo`)}
              </p>
              <Show when={FAILURE_TEXT[f().reason].offerReset} fallback={reloadButton()}>
                {resetWarning}
                {resetButton()}
              </Show>
              <details>
                <summary>{t('technicalDetails')}</summary>
                <p>{f().detail}</p>
              </details>
            </div>
          )}
        </Match>
        <Match when={slow()}>
          {(seconds) => (
            <div class="db-error" role="alert">
              <p>
                <strong>{t('dbSlow')}</strong>
                {t('dbSlowFor', { seconds: seconds() })}
              </p>
              {resetWarning}
              {resetButton()}
            </div>
          )}
        </Match>
        <Match when={dbStatus()?.type === 'cg-released'}>
          <div class="db-error" role="alert">
            <p>
              <strong>{t('dbResetElsewhere')}</strong>
              {t('dbReloadToCarryOn')}
            </p>
            {reloadButton()}
          </div>
        </Match>
        <Match when={starting()}>
          {(phase) => (
            <div class="db-starting" role="status">
              <label>
                <span>
                  <strong>{t('dbStarting')}</strong> {t('dbStep', { step: STEP_NUMBER[phase()] ?? 1, of: STEP_COUNT, what: STEPS[phase()]?.() ?? '' })}
                </span>
                <progress max={STEP_COUNT} value={(STEP_NUMBER[phase()] ?? 1) - 1} />
              </label>
            </div>
          )}
        </Match>
      </Switch>
    </div>
  );
}
