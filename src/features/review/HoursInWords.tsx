// Opening hours for a moderator: in the words residents will read, with the stored
// OpenStreetMap syntax under them, and a warning when the syntax cannot be read at all.
import { For, Show } from 'solid-js';
import { describe } from '../../domain/openingHours';
import { notGiven } from '../../ui/formatChange';
import { t } from './i18n';

export function HoursInWords(props: { value: unknown }) {
  const raw = () => (typeof props.value === 'string' ? props.value.trim() : '');
  const words = () => describe(raw());
  return (
    <Show when={raw()} fallback={notGiven()}>
      <Show when={words().ok} fallback={<p class="hours-unreadable">{t('hoursUnreadable')}</p>}>
        <ul class="hours-words">
          <For each={words().lines}>{(line) => <li>{line}</li>}</For>
        </ul>
      </Show>
      <code class="hours-raw">{raw()}</code>
    </Show>
  );
}
