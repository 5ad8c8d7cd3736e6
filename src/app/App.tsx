// Routes, one per user job. Each feature loads on demand so the resident route carries no
// planner (Turf), import (PapaParse) or database (PGlite) code in its first chunks.
import { Router, Route } from '@solidjs/router';
import { Show, createResource, lazy } from 'solid-js';
import { createBackend } from '../backend/createBackend';
import { BackendProvider } from './BackendProvider';
import { PublishedProvider } from './PublishedProvider';
import { Shell } from './Shell';
import { needsDatabase } from './DatabaseGate';
import { t } from './i18n';

const FindPage = lazy(() => import('../features/find/FindPage'));
const AssetPage = lazy(() => import('../features/find/AssetPage'));
// Signed-in work needs the database: these open once it has started (src/app/DatabaseGate.tsx).
const OrganisationPage = needsDatabase(lazy(() => import('../features/organisation/OrganisationPage')));
const ReviewPage = needsDatabase(lazy(() => import('../features/review/ReviewPage')));
const PlanPage = needsDatabase(lazy(() => import('../features/plan/PlanPage')));
const ImportPage = needsDatabase(lazy(() => import('../features/import/ImportPage')));
const AboutPage = lazy(() => import('../features/about/AboutPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function App() {
  const [backend] = createResource(() => createBackend());
  return (
    <Show when={backend()} fallback={<p class="loading">{t('loadingApp')}</p>}>
      {(b) => (
        // The providers sit inside the router's root: their reads are router queries, which
        // need the router (src/app/data/liveData.ts).
        <Router
          root={(p) => (
            <BackendProvider backend={b()}>
              <PublishedProvider>
                <Shell>{p.children}</Shell>
              </PublishedProvider>
            </BackendProvider>
          )}
        >
          <Route path="/" component={FindPage} />
          <Route path="/asset/:id" component={AssetPage} />
          <Route path="/asset/:id/report" component={lazy(() => import('../features/tell-us/ReportProblemPage'))} />
          <Route path="/shortlist" component={lazy(() => import('../features/shortlist/ShortlistPage'))} />
          <Route path="/suggest" component={lazy(() => import('../features/tell-us/SuggestPage'))} />
          <Route path="/organisation/*" component={OrganisationPage} />
          <Route path="/review/*" component={ReviewPage} />
          <Route path="/plan" component={PlanPage} />
          <Route path="/import" component={ImportPage} />
          <Route path="/sign-in" component={lazy(() => import('../features/signin/SignInPage'))} />
          <Route path="/ward" component={lazy(() => import('../features/ward/WardListPage'))} />
          <Route path="/ward/:code" component={lazy(() => import('../features/ward/WardPage'))} />
          <Route path="/about" component={AboutPage} />
          <Route path="/confirm" component={lazy(() => import('../features/email-links/ConfirmListingPage'))} />
          <Route path="/unsubscribe" component={lazy(() => import('../features/email-links/UnsubscribePage'))} />
          <Route path="/accessibility" component={lazy(() => import('../features/legal/AccessibilityPage'))} />
          <Route path="/privacy" component={lazy(() => import('../features/legal/PrivacyPage'))} />
          <Route path="/contact" component={lazy(() => import('../features/legal/ContactPage'))} />
          <Route path="/outbox" component={lazy(() => import('../features/outbox/OutboxPage'))} />
          <Route path="*404" component={NotFoundPage} />
        </Router>
      )}
    </Show>
  );
}
