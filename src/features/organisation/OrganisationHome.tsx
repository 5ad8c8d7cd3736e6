// The signed-in person's organisations, each with its verification status, the invitations that
// wait for their answer, and the way to register a new one.
import { A } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import type { Invitation } from '../../domain/types';
import { createLiveRead, written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { FlashBanner } from '../../ui/FlashBanner';
import { usePageTitle } from '../../ui/usePageTitle';
import { orgPaths } from '../../app/paths';
import { StatusTag } from './StatusTag';
import { t } from './i18n';

export function OrganisationHome() {
  const { me, backend, reads, session } = useBackend();
  usePageTitle(() => t('homeTitle'));
  const memberships = () => me()?.memberships ?? [];
  const [invitations] = createLiveRead(() => (session() && (me()?.invitations ?? 0) > 0 ? reads.myInvitations(session()!.user_id) : null));
  const [message, setMessage] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  async function answer(i: Invitation, accept: boolean) {
    setMessage(null);
    setError(null);
    try {
      if (accept) await backend.api.acceptInvitation(i.id);
      else await backend.api.declineInvitation(i.id);
      setMessage(
        accept
          ? t('nowMember', { role: i.role === 'owner' ? t('anOwner') : t('anEditor'), org: i.org_name ?? t('theOrganisation') })
          : t('declinedInvitation', { org: i.org_name ?? t('theOrganisation') }),
      );
      void written('invitations');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div class="page narrow">
      <h1>{t('homeTitle')}</h1>
      <FlashBanner message={message()} />
      <Show when={error()}>
        <p class="banner danger" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={(invitations.latest ?? []).length > 0}>
        <h2>{t('invitations')}</h2>
        <ul class="plain-list invitations">
          <For each={invitations.latest}>
            {(i) => (
              <li class="banner">
                <p>
                  <strong>{i.org_name ?? t('anOrganisation')}</strong>
                  {t('invitedYou', { email: i.email, role: i.role === 'owner' ? t('anOwner') : t('anEditor') })}
                </p>
                <div class="button-group">
                  <button type="button" onClick={() => void answer(i, true)}>
                    {t('accept')}
                    <span class="visually-hidden">{t('theInvitationFrom', { org: i.org_name ?? '' })}</span>
                  </button>
                  <button type="button" class="secondary" onClick={() => void answer(i, false)}>
                    {t('decline')}
                    <span class="visually-hidden">{t('theInvitationFrom', { org: i.org_name ?? '' })}</span>
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={me.loading}>
        <p>{t('loadingOrgs')}</p>
      </Show>
      <Show
        when={memberships().length > 0}
        fallback={
          <Show when={!me.loading}>
            <p>{t('noMembership')}</p>
            <p>{t('noMembershipHow')}</p>
          </Show>
        }
      >
        <table class="stacked-table" role="table">
          <caption class="visually-hidden">{t('orgsYouBelongTo')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('colOrganisation')}
              </th>
              <th scope="col" role="columnheader">
                {t('colYourRole')}
              </th>
              <th scope="col" role="columnheader">
                {t('colStatus')}
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            <For each={memberships()}>
              {(m) => (
                <tr role="row">
                  <td role="cell">
                    <A href={orgPaths.assets(m.org_id)}>{m.org_name}</A>
                  </td>
                  <td role="cell" data-label={t('colYourRole')}>
                    {m.role === 'owner' ? t('owner') : t('editor')}
                  </td>
                  <td role="cell" data-label={t('colStatus')}>
                    <StatusTag status={m.org_status} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <p class="button-group">
        <A class="button" href={orgPaths.register()}>
          {t('registerTitle')}
        </A>
      </p>
      <Show when={me()?.staff_role === 'moderator' || me()?.staff_role === 'admin'}>
        <p>
          {t('asModerator')}
          <A href="/review">{t('reviewLink')}</A>.
        </p>
      </Show>
    </div>
  );
}
