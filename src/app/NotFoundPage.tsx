import { A } from '@solidjs/router';
import { usePageTitle } from '../ui/usePageTitle';
import { t } from './i18n';

export default function NotFoundPage() {
  usePageTitle(() => t('notFoundTitle'));
  return (
    <div class="page narrow">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundBody')}</p>
      <p>
        <A href="/">{t('notFoundLink')}</A>
      </p>
    </div>
  );
}
