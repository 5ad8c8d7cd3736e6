// Previous / next for a long table, with where you are in words ("Rows 26 to 50 of 1,204").
import { Show } from 'solid-js';
import type { Page } from './pageOf';
import { t } from './i18n';

export function Pagination(props: { page: Page<unknown>; label: string; noun: string; onPage: (page: number) => void }) {
  return (
    <Show when={props.page.pages > 1}>
      <nav class="pagination" aria-label={props.label}>
        <button type="button" class="secondary" disabled={props.page.page <= 1} onClick={() => props.onPage(props.page.page - 1)}>
          {t('previous')}
          <span class="visually-hidden">{t('pageOf', { noun: props.noun })}</span>
        </button>
        <p aria-live="polite">
          {t('pageWhere', {
            noun: props.noun[0].toUpperCase() + props.noun.slice(1),
            from: props.page.from,
            to: props.page.to,
            total: props.page.total,
            page: props.page.page,
            pages: props.page.pages,
          })}
        </p>
        <button type="button" class="secondary" disabled={props.page.page >= props.page.pages} onClick={() => props.onPage(props.page.page + 1)}>
          {t('next')}
          <span class="visually-hidden">{t('pageOf', { noun: props.noun })}</span>
        </button>
      </nav>
    </Show>
  );
}
