// How to reach the council that runs the site: one block, the same on every legal page.
import { For, Show } from 'solid-js';
import { addressLines, type ContactDetails } from './contactDetails';
import { t } from './i18n';

export function ContactList(props: { contact: ContactDetails; email?: string }) {
  const email = () => props.email ?? props.contact.email;
  return (
    <dl class="legal-contact">
      <dt>{t('contactEmail')}</dt>
      <dd>
        <a href={`mailto:${email()}`}>{t('emailLink', { email: email() })}</a>
      </dd>
      <Show when={props.contact.phone}>
        {(phone) => (
          <>
            <dt>{t('contactPhone')}</dt>
            <dd>
              <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>{phone()}</a>
            </dd>
          </>
        )}
      </Show>
      <Show when={props.contact.address}>
        {(address) => (
          <>
            <dt>{t('contactAddress')}</dt>
            <dd>
              <address>
                <For each={addressLines(address())}>{(line) => <div>{line}</div>}</For>
              </address>
            </dd>
          </>
        )}
      </Show>
    </dl>
  );
}

/** Says the details are placeholders, on a deployment that has not set its own. */
export function SampleContactNotice(props: { contact: ContactDetails }) {
  return (
    <Show when={props.contact.sample}>
      <p class="notice">{t('sampleNotice')}</p>
    </Show>
  );
}
