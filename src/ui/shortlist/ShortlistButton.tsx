// Adds a listing to the shortlist, or takes it off, from a result or an asset page. The outcome
// is said beside the button (and to screen readers), including when the list is full or the
// browser is not saving it.
import { Show, createSignal, onCleanup } from 'solid-js';
import { SHORTLIST_MAX_ITEMS } from '../../domain/shortlist';
import { addToShortlist, isShortlisted, removeFromShortlist, shortlist, storageProblem } from './store';
import { t } from './i18n';

export function ShortlistButton(props: { assetId: string; name: string }) {
  const [message, setMessage] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const say = (text: string) => {
    setMessage(text);
    clearTimeout(timer);
    timer = setTimeout(() => setMessage(''), 8000);
  };
  const toggle = () => {
    if (isShortlisted(props.assetId)) {
      removeFromShortlist(props.assetId);
      return say(t('removed'));
    }
    const outcome = addToShortlist(props.assetId, props.name);
    if (outcome === 'full') return say(t('full', { max: SHORTLIST_MAX_ITEMS }));
    say(storageProblem() === 'blocked' || storageProblem() === 'full' ? t('notSaved') : t('added', { count: shortlist().length }));
  };
  return (
    <span class="shortlist-toggle">
      <button type="button" class="secondary shortlist-button" onClick={toggle}>
        {isShortlisted(props.assetId) ? t('remove') : t('add')}
        <span class="visually-hidden">: {props.name}</span>
      </button>
      <span role="status" class="shortlist-status">
        <Show when={message()}>{message()}</Show>
      </span>
    </span>
  );
}
