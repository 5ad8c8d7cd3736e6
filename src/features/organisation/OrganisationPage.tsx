// Everything an organisation does, under /organisation/*: register, its assets, profile,
// members and the asset editor. Signed-out visitors are told who can use it and how to sign in.
import { useLocation } from '@solidjs/router';
import { Match, Show, Switch, createMemo, lazy } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { SignInPrompt } from '../../app/SignInPrompt';
import { orgRoute } from './orgRoute';
import { OrganisationHome } from './OrganisationHome';
import { RegisterOrganisationPage } from './RegisterOrganisationPage';
import { OrganisationFrame } from './OrganisationFrame';
import { OrgAssetsPage } from './OrgAssetsPage';
import { ProfilePage } from './ProfilePage';
import { MembersPage } from './MembersPage';
import NotFoundPage from '../../app/NotFoundPage';
import { t } from './i18n';
import './organisation.css';

// The editor carries MapLibre and the opening-hours parser; load it only when someone edits.
const AssetEditorPage = lazy(() => import('./editor/AssetEditorPage'));

export default function OrganisationPage() {
  const location = useLocation();
  const { session } = useBackend();
  const route = createMemo(() => orgRoute(location.pathname));
  return (
    <Show
      when={session()}
      fallback={
        <SignInPrompt title={t('signInTitle')} reason={t('signInReason')} personas={['newcomer', 'editor-a', 'editor-b', 'moderator']} next={location.pathname} />
      }
    >
      <Switch fallback={<NotFoundPage />}>
        <Match when={route().view === 'home'}>
          <OrganisationHome />
        </Match>
        <Match when={route().view === 'register'}>
          <RegisterOrganisationPage />
        </Match>
        <Match when={'orgId' in route() && (route() as { orgId: string }).orgId} keyed>
          {(orgId) => (
            <OrganisationFrame orgId={orgId} section={route().view as 'assets' | 'profile' | 'members' | 'new-asset' | 'asset'}>
              {(ctx) => (
                <Switch>
                  <Match when={route().view === 'assets'}>
                    <OrgAssetsPage ctx={ctx} />
                  </Match>
                  <Match when={route().view === 'profile'}>
                    <ProfilePage ctx={ctx} />
                  </Match>
                  <Match when={route().view === 'members'}>
                    <MembersPage ctx={ctx} />
                  </Match>
                  <Match when={route().view === 'new-asset'}>
                    <AssetEditorPage ctx={ctx} assetId={null} />
                  </Match>
                  <Match when={(route() as { assetId?: string }).assetId} keyed>
                    {(assetId) => <AssetEditorPage ctx={ctx} assetId={assetId} />}
                  </Match>
                </Switch>
              )}
            </OrganisationFrame>
          )}
        </Match>
      </Switch>
    </Show>
  );
}
