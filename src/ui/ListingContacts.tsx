// A listing's phone, e-mail and website as links (only safe schemes: src/domain/contactLinks.ts),
// or the plain text when it is not a usable link; the asset page and the shortlist show the same.
import { Show } from 'solid-js';
import { mailtoHref, telHref, websiteHref } from '../domain/contactLinks';
import { t } from './i18n';

export interface ListingContactDetails {
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

export function ListingContacts(props: { listing: ListingContactDetails; listClass?: string }) {
  const d = () => props.listing;
  return (
    <>
      <ul class={props.listClass}>
        <Show when={d().phone}>
          <li>
            {t('contactPhone')}{' '}
            <Show when={telHref(d().phone)} fallback={d().phone}>
              {(href) => <a href={href()}>{d().phone}</a>}
            </Show>
          </li>
        </Show>
        <Show when={d().email}>
          <li>
            {t('contactEmail')}{' '}
            <Show when={mailtoHref(d().email)} fallback={d().email}>
              {(href) => <a href={href()}>{d().email}</a>}
            </Show>
          </li>
        </Show>
        <Show when={d().website}>
          <li>
            {t('contactWebsite')}{' '}
            <Show when={websiteHref(d().website)} fallback={d().website}>
              {(href) => (
                <a href={href()} rel="noopener noreferrer external">
                  {d().website}
                </a>
              )}
            </Show>
          </li>
        </Show>
      </ul>
      <Show when={!d().phone && !d().email && !d().website}>{t('noContact')}</Show>
    </>
  );
}
