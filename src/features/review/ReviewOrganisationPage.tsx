// A newly registered organisation: its details, then verify it (optionally trusting it to
// publish its edits without review) or reject it with a reason it will see.
import { A, useNavigate } from '@solidjs/router';
import { For, Match, Switch, createSignal } from 'solid-js';
import type { Uuid } from '../../domain/types';
import { createLiveRead, written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { Loadable } from '../../ui/Loadable';
import { usePageTitle } from '../../ui/usePageTitle';
import { Choice } from '../../ui/Field';
import { ChangesTable, changeRows } from '../../ui/ChangesTable';
import { SummaryRow } from '../../ui/SummaryRow';
import { DecisionForm } from './DecisionForm';
import { onLatestVersion } from './onLatestVersion';
import { reviewPaths } from './reviewRoute';
import { t } from './i18n';

type Decision = 'verify' | 'reject';
type ChangeDecision = 'approve' | 'reject';
type TrustDecision = 'trust' | 'distrust';

const PROFILE_ORDER = ['name', 'description', 'email', 'website', 'phone'];

export function ReviewOrganisationPage(props: { id: Uuid }) {
  const { backend, reads } = useBackend();
  const navigate = useNavigate();
  const [org] = createLiveRead(() => reads.organisation(props.id));
  // The organisation moved meanwhile (someone else changed it): read it again.
  const reread = () => void written('organisation');
  const [autoPublish, setAutoPublish] = createSignal(false);
  usePageTitle(() => t('reviewTitle', { name: org()?.name ?? t('organisation') }));

  const proposal = () => {
    const o = org();
    if (!o?.pending_changes) return [];
    const diff = Object.fromEntries(Object.entries(o.pending_changes).map(([k, to]) => [k, { from: (o as unknown as Record<string, unknown>)[k] ?? null, to }]));
    return changeRows(diff, PROFILE_ORDER);
  };

  async function decide(d: Decision, reason: string) {
    const seen = org()!;
    const trusted = autoPublish();
    const o = await onLatestVersion(
      () => (d === 'verify' ? backend.api.verifyOrganisation(seen, trusted) : backend.api.rejectOrganisation(seen, reason)),
      reread,
      'organisation',
    );
    void written('organisation');
    const done = d === 'verify' ? t('verified', { name: o.name }) + (o.auto_publish ? t('verifiedTrusted') : '') : t('rejectedOrg', { name: o.name });
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  async function decideChanges(d: ChangeDecision, reason: string) {
    const seen = org()!;
    const o = await onLatestVersion(
      () => (d === 'approve' ? backend.api.approveOrganisationChanges(seen, reason || null) : backend.api.rejectOrganisationChanges(seen, reason)),
      reread,
      'organisation',
    );
    void written('organisation');
    const done = d === 'approve' ? t('publishedProfile', { name: o.name }) : t('discardedProfile', { name: o.name });
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  async function decideTrust(d: TrustDecision) {
    const o = await onLatestVersion(() => backend.api.verifyOrganisation(org()!, d === 'trust'), reread, 'organisation');
    void written('organisation');
    const done = o.auto_publish ? t('nowTrusted', { name: o.name }) : t('nowReviewed', { name: o.name });
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>{t('backToQueue')}</A>
      </p>
      <Loadable resource={org} errorTitle={t('orgUnavailable')} loading={t('loading')} notFound={<h1>{t('orgNotFound')}</h1>}>
        {(o) => (
          <>
            <p class="caption muted">{t('organisationCaption')}</p>
            <h1>{o().name}</h1>
            <dl class="summary-list">
              <SummaryRow term={t('termStatus')}>{o().status === 'pending' ? t('waitingVerification') : o().status}</SummaryRow>
              <SummaryRow term={t('termWhatTheyDo')}>{o().description || t('notGiven')}</SummaryRow>
              <SummaryRow term={t('termEmail')}>{o().email ?? t('notGiven')}</SummaryRow>
              <SummaryRow term={t('termWebsite')}>{o().website ?? t('notGiven')}</SummaryRow>
              <SummaryRow term={t('termPhone')}>{o().phone ?? t('notGiven')}</SummaryRow>
              <SummaryRow term={t('termMembers')}>
                <ul class="plain-list">
                  <For each={o().members} fallback={<li>{t('none')}</li>}>
                    {(m) => (
                      <li>
                        {m.email ?? m.user_id} ({m.role})
                      </li>
                    )}
                  </For>
                </ul>
              </SummaryRow>
            </dl>
            <Switch fallback={<p class="banner">{t('orgHasBeen', { status: o().status })}</p>}>
              <Match when={o().status === 'pending'}>
                <DecisionForm<Decision>
                  options={[
                    {
                      value: 'verify',
                      label: t('verify'),
                      hint: t('verifyHint'),
                      needsReason: false,
                      extra: () => (
                        <Choice
                          type="checkbox"
                          id="auto-publish"
                          name="auto_publish"
                          value="yes"
                          checked={autoPublish()}
                          onChange={setAutoPublish}
                          label={t('autoPublishLabel')}
                          hint={t('autoPublishHint')}
                        />
                      ),
                    },
                    { value: 'reject', label: t('reject'), hint: t('rejectOrgHint'), needsReason: true },
                  ]}
                  reasonLabel={(d) => (d === 'reject' ? t('reason') : t('noteWhenRejecting'))}
                  onDecide={decide}
                />
              </Match>
              <Match when={o().status === 'verified' && o().pending_changes}>
                <h2>{t('proposedProfile')}</h2>
                <ChangesTable
                  caption={t('profileChangesCaption')}
                  rows={proposal()}
                  fromLabel={t('shownNow')}
                  toLabel={t('proposed')}
                  valuesOnly={false}
                  categoryLabel={(s) => s}
                />
                <DecisionForm<ChangeDecision>
                  options={[
                    { value: 'approve', label: t('approve'), hint: t('approveProfileHint'), needsReason: false },
                    { value: 'reject', label: t('reject'), hint: t('rejectProfileHint'), needsReason: true },
                  ]}
                  reasonLabel={(d) => (d === 'reject' ? t('reason') : t('noteOptionalApproving'))}
                  onDecide={decideChanges}
                />
              </Match>
              <Match when={o().status === 'verified'}>
                <p class="banner">
                  {t('verifiedBanner')}
                  {o().auto_publish ? t('editsPublished') : t('editsWait')}
                </p>
                <DecisionForm<TrustDecision>
                  options={
                    o().auto_publish
                      ? [{ value: 'distrust', label: t('reviewAgain'), hint: t('reviewAgainHint'), needsReason: false }]
                      : [{ value: 'trust', label: t('trust'), hint: t('trustHint'), needsReason: false }]
                  }
                  reasonLabel={() => t('noteOptionalShort')}
                  onDecide={(d) => decideTrust(d)}
                />
              </Match>
            </Switch>
          </>
        )}
      </Loadable>
    </div>
  );
}
