// "What residents will see": the listing as the find page's own result card shows it once
// approved (ResultItem, not a copy), with its opening times worked out as residents see them.
import { createResource } from 'solid-js';
import type { AssetFeature } from '../../domain/types';
import { loadHoursModule } from '../../domain/hoursModule';
import { ResultItem } from '../../ui/ResultItem';
import { t } from './i18n';

export function ResidentPreview(props: { feature: AssetFeature; categoryLabel: (slug: string) => string; now: Date }) {
  const [hours] = createResource(loadHoursModule);
  return (
    <ol class="result-list resident-preview" aria-label={t('residentPreviewLabel')}>
      <ResultItem feature={props.feature} categoryLabel={props.categoryLabel} distance={null} hours={hours() ?? null} now={props.now} preview />
    </ol>
  );
}
