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
import { t } from './i18n';

const INVITE_FIELDS = ['email', 'role'] as const;

export function MembersPage(props: { ctx: OrgContext }) {
  const { backend, session, refetchMe } = useBackend();
  usePageTitle(() => t('membersTitle', { name: props.ctx.org().name }));
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
          return { email: value ? t('emailFormat') : t('inviteEmailMissing') };
        },
        send: () => backend.api.inviteMember(props.ctx.orgId, email().trim(), role()),
        done: (invitation) => {
          setEmail('');
          props.ctx.refetch();
          return t('invitationSent', { email: invitation.email, role: invitation.role === 'owner' ? t('anOwner') : t('anEditor') });
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
      placeError: (e) => ({ field: null, message: t('failedBecause', { failure, reason: (e as Error).message }) }),
    });
  }

  function remove(userId: string, label: string) {
    const leaving = userId === session()?.user_id;
    const { orgId, org } = props.ctx;
    const orgName = org().name;
    return act(
      () => backend.api.removeMember(orgId, userId),
      () => (leaving ? t('youLeft', { org: orgName }) : t('noLongerMember', { name: label })),
      t('couldNotRemove', { name: label }),
      true,
    );
  }

  return (
    <>
      <h1>{t('members')}</h1>
      <FlashBanner message={sending.saved()} />
      <ErrorSummary errors={sending.summary()} focusKey={sending.attempt()} />
      <table class="stacked-table" role="table">
        <caption class="visually-hidden">{t('membersOf', { org: props.ctx.org().name })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('colEmail')}
            </th>
            <th scope="col" role="columnheader">
              {t('colRole')}
            </th>
            <th scope="col" role="columnheader">
              <span class="visually-hidden">{t('colActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          <For
            each={members()}
            fallback={
              <tr role="row">
                <td role="cell" colSpan={3}>
                  {t('onlyMembersSee')}
                </td>
              </tr>
            }
          >
            {(m) => {
              const label = m.email ?? t('thisMember');
              const isMe = () => m.user_id === session()?.user_id;
              return (
                <tr role="row">
                  <td role="cell">
                    {label}
                    <Show when={isMe()}>{t('you')}</Show>
                  </td>
                  <td role="cell" data-label={t('colRole')}>
                    {m.role === 'owner' ? t('owner') : t('editor')}
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
                            () => t('nowRole', { name: label, role: next === 'owner' ? t('anOwner') : t('anEditor') }),
                            t('roleNotChanged', { name: label }),
                          );
                        }}
                      >
                        {m.role === 'owner' ? t('makeEditor') : t('makeOwner')}
                        <span class="visually-hidden">{t('dashedName', { name: label })}</span>
                      </button>{' '}
                    </Show>
                    <Show when={props.ctx.canManageMembers() || isMe()}>
                      <button type="button" class="secondary" onClick={() => void remove(m.user_id, label)}>
                        {isMe() ? t('leave') : t('remove')}
                        <Show when={!isMe()}>
                          <span class="visually-hidden">{t('spacedName', { name: label })}</span>
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
        <h2>{t('invitationsWaiting')}</h2>
        <table class="stacked-table" role="table">
          <caption class="visually-hidden">{t('openInvitationsTo', { org: props.ctx.org().name })}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('colEmail')}
              </th>
              <th scope="col" role="columnheader">
                {t('colRole')}
              </th>
              <th scope="col" role="columnheader">
                {t('colExpires')}
              </th>
              <th scope="col" role="columnheader">
                <span class="visually-hidden">{t('colActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            <For each={invitations()}>
              {(i) => (
                <tr role="row">
                  <td role="cell">{i.email}</td>
                  <td role="cell" data-label={t('colRole')}>
                    {i.role === 'owner' ? t('owner') : t('editor')}
                  </td>
                  <td role="cell" data-label={t('colExpires')}>
                    {formatDate(i.expires_at)}
                  </td>
                  <td role="cell">
                    <button
                      type="button"
                      class="secondary"
                      onClick={() =>
                        void act(
                          () => backend.api.revokeInvitation(i.id),
                          () => t('withdrawn', { email: i.email }),
                          t('notWithdrawn'),
                        )
                      }
                    >
                      {t('withdraw')}
                      <span class="visually-hidden">{t('theInvitationTo', { email: i.email })}</span>
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <Show when={props.ctx.canManageMembers()} fallback={<p class="muted">{t('onlyOwnersInvite')}</p>}>
        <h2>{t('inviteMember')}</h2>
        <Show when={verified()} fallback={<p>{t('inviteOnceVerified', { org: props.ctx.org().name })}</p>}>
          <p>{t('inviteHow')}</p>
          <form novalidate onSubmit={(e) => void add(e)} aria-busy={sending.busy() || undefined}>
            <TextField
              id="member-email"
              name="email"
              type="email"
              label={t('emailAddress')}
              error={sending.errors().email}
              autocomplete="off"
              spellcheck={false}
              maxlength={INVITATION_EMAIL_LIMIT}
              value={email()}
              onInput={setEmail}
            />
            <FieldSet id="member-role" legend={t('role')} error={sending.errors().role}>
              <div class="choices">
                <Choice
                  type="radio"
                  id="member-role-editor"
                  name="role"
                  value="editor"
                  checked={role() === 'editor'}
                  onChange={() => setRole('editor')}
                  label={t('editor')}
                  hint={t('editorHint')}
                />
                <Choice
                  type="radio"
                  id="member-role-owner"
                  name="role"
                  value="owner"
                  checked={role() === 'owner'}
                  onChange={() => setRole('owner')}
                  label={t('owner')}
                  hint={t('ownerHint')}
                />
              </div>
            </FieldSet>
            <button type="submit" disabled={sending.busy()}>
              {t('sendInvitation')}
            </button>
          </form>
        </Show>
      </Show>
    </>
  );
}
