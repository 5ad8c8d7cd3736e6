// How to reach the council that runs the site, and where a listing's own problems go instead.
import { A } from '@solidjs/router';
import { usePageTitle } from '../../ui/usePageTitle';
import { legalPaths, residentPaths } from '../../app/paths';
import { contactDetails } from './contactDetails';
import { ContactList, SampleContactNotice } from './ContactList';
import { t } from './i18n';
import './legal.css';

export default function ContactPage() {
  const contact = contactDetails();
  usePageTitle(() => t('contactTitle'));
  return (
    <div class="page narrow legal-page">
      <h1>{t('contactTitle')}</h1>
      <SampleContactNotice contact={contact} />
      <p>{t('contactIntro', { council: contact.council })}</p>
      <h2>{t('contactListingHeading')}</h2>
      <p>
        {t('contactListing')} <A href={residentPaths.suggest()}>{t('contactSuggestLink')}</A>
      </p>
      <h2>{t('contactUsHeading')}</h2>
      <p>{t('contactUs')}</p>
      <ContactList contact={contact} />
      <p>{t('contactAlso')}</p>
      <ul>
        <li>
          <A href={legalPaths.accessibility()}>{t('a11yTitle')}</A>
        </li>
        <li>
          <A href={legalPaths.privacy()}>{t('privacyTitle')}</A>
        </li>
      </ul>
    </div>
  );
}
