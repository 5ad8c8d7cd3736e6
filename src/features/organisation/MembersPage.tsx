// Who can edit the organisation's listings. Owners invite colleagues by e-mail address; the
// invitee joins by accepting (signed in with that address). The answer is the same whether or
// not the address has an account. Owners change roles and remove members; the database keeps
// at least one owner.
import { For, Show, createSignal } from 'solid-js';
import type { MemberRole } from '../../domain/types';
import { INVITATION_EMAIL_LIMIT } from '../../domain/limits';
import { isEmail } from '../../domain/validation';
import { useBackend } from '../../app/BackendProvider';
import { createFormSubmit } from '../../ui/createFormSubmit';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Choice, FieldSet } from '../../ui/Field';
import { FlashBanner } from '../../ui/FlashBanner';
import { formatDate } from '../../ui/formatChange';
import { placeServerError } from '../../app/serverError';
import { TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import type { OrgContext } from './OrganisationFrame';

const INVITE_FIELDS = ['email', 'role'] as const;

export function MembersPage(props: { ctx: OrgContext }) {
  const { backend, session, refetchMe } = useBackend();
  usePageTitle(() => `Members – ${props.ctx.org().name}`);
  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<MemberRole>('editor');
  const members = () => props.ctx.org().members ?? [];
  const invitations = () => props.ctx.org().invitations ?? [];
  const verified = () => props.ctx.org().status === 'verified';
  // The table's actions report through the same summary and banner as the invitation.
  const sending = createFormSubmit({
    placeError: (e) => placeServerError(e, INVITE_FIELDS),
    fields: INVITE_FIELDS,
    idOf: (f) => `member-${f}`,
  });

  const add = (ev: Event) =>
    sending.submit(
      {
        validate: () => {
          const value = email().trim();
          if (value && isEmail(value)) return {};
          return { email: value ? 'Enter an email address in the correct format, like name@example.org' : 'Enter the email address to invite' };
        },
        send: () => backend.api.inviteMember(props.ctx.orgId, email().trim(), role()),
        done: (invitation) => {
          setEmail('');
          props.ctx.refetch();
          return `Invitation sent to ${invitation.email}. They join as ${invitation.role === 'owner' ? 'an owner' : 'an editor'} once they accept it, signed in with that address.`;
        },
      },
      ev,
    );

  /** A change to a member or an invitation: `done` says what happened, `failure` starts the error. */
  function act(run: () => Promise<void>, done: () => string, failure: string, changesMe = false) {
    return sending.submit({
      send: run,
      done: () => {
        const text = done();
        props.ctx.refetch();
        if (changesMe) refetchMe();
        return text;
      },
      placeError: (e) => ({ field: null, message: `${failure}: ${(e as Error).message}` }),
    });
  }

  function remove(userId: string, label: string) {
    const leaving = userId === session()?.user_id;
    const { orgId, org } = props.ctx;
    const orgName = org().name;
    return act(
      () => backend.api.removeMember(orgId, userId),
      () => (leaving ? `You have left ${orgName}.` : `${label} is no longer a member.`),
      `${label} could not be removed`,
      true,
    );
  }

  return (
    <>
      <h1>Members</h1>
      <FlashBanner message={sending.saved()} />
      <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
      <table class="stacked-table" role="table">
        <caption class="visually-hidden">Members of {props.ctx.org().name}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Email
            </th>
            <th scope="col" role="columnheader">
              Role
            </th>
            <th scope="col" role="columnheader">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          <For
            each={members()}
            fallback={
              <tr role="row">
                <td role="cell" colSpan={3}>
                  Only members can see who else is a member.
                </td>
              </tr>
            }
          >
            {(m) => {
              const label = m.email ?? 'This member';
              const isMe = () => m.user_id === session()?.user_id;
              return (
                <tr role="row">
                  <td role="cell">
                    {label}
                    <Show when={isMe()}> (you)</Show>
                  </td>
                  <td role="cell" data-label="Role">
                    {m.role === 'owner' ? 'Owner' : 'Editor'}
                  </td>
                  <td role="cell">
                    <Show when={props.ctx.canManageMembers()}>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => {
                          const next = m.role === 'owner' ? 'editor' : 'owner';
                          const orgId = props.ctx.orgId;
                          void act(
                            () => backend.api.setMemberRole(orgId, m.user_id, next),
                            () => `${label} is now ${next === 'owner' ? 'an owner' : 'an editor'}.`,
                            `${label}’s role could not be changed`,
                          );
                        }}
                      >
                        {m.role === 'owner' ? 'Make editor' : 'Make owner'}
                        <span class="visually-hidden"> – {label}</span>
                      </button>{' '}
                    </Show>
                    <Show when={props.ctx.canManageMembers() || isMe()}>
                      <button type="button" class="secondary" onClick={() => void remove(m.user_id, label)}>
                        {isMe() ? 'Leave organisation' : 'Remove'}
                        <Show when={!isMe()}>
                          <span class="visually-hidden"> {label}</span>
                        </Show>
                      </button>
                    </Show>
                  </td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <Show when={props.ctx.canManageMembers() && invitations().length > 0}>
        <h2>Invitations waiting for an answer</h2>
        <table class="stacked-table" role="table">
          <caption class="visually-hidden">Open invitations to {props.ctx.org().name}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Email
              </th>
              <th scope="col" role="columnheader">
                Role
              </th>
              <th scope="col" role="columnheader">
                Expires
              </th>
              <th scope="col" role="columnheader">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            <For each={invitations()}>
              {(i) => (
                <tr role="row">
                  <td role="cell">{i.email}</td>
                  <td role="cell" data-label="Role">
                    {i.role === 'owner' ? 'Owner' : 'Editor'}
                  </td>
                  <td role="cell" data-label="Expires">
                    {formatDate(i.expires_at)}
                  </td>
                  <td role="cell">
                    <button
                      type="button"
                      class="secondary"
                      onClick={() =>
                        void act(
                          () => backend.api.revokeInvitation(i.id),
                          () => `The invitation to ${i.email} is withdrawn.`,
                          'The invitation could not be withdrawn',
                        )
                      }
                    >
                      Withdraw<span class="visually-hidden"> the invitation to {i.email}</span>
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={props.ctx.canManageMembers()} fallback={<p class="muted">Only owners can invite or remove members. Ask an owner if someone needs access.</p>}>
        <h2>Invite a member</h2>
        <Show when={verified()} fallback={<p>You can invite colleagues once a council moderator has verified {props.ctx.org().name}.</p>}>
          <p>We send an invitation to this address. They join once they accept it, signed in with the same address.</p>
          <form novalidate onSubmit={(e) => void add(e)} aria-busy={sending.busy() || undefined}>
            <TextField
              id="member-email"
              name="email"
              type="email"
              label="Email address"
              error={sending.errors().email}
              autocomplete="off"
              spellcheck={false}
              maxlength={INVITATION_EMAIL_LIMIT}
              value={email()}
              onInput={setEmail}
            />
            <FieldSet id="member-role" legend="Role" error={sending.errors().role}>
              <div class="choices">
                <Choice
                  type="radio"
                  id="member-role-editor"
                  name="role"
                  value="editor"
                  checked={role() === 'editor'}
                  onChange={() => setRole('editor')}
                  label="Editor"
                  hint="Adds and updates listings"
                />
                <Choice
                  type="radio"
                  id="member-role-owner"
                  name="role"
                  value="owner"
                  checked={role() === 'owner'}
                  onChange={() => setRole('owner')}
                  label="Owner"
                  hint="Also edits the profile and manages members"
                />
              </div>
            </FieldSet>
            <button type="submit" disabled={sending.busy()}>
              Send invitation
            </button>
          </form>
        </Show>
      </Show>
    </>
  );
}
