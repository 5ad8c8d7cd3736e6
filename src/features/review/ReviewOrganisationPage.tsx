// A newly registered organisation: its details, then verify it (optionally trusting it to
// publish its edits without review) or reject it with a reason it will see.
import { A, useNavigate } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createSignal } from 'solid-js';
import type { Uuid } from '../../domain/types';
import { useBackend } from '../../ui/BackendProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { Choice } from '../../ui/Field';
import { DecisionForm } from './DecisionForm';
import { reviewPaths } from './reviewRoute';

type Decision = 'verify' | 'reject';

export function ReviewOrganisationPage(props: { id: Uuid }) {
  const { backend, bumpData } = useBackend();
  const navigate = useNavigate();
  const [org] = createResource(
    () => props.id,
    (id) => backend.api.organisation(id),
  );
  const [autoPublish, setAutoPublish] = createSignal(false);
  usePageTitle(() => `Review ${org()?.name ?? 'organisation'}`);

  async function decide(d: Decision, reason: string) {
    const o = d === 'verify' ? await backend.api.verifyOrganisation(props.id, autoPublish()) : await backend.api.rejectOrganisation(props.id, reason);
    bumpData();
    const done =
      d === 'verify'
        ? `Verified ${o.name}.${o.auto_publish ? ' Their edits will be published without review.' : ''}`
        : `Rejected ${o.name}. They can see your reason.`;
    navigate(reviewPaths.queue(), { state: { flash: done } });
  }

  return (
    <div class="page review-page">
      <p>
        <A href={reviewPaths.queue()}>Back to the review queue</A>
      </p>
      <Switch>
        <Match when={org.error}>
          <h1>Organisation not available</h1>
          <p class="banner danger" role="alert">
            {(org.error as Error).message}
          </p>
        </Match>
        <Match when={org.state === 'ready' && !org()}>
          <h1>Organisation not found</h1>
        </Match>
        <Match when={org()}>
          {(o) => (
            <>
              <p class="caption muted">Organisation</p>
              <h1>{o().name}</h1>
              <dl class="summary-list">
                <dt>Status</dt>
                <dd>{o().status === 'pending' ? 'Waiting to be verified' : o().status}</dd>
                <dt>What they do</dt>
                <dd>{o().description || 'Not given'}</dd>
                <dt>Email</dt>
                <dd>{o().email ?? 'Not given'}</dd>
                <dt>Website</dt>
                <dd>{o().website ?? 'Not given'}</dd>
                <dt>Phone</dt>
                <dd>{o().phone ?? 'Not given'}</dd>
                <dt>Members</dt>
                <dd>
                  <ul class="plain-list">
                    <For each={o().members} fallback={<li>None</li>}>
                      {(m) => (
                        <li>
                          {m.email ?? m.user_id} ({m.role})
                        </li>
                      )}
                    </For>
                  </ul>
                </dd>
              </dl>
              <Show when={o().status === 'pending'} fallback={<p class="banner">This organisation has already been {o().status}.</p>}>
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
              </Show>
            </>
          )}
        </Match>
        <Match when={org.loading}>
          <p>Loading…</p>
        </Match>
      </Switch>
    </div>
  );
}
