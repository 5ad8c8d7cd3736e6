// "Copy link to this page" for a neighbourhood page, with a confirmation in words.
import { Show, createSignal, onCleanup } from 'solid-js';
import { shareLink } from '../../ui/shareLink';
import { t } from './i18n';

export function WardShareButton(props: { title: string }) {
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const share = async () => {
    const url = location.href;
    const outcome = await shareLink(props.title, url);
    if (outcome !== 'copied' && outcome !== 'manual') return;
    setMessage(outcome === 'copied' ? t('shareCopied') : t('shareManual', { url }));
    clearTimeout(timer);
    timer = setTimeout(() => setMessage(''), 6000);
  };

  return (
    <span class="ward-share">
      <button type="button" class="secondary" onClick={() => void share()}>
        {t('share')}
      </button>
      <span role="status" class="ward-share-status">
        <Show when={message()}>{message()}</Show>
      </span>
    </span>
  );
}
