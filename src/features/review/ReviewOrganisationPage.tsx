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
  usePageTitle(() => `Review ${org()?.name ?? 'organisation'}`);

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
    const done =
      d === 'verify' ? `Verified ${o.name}.${o.auto_publish ? ' Their edits will be published without review.' : ''}` : `Rejected ${o.name}. They can see your reason.`;
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
    const done = d === 'approve' ? `Published the profile changes of ${o.name}.` : `Discarded the profile changes of ${o.name}. They can see your reason.`;
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  async function decideTrust(d: TrustDecision) {
    const o = await onLatestVersion(() => backend.api.verifyOrganisation(org()!, d === 'trust'), reread, 'organisation');
    void written('organisation');
    const done = o.auto_publish ? `${o.name}’s edits are now published without review.` : `${o.name}’s edits now wait for review.`;
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <Loadable resource={org} errorTitle="Organisation not available" loading="Loading…" notFound={<h1>Organisation not found</h1>}>
        {(o) => (
          <>
            <p class="caption muted">Organisation</p>
            <h1>{o().name}</h1>
            <dl class="summary-list">
              <SummaryRow term="Status">{o().status === 'pending' ? 'Waiting to be verified' : o().status}</SummaryRow>
              <SummaryRow term="What they do">{o().description || 'Not given'}</SummaryRow>
              <SummaryRow term="Email">{o().email ?? 'Not given'}</SummaryRow>
              <SummaryRow term="Website">{o().website ?? 'Not given'}</SummaryRow>
              <SummaryRow term="Phone">{o().phone ?? 'Not given'}</SummaryRow>
              <SummaryRow term="Members">
                <ul class="plain-list">
                  <For each={o().members} fallback={<li>None</li>}>
                    {(m) => (
                      <li>
                        {m.email ?? m.user_id} ({m.role})
                      </li>
                    )}
                  </For>
                </ul>
              </SummaryRow>
            </dl>
            <Switch fallback={<p class="banner">This organisation has been {o().status}.</p>}>
              <Match when={o().status === 'pending'}>
                <DecisionForm<Decision>
                  options={[
                    {
                      value: 'verify',
                      label: 'Verify',
                      hint: 'It is a real organisation that may list groups, places and services',
                      needsReason: false,
                      extra: () => (
                        <Choice
                          type="checkbox"
                          id="auto-publish"
                          name="auto_publish"
                          value="yes"
                          checked={autoPublish()}
                          onChange={setAutoPublish}
                          label="Publish this organisation’s edits without review"
                          hint="Only for organisations the council already trusts. You can change this later."
                        />
                      ),
                    },
                    { value: 'reject', label: 'Reject', hint: 'Its listings will not be shown', needsReason: true },
                  ]}
                  reasonLabel={(d) => (d === 'reject' ? 'Reason' : 'Note (only needed when rejecting)')}
                  onDecide={decide}
                />
              </Match>
              <Match when={o().status === 'verified' && o().pending_changes}>
                <h2>Proposed profile changes</h2>
                <ChangesTable
                  caption="Changes to the organisation’s profile"
                  rows={proposal()}
                  fromLabel="Shown now"
                  toLabel="Proposed"
                  valuesOnly={false}
                  categoryLabel={(s) => s}
                />
                <DecisionForm<ChangeDecision>
                  options={[
                    { value: 'approve', label: 'Approve', hint: 'Show the new profile on the organisation’s listings', needsReason: false },
                    { value: 'reject', label: 'Reject', hint: 'Discard these changes; the profile stays as it is', needsReason: true },
                  ]}
                  reasonLabel={(d) => (d === 'reject' ? 'Reason' : 'Note to the organisation (optional when approving)')}
                  onDecide={decideChanges}
                />
              </Match>
              <Match when={o().status === 'verified'}>
                <p class="banner">Verified. {o().auto_publish ? 'Its edits are published without review.' : 'Its edits wait for review.'}</p>
                <DecisionForm<TrustDecision>
                  options={
                    o().auto_publish
                      ? [{ value: 'distrust', label: 'Review its edits again', hint: 'New edits wait for a moderator', needsReason: false }]
                      : [{ value: 'trust', label: 'Publish its edits without review', hint: 'Only for organisations the council already trusts', needsReason: false }]
                  }
                  reasonLabel={() => 'Note (optional)'}
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
