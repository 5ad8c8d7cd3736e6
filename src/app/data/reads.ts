// Every live read, as a named @solidjs/router query over the API (keys in src/app/data/liveData.ts).
// Made once per backend (BackendProvider); the cache is the router's, shared by every page.
import { query } from '@solidjs/router';
import type { Api } from '../../backend/api';
import type { AreaKind, Me, Uuid } from '../../domain/types';
import type { ReadKey } from './readKeys';

export function createReads(api: Api, me: () => Promise<Me>) {
  const named = <F extends (...args: never[]) => unknown>(fn: F, key: ReadKey) => query(fn, key);
  return {
    /** Who is asking: `who` keys the cache by person (a session's user id, or "anon"). */
    me: named((_who: string) => me(), 'me'),
    organisation: named((id: Uuid) => api.organisation(id), 'organisation'),
    orgAssets: named((orgId: Uuid) => api.orgAssets(orgId), 'orgAssets'),
    myInvitations: named((_who: Uuid) => api.myInvitations(), 'myInvitations'),
    asset: named((id: Uuid) => api.asset(id), 'asset'),
    assetHistory: named((id: Uuid) => api.assetEvents(id), 'assetHistory'),
    reviewQueue: named(() => api.reviewQueue(), 'reviewQueue'),
    staleness: named((months: number) => api.stalenessReport(months), 'staleness'),
    published: named(() => api.publishedAssets(), 'published'),
    areas: named((kind: AreaKind) => api.areas(kind), 'areas'),
    importBatches: named(() => api.importBatches(), 'importBatches'),
    savedMappings: named(() => api.savedMappings(), 'savedMappings'),
    mailProblems: named(() => api.mailProblems(), 'mailProblems'),
  };
}

export type Reads = ReturnType<typeof createReads>;
