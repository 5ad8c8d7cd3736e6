// The accessibility statement, in the structure of the GOV.UK sample statement for public sector
// websites. Its known limitations are the ones this code has (docs/LEGAL.md keeps them in step).
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { formatDate } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { legalPaths } from '../../app/paths';
import { contactDetails } from './contactDetails';
import { ContactList, SampleContactNotice } from './ContactList';
import { t } from './i18n';
import './legal.css';

/** When the statement was written and last reviewed against the code: change it on each review. */
export const STATEMENT_REVIEWED = '2026-12-03';

const ABILITYNET = 'https://mcmw.abilitynet.org.uk/';
const EASS = 'https://www.equalityadvisoryservice.com/';

export default function AccessibilityPage() {
  const contact = contactDetails();
  usePageTitle(() => t('a11yTitle'));
  return (
    <div class="page narrow legal-page">
      <h1>{t('a11yTitle')}</h1>
      <SampleContactNotice contact={contact} />
      <p>{t('a11yIntro', { council: contact.council })}</p>

      <h2>{t('a11yUsingHeading')}</h2>
      <p>{t('a11yUsingIntro')}</p>
      <ul>
        <li>{t('a11yUsing1')}</li>
        <li>{t('a11yUsing2')}</li>
        <li>{t('a11yUsing3')}</li>
        <li>{t('a11yUsing4')}</li>
        <li>{t('a11yUsing5')}</li>
      </ul>
      <p>
        {t('a11yUsingAbilityNet')} <a href={ABILITYNET}>{t('a11yAbilityNetLink')}</a>
      </p>

      <h2>{t('a11yHowHeading')}</h2>
      <p>{t('a11yHowIntro')}</p>
      <ul>
        <li>{t('a11yLimitMap')}</li>
        <li>{t('a11yLimitOfflineMap')}</li>
        <li>{t('a11yLimitListings')}</li>
        <li>{t('a11yLimitDownloads')}</li>
        <li>{t('a11yLimitCoverage')}</li>
        <li>{t('a11yLimitLanguages')}</li>
      </ul>

      <h2>{t('a11yFeedbackHeading')}</h2>
      <p>{t('a11yFeedbackIntro')}</p>
      <ul>
        <li>
          {t('a11yFeedbackEmail')}: <a href={`mailto:${contact.email}`}>{t('emailLink', { email: contact.email })}</a>
        </li>
        <Show when={contact.phone}>
          {(phone) => (
            <li>
              {t('a11yFeedbackPhone')}: <a href={`tel:${phone().replace(/[^\d+]/g, '')}`}>{phone()}</a>
            </li>
          )}
        </Show>
      </ul>
      <p>{t('a11yFeedbackReply')}</p>

      <h2>{t('a11yReportHeading')}</h2>
      <p>{t('a11yReport')}</p>
      <ContactList contact={contact} />

      <h2>{t('a11yEnforcementHeading')}</h2>
      <p>{t('a11yEnforcement')}</p>
      <p>
        {t('a11yEnforcementEass')} <a href={EASS}>{t('a11yEassLink')}</a>
      </p>

      <h2>{t('a11yTechnicalHeading')}</h2>
      <p>{t('a11yTechnical', { council: contact.council })}</p>
      <h3>{t('a11yStatusHeading')}</h3>
      <p>{t('a11yStatus')}</p>

      <h2>{t('a11yNonAccessibleHeading')}</h2>
      <p>{t('a11yNonAccessibleIntro')}</p>
      <h3>{t('a11yNonComplianceHeading')}</h3>
      <p>{t('a11yNonComplianceMap')}</p>
      <p>{t('a11yNonComplianceUntested')}</p>
      <h3>{t('a11yOutOfScopeHeading')}</h3>
      <p>{t('a11yOutOfScopeMap')}</p>

      <h2>{t('a11yImproveHeading')}</h2>
      <p>{t('a11yImprove')}</p>

      <h2>{t('a11yPreparationHeading')}</h2>
      <p>{t('a11yPrepared', { date: formatDate(STATEMENT_REVIEWED) })}</p>
      <p>{t('a11yTestedIntro')}</p>
      <ul>
        <li>{t('a11yTestedAxe')}</li>
        <li>{t('a11yTestedKeyboard')}</li>
        <li>{t('a11yTestedReflow')}</li>
        <li>{t('a11yTestedOther')}</li>
      </ul>
      <p>{t('a11yTestedLimits')}</p>
      <p>
        <A href={legalPaths.privacy()}>{t('privacyTitle')}</A> · <A href={legalPaths.contact()}>{t('contactTitle')}</A>
      </p>
    </div>
  );
}
