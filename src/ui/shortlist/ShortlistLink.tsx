// The header's way to the shortlist, with how many listings it holds, on every page.
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { shortlist } from './store';
import { t } from './i18n';
import { SHORTLIST_PATH } from './urls';

export function ShortlistLink() {
  return (
    <A href={SHORTLIST_PATH} class="shortlist-link">
      {t('navLink')}
      <Show when={shortlist().length > 0}>
        {' '}
        <span class="shortlist-count" aria-hidden="true">
          {shortlist().length}
        </span>
        <span class="visually-hidden">: {t('navCount', { count: shortlist().length })}</span>
      </Show>
    </A>
  );
}
