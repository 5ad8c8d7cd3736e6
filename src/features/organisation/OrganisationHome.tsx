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

export function OrganisationHome() {
  const { me, backend, reads, session } = useBackend();
  usePageTitle(() => 'Your organisations');
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
          ? `You are now ${i.role === 'owner' ? 'an owner' : 'an editor'} of ${i.org_name ?? 'the organisation'}.`
          : `You declined the invitation from ${i.org_name ?? 'the organisation'}.`,
      );
      void written('invitations');
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div class="page narrow">
      <h1>Your organisations</h1>
      <FlashBanner message={message()} />
      <Show when={error()}>
        <p class="banner danger" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={(invitations.latest ?? []).length > 0}>
        <h2>Invitations</h2>
        <ul class="plain-list invitations">
          <For each={invitations.latest}>
            {(i) => (
              <li class="banner">
                <p>
                  <strong>{i.org_name ?? 'An organisation'}</strong> invited you ({i.email}) to join as {i.role === 'owner' ? 'an owner' : 'an editor'}.
                </p>
                <div class="button-group">
                  <button type="button" onClick={() => void answer(i, true)}>
                    Accept<span class="visually-hidden"> the invitation from {i.org_name}</span>
                  </button>
                  <button type="button" class="secondary" onClick={() => void answer(i, false)}>
                    Decline<span class="visually-hidden"> the invitation from {i.org_name}</span>
                  </button>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={me.loading}>
        <p>Loading your organisations…</p>
      </Show>
      <Show
        when={memberships().length > 0}
        fallback={
          <Show when={!me.loading}>
            <p>You are not a member of any organisation yet.</p>
            <p>
              If your organisation is already listed, ask one of its owners to invite you, using the email address you sign in with. Otherwise, register it: a council
              moderator checks new organisations before their listings appear on the map.
            </p>
          </Show>
        }
      >
        <table class="stacked-table" role="table">
          <caption class="visually-hidden">Organisations you belong to</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Organisation
              </th>
              <th scope="col" role="columnheader">
                Your role
              </th>
              <th scope="col" role="columnheader">
                Status
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
                  <td role="cell" data-label="Your role">
                    {m.role === 'owner' ? 'Owner' : 'Editor'}
                  </td>
                  <td role="cell" data-label="Status">
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
          Register an organisation
        </A>
      </p>
      <Show when={me()?.staff_role === 'moderator' || me()?.staff_role === 'admin'}>
        <p>
          As a moderator you can also <A href="/review">review listings and organisations</A>.
        </p>
      </Show>
    </div>
  );
}
