// Shares the current view's link: the phone's share sheet where there is one, else the
// clipboard, with a visible confirmation (and one a screen reader hears).
import { Show, createSignal, onCleanup } from 'solid-js';
import { t } from './i18n';

export function ShareButton(props: { title: string }) {
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const say = (text: string) => {
    setMessage(text);
    clearTimeout(timer);
    timer = setTimeout(() => setMessage(''), 6000);
  };

  const share = async () => {
    const url = location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: props.title, url });
        return;
      } catch (e) {
        if ((e as Error).name === 'AbortError') return; // the resident closed the share sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      say(t('copied'));
    } catch {
      say(t('copyThis', { url }));
    }
  };

  return (
    <span class="share">
      <button type="button" class="secondary" onClick={() => void share()}>
        {t('copyLink')}
      </button>
      <span role="status" class="share-status">
        <Show when={message()}>{message()}</Show>
      </span>
    </span>
  );
}
