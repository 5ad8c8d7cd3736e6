// The privacy notice: what is held about residents and organisations, why, where and for how
// long; what stays in the browser; and the opt-out from counting searches that find little, worded
// as the demand counting does it (notes in docs/LEGAL.md).
import { Show } from 'solid-js';
import { basemapSetting, DEFAULT_BASEMAP_STYLE_URL, type BasemapSetting } from '../../map/basemapSetting';
import { usePageTitle } from '../../ui/usePageTitle';
import { contactDetails } from './contactDetails';
import { ContactList, SampleContactNotice } from './ContactList';
import { DemandOptOut } from './DemandOptOut';
import { t } from './i18n';
import './legal.css';

const ICO = 'https://ico.org.uk/make-a-complaint/';

function mapSentence(setting: BasemapSetting): string {
  if (setting.kind === 'offline') return t('privacyMapOffline');
  const host = new URL(setting.styleUrl, 'https://invalid.example').host;
  return t('privacyMapOnline', { who: setting.styleUrl === DEFAULT_BASEMAP_STYLE_URL ? `OpenFreeMap (${host})` : host });
}

export default function PrivacyPage() {
  const contact = contactDetails();
  usePageTitle(() => t('privacyTitle'));
  return (
    <div class="page narrow legal-page">
      <h1>{t('privacyTitle')}</h1>
      <SampleContactNotice contact={contact} />
      <p>{t('privacyIntro', { council: contact.council })}</p>

      <h2>{t('privacyResidentsHeading')}</h2>
      <p>{t('privacyResidents')}</p>
      <h3>{t('privacyMapTiles')}</h3>
      <p>{mapSentence(basemapSetting(import.meta.env.VITE_BASEMAP_STYLE_URL))}</p>
      <Show when={import.meta.env.VITE_GEOCODER === 'postcodes.io'}>
        <p>{t('privacyPostcodes')}</p>
      </Show>

      <h2 id="searches-that-find-little">{t('privacyDemandHeading')}</h2>
      <p>{t('privacyDemandIntro')}</p>
      <ul>
        <li>{t('privacyDemandWard')}</li>
        <li>{t('privacyDemandTerm')}</li>
        <li>{t('privacyDemandDay')}</li>
      </ul>
      <p>{t('privacyDemandToken')}</p>
      <p>{t('privacyDemandNot')}</p>
      <p>{t('privacyDemandGpc')}</p>
      <DemandOptOut />

      <h2>{t('privacyTellUsHeading')}</h2>
      <p>{t('privacyTellUs')}</p>

      <h2>{t('privacyOrgsHeading')}</h2>
      <p>{t('privacyOrgs')}</p>

      <h2>{t('privacyLawfulHeading')}</h2>
      <p>{t('privacyLawful')}</p>

      <h2>{t('privacyWhereHeading')}</h2>
      <p>{t('privacyWhere')}</p>

      <h2>{t('privacyRetentionHeading')}</h2>
      <ul>
        <li>{t('privacyRetentionAccounts')}</li>
        <li>{t('privacyRetentionHistory')}</li>
        <li>{t('privacyRetentionReports')}</li>
        <li>{t('privacyRetentionCodes')}</li>
      </ul>

      <h2>{t('privacyBrowserHeading')}</h2>
      <p>{t('privacyBrowserIntro')}</p>
      <ul>
        <li>{t('privacyBrowserDrafts')}</li>
        <li>{t('privacyBrowserShortlist')}</li>
        <li>{t('privacyBrowserLanguage')}</li>
        <li>{t('privacyBrowserSignIn')}</li>
        <li>{t('privacyBrowserOptOut')}</li>
        <li>{t('privacyBrowserOffline')}</li>
        <li>{t('privacyBrowserLocal')}</li>
      </ul>

      <h2>{t('privacyRightsHeading')}</h2>
      <p>{t('privacyRights')}</p>
      <ContactList contact={contact} email={contact.dpoEmail} />
      <p>
        {t('privacyIco')} <a href={ICO}>{t('privacyIcoLink')}</a>
      </p>
    </div>
  );
}
