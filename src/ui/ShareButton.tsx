// "Copy link": the phone's share sheet where there is one, else the clipboard (src/ui/shareLink.ts),
// with a confirmation in words beside the button that a screen reader hears too.
import { Show, createSignal, onCleanup } from 'solid-js';
import { shareLink } from './shareLink';

export interface ShareWords {
  button: string;
  copied: string;
  copyThis: (url: string) => string;
}

export function ShareButton(props: { title: string; words: ShareWords; class: string }) {
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  const share = async () => {
    const url = location.href;
    const outcome = await shareLink(props.title, url);
    if (outcome !== 'copied' && outcome !== 'manual') return; // shared, or the sheet was closed
    setMessage(outcome === 'copied' ? props.words.copied : props.words.copyThis(url));
    clearTimeout(timer);
    timer = setTimeout(() => setMessage(''), 6000);
  };

  return (
    <span class={props.class}>
      <button type="button" class="secondary" onClick={() => void share()}>
        {props.words.button}
      </button>
      <span role="status" class={`${props.class}-status`}>
        <Show when={message()}>{message()}</Show>
      </span>
    </span>
  );
}
