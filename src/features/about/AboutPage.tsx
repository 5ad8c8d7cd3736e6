import { DATA_ATTRIBUTION } from '../../domain/attribution';
import { basemapPrivacyNotice, basemapSetting } from '../../map/basemapSetting';
import { useBackend } from '../../app/BackendProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { A } from '@solidjs/router';
import { residentPaths } from '../../app/paths';
import { t } from './i18n';

export default function AboutPage() {
  const { backend } = useBackend();
  usePageTitle(() => t('title'));
  return (
    <div class="page narrow">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {backend.mode === 'local' && (
        <p class="notice">
          <strong>{t('sampleNotice')}</strong> {t('localCopy')}
        </p>
      )}
      <h2>{t('missingHeading')}</h2>
      <p>
        {t('missingBefore')} <A href={residentPaths.suggest()}>{t('suggestIt')}</A>
        {t('missingAfter')}
      </p>
      <h2>{t('dataHeading')}</h2>
      <p>{t('dataReal')}</p>
      <p class="attribution">{DATA_ATTRIBUTION}</p>
      <p>{t('deprivation')}</p>
      <h2>{t('privacyHeading')}</h2>
      <p>{basemapPrivacyNotice(basemapSetting(import.meta.env.VITE_BASEMAP_STYLE_URL))}</p>
      <p>{t('drafts')}</p>
      <p>{t('email')}</p>
    </div>
  );
}
