// Pages for signed-in work (organisation, review, coverage, import) ask the database for
// everything. In local mode they open once it has started, instead of half-drawing and waiting;
// until then they say so (the banner shows the progress, or why it could not start). Signed-out
// visitors pass straight through to each page's own sign-in prompt.
import { Match, Switch, createEffect, createMemo, type Component, type JSX } from 'solid-js';
import { useBackend } from './BackendProvider';
import { usePageTitle } from '../ui/usePageTitle';
import { t } from './i18n';

export function DatabaseGate(props: { children: JSX.Element }) {
  const { backend, session, authKnown, dbStatus } = useBackend();
  const local = backend.local;
  // Someone signed in is here to work: start the database now rather than when the page is idle.
  createEffect(() => {
    if (local && session()) local.start().catch(() => {}); // the banner reports failures
  });
  const state = () => {
    if (!authKnown()) return 'checking';
    if (!local || !session()) return 'open';
    const s = dbStatus();
    if (s?.type === 'cg-status' && s.phase === 'ready') return 'open';
    if (s?.type === 'cg-init-error' || s?.type === 'cg-released') return 'failed';
    return 'starting';
  };
  // Once open, a page stays open (a reset in another tab must not take a half-filled form away).
  const open = createMemo((was: boolean) => was || state() === 'open', false);
  return (
    <Switch>
      <Match when={open()}>{props.children}</Match>
      <Match when={state() === 'checking'}>
        <p class="loading">{t('checkingWho')}</p>
      </Match>
      <Match when={state() === 'failed'}>
        <Waiting title={t('dbFailedTitle')}>{t('dbFailedBody')}</Waiting>
      </Match>
      <Match when={state() === 'starting'}>
        <Waiting title={t('dbWaitingTitle')}>{t('dbWaitingBody')}</Waiting>
      </Match>
    </Switch>
  );
}

function Waiting(props: { title: string; children: JSX.Element }) {
  usePageTitle(() => props.title);
  return (
    <div class="page narrow">
      <h1>{props.title}</h1>
      <p>{props.children}</p>
    </div>
  );
}

/** A route component that opens only once the database can answer (see DatabaseGate). */
export function needsDatabase<P extends object>(Page: Component<P>): Component<P> {
  return (props) => (
    <DatabaseGate>
      <Page {...props} />
    </DatabaseGate>
  );
}
