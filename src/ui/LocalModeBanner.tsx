// Local mode says so plainly, lets you act as a sample person (there is no email sign-in), and
// offers a reset when the browser's copy of the database cannot start.
import { For, Show, createSignal } from 'solid-js';
import { PERSONAS } from '../backend/personas';
import { useBackend } from './BackendProvider';

export function LocalModeBanner() {
  const { backend, session, dbStatus, refetchMe, bumpData } = useBackend();
  const local = backend.local;
  const [resetting, setResetting] = createSignal(false);
  if (!local) return null;
  const current = () => PERSONAS.find((p) => p.user_id === (session()?.user_id ?? null))?.id ?? 'resident';
  const failed = () => {
    const s = dbStatus();
    return s?.type === 'cg-init-error' ? s.message : null;
  };
  const slow = () => {
    const s = dbStatus();
    return s?.type === 'cg-slow' ? s.seconds : null;
  };
  return (
    <div class="local-banner" role="region" aria-label="Local mode">
      <p>
        <strong>Local mode — sample data.</strong> Everything runs in your browser; assets and organisations are made up.
      </p>
      <label class="persona">
        <span>Acting as</span>
        <select
          value={current()}
          onChange={async (e) => {
            await local.auth.switchPersona!(e.currentTarget.value);
            refetchMe();
            bumpData();
          }}
        >
          <For each={PERSONAS}>{(p) => <option value={p.id}>{p.label}</option>}</For>
        </select>
      </label>
      <Show when={failed() ?? (slow() && `It has not answered for ${slow()} seconds.`)}>
        {(message) => (
          <div class="db-error" role="alert">
            <p>
              <strong>{failed() ? 'The local database could not start.' : 'The local database is taking a long time to start.'}</strong>{' '}
              {message()}
            </p>
            <p>Resetting deletes this browser's copy and starts again from the sample data. Anything you added locally is lost.</p>
            <button
              type="button"
              class="button button-warning"
              disabled={resetting()}
              onClick={async () => {
                setResetting(true);
                await local.reset();
              }}
            >
              Reset local database
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
