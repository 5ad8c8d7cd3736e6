// The roles in plain words, so a person knows which sign-in (or which sample person) they need.
import { SummaryRow } from '../ui/SummaryRow';
import { t } from './i18n';

export function WhoCanDoWhat() {
  return (
    <dl class="summary-list">
      <SummaryRow term={t('roleResidents')}>{t('roleResidentsCan')}</SummaryRow>
      <SummaryRow term={t('roleOwners')}>{t('roleOwnersCan')}</SummaryRow>
      <SummaryRow term={t('roleModerators')}>{t('roleModeratorsCan')}</SummaryRow>
      <SummaryRow term={t('rolePlanners')}>{t('rolePlannersCan')}</SummaryRow>
    </dl>
  );
}
