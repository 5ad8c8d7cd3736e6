// Moderation, under /review/*: the queue, one decision page per asset or organisation, and the
// staleness report. Only moderators get in; the database refuses everyone else anyway.
import { useLocation } from '@solidjs/router';
import { Match, Show, Switch, createMemo } from 'solid-js';
import { useBackend } from '../../app/BackendProvider';
import { SignInPrompt } from '../../app/SignInPrompt';
import NotFoundPage from '../../app/NotFoundPage';
import { reviewRoute } from './reviewRoute';
import { ReviewQueuePage } from './ReviewQueuePage';
import { ReviewAssetPage } from './ReviewAssetPage';
import { ReviewOrganisationPage } from './ReviewOrganisationPage';
import { StalenessReportPage } from './StalenessReportPage';
import { MailProblemsPage } from './MailProblemsPage';
import { ReportsQueuePage } from './ReportsQueuePage';
import { SuggestionsQueuePage } from './SuggestionsQueuePage';
import { DownloadEverythingPage } from './DownloadEverythingPage';
import { t } from './i18n';
import './review.css';

export default function ReviewPage() {
  const location = useLocation();
  const { me } = useBackend();
  const route = createMemo(() => reviewRoute(location.pathname));
  // While `me` reloads (after switching person) nothing here may ask the database as the old one.
  const isModerator = () => !me.loading && (me()?.staff_role === 'moderator' || me()?.staff_role === 'admin');
  return (
    <Show
      when={isModerator()}
      fallback={
        <Show when={!me.loading} fallback={<p class="loading">{t('loading')}</p>}>
          <SignInPrompt title={t('signInTitle')} reason={t('signInReason')} personas={['moderator']} next={location.pathname} />
        </Show>
      }
    >
      <Switch fallback={<NotFoundPage />}>
        <Match when={route().view === 'queue'}>
          <ReviewQueuePage />
        </Match>
        <Match when={route().view === 'stale'}>
          <StalenessReportPage />
        </Match>
        <Match when={route().view === 'mail'}>
          <MailProblemsPage />
        </Match>
        <Match when={route().view === 'reports'}>
          <ReportsQueuePage />
        </Match>
        <Match when={route().view === 'suggestions'}>
          <SuggestionsQueuePage />
        </Match>
        <Match when={route().view === 'export'}>
          <DownloadEverythingPage />
        </Match>
        <Match when={route().view === 'asset' && (route() as { id: string }).id} keyed>
          {(id) => <ReviewAssetPage id={id} />}
        </Match>
        <Match when={route().view === 'organisation' && (route() as { id: string }).id} keyed>
          {(id) => <ReviewOrganisationPage id={id} />}
        </Match>
      </Switch>
    </Show>
  );
}
