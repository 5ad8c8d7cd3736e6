// The signed-in person's organisations, each with its verification status, and the way to
// register a new one.
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useBackend } from '../../ui/BackendProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { orgPaths } from './orgRoute';
import { StatusTag } from './StatusTag';

export function OrganisationHome() {
  const { me } = useBackend();
  usePageTitle(() => 'Your organisations');
  const memberships = () => me()?.memberships ?? [];
  return (
    <div class="page narrow">
      <h1>Your organisations</h1>
      <Show when={me.loading}>
        <p>Loading your organisations…</p>
      </Show>
      <Show
        when={memberships().length > 0}
        fallback={
          <Show when={!me.loading}>
            <p>You are not a member of any organisation yet.</p>
            <p>
              If your organisation is already listed, ask one of its owners to add you as an editor, using the email address you sign in
              with. Otherwise, register it: a council moderator checks new organisations before their listings appear on the map.
            </p>
          </Show>
        }
      >
        <table>
          <caption class="visually-hidden">Organisations you belong to</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Your role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            <For each={memberships()}>
              {(m) => (
                <tr>
                  <td>
                    <A href={orgPaths.assets(m.org_id)}>{m.org_name}</A>
                  </td>
                  <td>{m.role === 'owner' ? 'Owner' : 'Editor'}</td>
                  <td>
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
