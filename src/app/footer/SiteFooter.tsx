// The footer on every page: the accessibility statement, the privacy notice and the contact page.
import { A } from '@solidjs/router';
import { legalPaths } from '../paths';
import { t } from './i18n';

export function SiteFooter() {
  return (
    <footer class="site-footer">
      <nav aria-label={t('footerNav')}>
        <ul>
          <li>
            <A href={legalPaths.accessibility()}>{t('accessibility')}</A>
          </li>
          <li>
            <A href={legalPaths.privacy()}>{t('privacy')}</A>
          </li>
          <li>
            <A href={legalPaths.contact()}>{t('contact')}</A>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
