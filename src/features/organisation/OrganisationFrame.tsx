// Loads one organisation and frames its pages: name, verification status (with the moderator's
// reason when rejected) and the navigation between listings, profile and members.
import { A } from '@solidjs/router';
import { Match, Show, Switch, createMemo, type Accessor, type JSX, For } from 'solid-js';
import type { OrganisationDetail } from '../../backend/api';
import type { MemberRole, Organisation, Uuid } from '../../domain/types';
import { createLiveRead, written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { Loadable } from '../../ui/Loadable';
import { usePublished } from '../../app/PublishedProvider';
import { orgPaths } from '../../app/paths';
import { StatusTag } from './StatusTag';

export type OrgWithMembers = OrganisationDetail;

export interface OrgContext {
  orgId: Uuid;
  org: Accessor<OrgWithMembers>;
  /** After a change to the members: the organisation (and who is asking) is read again. */
  refetch: () => void;
  /** The signed-in person's role here; null for a moderator who is not a member. */
  role: Accessor<MemberRole | null>;
  isModerator: Accessor<boolean>;
  canManageMembers: Accessor<boolean>;
  categoryLabel: (slug: string) => string;
}

type Section = 'assets' | 'profile' | 'members' | 'new-asset' | 'asset';

export function OrganisationFrame(props: { orgId: Uuid; section: Section; children: (ctx: OrgContext) => JSX.Element }) {
  const { reads, me } = useBackend();
  const published = usePublished();
  const [org] = createLiveRead(() => reads.organisation(props.orgId));
  const role = createMemo(() => me()?.memberships.find((m) => m.org_id === props.orgId)?.role ?? null);
  const isModerator = createMemo(() => me()?.staff_role === 'moderator' || me()?.staff_role === 'admin');
  const labels = createMemo(() => new Map(published.categories().map((c) => [c.slug, c.label])));
  const nav = () => [
    { href: orgPaths.assets(props.orgId), label: 'Listings', section: 'assets' },
    { href: orgPaths.profile(props.orgId), label: 'Profile', section: 'profile' },
    { href: orgPaths.members(props.orgId), label: 'Members', section: 'members' },
  ];
  const inEditor = () => props.section === 'asset' || props.section === 'new-asset';

  return (
    <div class="page org-page">
      <Loadable
        resource={org}
        keepWhileReloading
        errorTitle="Organisation not available"
        loading="Loading organisation…"
        notFound={
          <>
            <h1>Organisation not found</h1>
            <p>It may not exist, or you may not be one of its members.</p>
            <p>
              <A href={orgPaths.home()}>Back to your organisations</A>
            </p>
          </>
        }
      >
        {(o) => {
          const ctx: OrgContext = {
            orgId: props.orgId,
            org: o,
            refetch: () => void written('members'),
            role,
            isModerator,
            canManageMembers: () => role() === 'owner' || isModerator(),
            categoryLabel: (slug) => labels().get(slug) ?? slug,
          };
          return (
            <>
              <Show
                when={!inEditor()}
                fallback={
                  <p>
                    <A href={orgPaths.assets(props.orgId)}>Back to {o().name}’s listings</A>
                  </p>
                }
              >
                <div class="org-header">
                  <p class="caption muted">{o().name}</p>
                  <StatusTag status={o().status} />
                </div>
                <nav class="secondary-nav" aria-label="Organisation">
                  <ul>
                    <For each={nav()}>
                      {(n) => (
                        <li>
                          <A href={n.href} end>
                            {n.label}
                          </A>
                        </li>
                      )}
                    </For>
                  </ul>
                </nav>
                <OrgStatusBanner org={o()} />
              </Show>
              {props.children(ctx)}
            </>
          );
        }}
      </Loadable>
    </div>
  );
}

function OrgStatusBanner(props: { org: Organisation }) {
  return (
    <Switch>
      <Match when={props.org.status === 'pending'}>
        <div class="banner">
          <h2>Waiting for a council moderator to verify {props.org.name}</h2>
          <p>You can add listings now and submit them. They appear on the map once a moderator has verified the organisation and approved them.</p>
        </div>
      </Match>
      <Match when={props.org.status === 'rejected'}>
        <div class="banner danger">
          <h2>A moderator did not verify this organisation</h2>
          <p>
            <strong>Their reason:</strong> {props.org.review_note ?? 'No reason given.'}
          </p>
          <p>Its listings are not shown to residents. Contact the council if you think this is a mistake.</p>
        </div>
      </Match>
      <Match when={props.org.status === 'verified' && props.org.auto_publish}>
        <p class="muted">Verified: your changes are published straight away, without waiting for review.</p>
      </Match>
    </Switch>
  );
}
