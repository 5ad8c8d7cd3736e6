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
import { t } from './i18n';

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
    { href: orgPaths.assets(props.orgId), label: t('navListings'), section: 'assets' },
    { href: orgPaths.profile(props.orgId), label: t('navProfile'), section: 'profile' },
    { href: orgPaths.members(props.orgId), label: t('navMembers'), section: 'members' },
  ];
  const inEditor = () => props.section === 'asset' || props.section === 'new-asset';

  return (
    <div class="page org-page">
      <Loadable
        resource={org}
        keepWhileReloading
        errorTitle={t('orgUnavailable')}
        loading={t('loadingOrg')}
        notFound={
          <>
            <h1>{t('orgNotFound')}</h1>
            <p>{t('orgNotFoundWhy')}</p>
            <p>
              <A href={orgPaths.home()}>{t('backToOrgs')}</A>
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
                    <A href={orgPaths.assets(props.orgId)}>{t('backToListings', { name: o().name })}</A>
                  </p>
                }
              >
                <div class="org-header">
                  <p class="caption muted">{o().name}</p>
                  <StatusTag status={o().status} />
                </div>
                <nav class="secondary-nav" aria-label={t('orgNav')}>
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
          <h2>{t('waitingVerify', { name: props.org.name })}</h2>
          <p>{t('waitingVerifyText')}</p>
        </div>
      </Match>
      <Match when={props.org.status === 'rejected'}>
        <div class="banner danger">
          <h2>{t('notVerified')}</h2>
          <p>
            <strong>{t('theirReason')}</strong> {props.org.review_note ?? t('noReasonGiven')}
          </p>
          <p>{t('notVerifiedText')}</p>
        </div>
      </Match>
      <Match when={props.org.status === 'verified' && props.org.auto_publish}>
        <p class="muted">{t('trusted')}</p>
      </Match>
    </Switch>
  );
}
