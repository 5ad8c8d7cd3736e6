// "You're offline — showing saved listings", while the browser has no connection, and the prompt
// to reload when a new version has installed (registerServiceWorker.ts).
import { Show, createSignal, onCleanup } from 'solid-js';
import { applyUpdate, updateWaiting } from './registerServiceWorker';
import { t } from './i18n';

export function OfflineNotice() {
  const [online, setOnline] = createSignal(navigator.onLine);
  const [updating, setUpdating] = createSignal(false);
  const on = () => setOnline(true);
  const off = () => setOnline(false);
  addEventListener('online', on);
  addEventListener('offline', off);
  onCleanup(() => {
    removeEventListener('online', on);
    removeEventListener('offline', off);
  });
  return (
    <>
      <div role="status" class="offline-status">
        <Show when={!online()}>
          <p class="offline-notice">
            <strong>{t('offline')}</strong> {t('offlineDetail')}
          </p>
        </Show>
      </div>
      <Show when={updateWaiting()}>
        <div class="update-prompt">
          <p>{t('updateReady')}</p>
          <button
            type="button"
            class="button"
            disabled={updating()}
            onClick={() => {
              setUpdating(true);
              applyUpdate();
            }}
          >
            {updating() ? t('updating') : t('updateReload')}
          </button>
        </div>
      </Show>
    </>
  );
}
