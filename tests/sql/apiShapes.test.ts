// The keys of what `api.*` returns are the keys of the TypeScript types the pages read them as
// (src/domain/types.ts, src/backend/api.ts), through the same typed calls the pages make, on
// PGlite with the demo seed. Each key list is checked against its type by `satisfies`, so a
// field added to a type without its SQL (or the other way round) fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { as, type Who } from './as';
import { assetInput, SAMPLE_ORG_A } from './fixtures';
import {
  createApi,
  type Api,
  type ForwardedReport,
  type ImportBatch,
  type ImportCandidate,
  type OrgMember,
  type OrganisationChoice,
  type ProblemReport,
  type PublicAsset,
  type ReportGroup,
  type ReviewItem,
  type SavedMapping,
  type StaleAsset,
  type SearchDemand,
  type Suggestion,
  type SuggestionHandled,
} from '../../src/backend/api';
import { rpcSql } from '../../src/backend/rpcSql';
import type { AuthPort, Transport } from '../../src/backend/transport';
import type {
  AreaFeature,
  AreaProps,
  Asset,
  AssetCollection,
  AssetEvent,
  AssetFeature,
  Category,
  Invitation,
  Me,
  Organisation,
  OrganisationEvent,
  PointGeometry,
  PublishedAssetProps,
} from '../../src/domain/types';

/**
 * Every key of T, each marked 'sql' (the database returns it), 'client' (the app adds it after
 * the call) or 'file' (only the shipped data files carry it; the database neither keeps nor
 * returns it). `satisfies` rejects a missing key and an unknown one, so the list cannot drift.
 */
type KeyFrom = 'sql' | 'client' | 'file';
type KeysOf<T> = Record<keyof T, KeyFrom>;
const sqlKeys = (list: Record<string, KeyFrom>) =>
  Object.keys(list)
    .filter((k) => list[k] === 'sql')
    .sort();
const keysOf = (value: unknown) => Object.keys(value as object).sort();

const PUBLISHED_PROPS = {
  id: 'sql',
  kind: 'sql',
  name: 'sql',
  description: 'sql',
  categories: 'sql',
  org_id: 'sql',
  org_name: 'sql',
  ward: 'sql',
  address: 'sql',
  postcode: 'sql',
  opening_hours: 'sql',
  free: 'sql',
  cost: 'sql',
  age_groups: 'sql',
  accessibility: 'sql',
  last_verified_at: 'sql',
  checked_by: 'sql',
  imported_at: 'sql',
  private_address: 'sql',
  phone: 'sql',
  email: 'sql',
  website: 'sql',
  languages: 'sql',
  source: 'sql',
  import_batch_id: 'sql',
  sample: 'sql',
} as const satisfies KeysOf<PublishedAssetProps>;

const { import_batch_id: _batch, sample: _sample, ...ASSET_OF_PUBLISHED } = PUBLISHED_PROPS;
const ASSET = {
  ...ASSET_OF_PUBLISHED,
  lat: 'sql',
  lng: 'sql',
  status: 'sql',
  external_id: 'sql',
  version: 'sql',
  created_at: 'sql',
  updated_at: 'sql',
  pending_changes: 'sql',
  review_note: 'sql',
  submitted_at: 'sql',
  published_at: 'sql',
} as const satisfies KeysOf<Asset>;

// `tiles` is only in a published.json written in tiles mode (docs/TILES.md), never in api.published_assets().
const COLLECTION = { type: 'sql', features: 'sql', categories: 'sql', tiles: 'file' } as const satisfies KeysOf<AssetCollection>;
// MapLibre's feature-state needs a numeric id, which the page numbers itself.
const FEATURE = { type: 'sql', id: 'client', geometry: 'sql', properties: 'sql' } as const satisfies KeysOf<AssetFeature>;
const POINT = { type: 'sql', coordinates: 'sql' } as const satisfies KeysOf<PointGeometry>;
const CATEGORY = {
  slug: 'sql',
  label: 'sql',
  parent: 'sql',
  colour: 'sql',
  icon: 'sql',
  description: 'sql',
  kind: 'sql',
  term_uri: 'sql',
  aliases: 'sql',
} as const satisfies KeysOf<Category>;

const AREA_FEATURE = { type: 'sql', geometry: 'sql', properties: 'sql' } as const satisfies KeysOf<AreaFeature>;
const AREA_PROPS = {
  code: 'sql',
  name: 'sql',
  kind: 'sql',
  parent_code: 'sql',
  population: 'sql',
  imd_decile: 'sql',
  imd_rank: 'sql',
  // The neighbourhood pages read the age bands from data/areas/*.geojson; app.areas has no columns for them.
  age_0_15: 'file',
  age_16_59: 'file',
  age_60_plus: 'file',
} as const satisfies KeysOf<AreaProps>;

const ME = { user_id: 'sql', email: 'sql', staff_role: 'sql', memberships: 'sql', invitations: 'sql' } as const satisfies KeysOf<Me>;
const MEMBERSHIP = { org_id: 'sql', org_name: 'sql', role: 'sql', org_status: 'sql' } as const satisfies KeysOf<Me['memberships'][number]>;

const ORGANISATION = {
  name: 'sql',
  description: 'sql',
  email: 'sql',
  website: 'sql',
  phone: 'sql',
  id: 'sql',
  status: 'sql',
  auto_publish: 'sql',
  version: 'sql',
  created_at: 'sql',
  updated_at: 'sql',
  pending_changes: 'sql',
  review_note: 'sql',
  submitted_at: 'sql',
} as const satisfies KeysOf<Organisation>;
const ORG_MEMBER = { user_id: 'sql', email: 'sql', role: 'sql' } as const satisfies KeysOf<OrgMember>;
const INVITATION = {
  id: 'sql',
  org_id: 'sql',
  org_name: 'sql',
  email: 'sql',
  role: 'sql',
  created_at: 'sql',
  expires_at: 'sql',
} as const satisfies KeysOf<Invitation>;

const EVENT = { id: 'sql', actor: 'sql', actor_label: 'sql', action: 'sql', diff: 'sql', note: 'sql', at: 'sql' } as const;
const ASSET_EVENT = { ...EVENT, asset_id: 'sql' } as const satisfies KeysOf<AssetEvent>;
const ORG_EVENT = { ...EVENT, org_id: 'sql' } as const satisfies KeysOf<OrganisationEvent>;

const REVIEW_ITEM = {
  kind: 'sql',
  id: 'sql',
  name: 'sql',
  org_id: 'sql',
  org_name: 'sql',
  version: 'sql',
  submitted_at: 'sql',
  diff: 'sql',
  is_new: 'sql',
} as const satisfies KeysOf<ReviewItem>;
const STALE_ASSET = {
  id: 'sql',
  name: 'sql',
  org_id: 'sql',
  org_name: 'sql',
  last_verified_at: 'sql',
  checked_by: 'sql',
  imported_at: 'sql',
  import_batch_id: 'sql',
  source: 'sql',
  months_since: 'sql',
  reminders_sent: 'sql',
  last_reminded_at: 'sql',
  unanswered: 'sql',
  contacts: 'sql',
} as const satisfies KeysOf<StaleAsset>;
const IMPORT_BATCH = {
  id: 'sql',
  partner: 'sql',
  file_name: 'sql',
  created_at: 'sql',
  created_by: 'sql',
  org_id: 'sql',
  inserted: 'sql',
  updated: 'sql',
  unchanged: 'sql',
  skipped: 'sql',
  rejected: 'sql',
  archived: 'sql',
  undone_at: 'sql',
  report: 'sql',
} as const satisfies KeysOf<ImportBatch>;
const CANDIDATE = { row: 'sql', external_match: 'sql', similar: 'sql' } as const satisfies KeysOf<ImportCandidate>;
const SIMILAR = { id: 'sql', name: 'sql', distance_m: 'sql', similarity: 'sql' } as const satisfies KeysOf<ImportCandidate['similar'][number]>;
const ACCEPTED = { org_id: 'sql', org_name: 'sql', role: 'sql' } as const satisfies KeysOf<Awaited<ReturnType<Api['acceptInvitation']>>>;
const SAVED_MAPPING = { partner: 'sql', mapping: 'sql', category_map: 'sql', updated_at: 'sql' } as const satisfies KeysOf<SavedMapping>;

const PUBLIC_ASSET = { ...ASSET, reported_on: 'sql' } as const satisfies KeysOf<PublicAsset>;
const REPORT_GROUP = {
  asset_id: 'sql',
  asset_name: 'sql',
  asset_status: 'sql',
  org_id: 'sql',
  org_name: 'sql',
  count: 'sql',
  first_at: 'sql',
  last_at: 'sql',
  reasons: 'sql',
  reports: 'sql',
} as const satisfies KeysOf<ReportGroup>;
const PROBLEM_REPORT = { id: 'sql', reason: 'sql', details: 'sql', created_at: 'sql', wants_reply: 'sql' } as const satisfies KeysOf<ProblemReport>;
const FORWARDED_REPORT = {
  id: 'sql',
  asset_id: 'sql',
  asset_name: 'sql',
  reason: 'sql',
  details: 'sql',
  created_at: 'sql',
  forwarded_at: 'sql',
  note: 'sql',
} as const satisfies KeysOf<ForwardedReport>;
const SUGGESTION = {
  id: 'sql',
  name: 'sql',
  description: 'sql',
  place: 'sql',
  times: 'sql',
  contact: 'sql',
  wants_reply: 'sql',
  created_at: 'sql',
} as const satisfies KeysOf<Suggestion>;
const ORGANISATION_CHOICE = { id: 'sql', name: 'sql', status: 'sql' } as const satisfies KeysOf<OrganisationChoice>;
const SEARCH_DEMAND = { ward_code: 'sql', ward_name: 'sql', term: 'sql', label: 'sql', visits: 'sql' } as const satisfies KeysOf<SearchDemand>;
const SUGGESTION_HANDLED = { id: 'sql', status: 'sql', asset_id: 'sql', org_id: 'sql' } as const satisfies KeysOf<SuggestionHandled>;

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

const noAuth = new Proxy({} as AuthPort, {
  get: () => () => {
    throw new Error('auth is not part of these calls');
  },
});

/** The pages' own typed API, over a transport that runs each call as `who`, as the local worker does. */
function apiAs(who: Who) {
  const transport: Transport = {
    mode: 'local',
    rpc: <T>(fn: string, args?: Record<string, unknown>) => {
      const { sql, params } = rpcSql(fn, args);
      return as(db, who, async (tx) => (await tx.query<{ result: T }>(sql, params)).rows[0].result);
    },
    auth: noAuth,
  };
  return createApi(transport);
}

describe('api JSON keys match the TypeScript types', () => {
  it('published_assets: the collection, each feature, its point and properties, and the taxonomy', async () => {
    const set = await apiAs('resident').publishedAssets();
    expect(keysOf(set)).toEqual(sqlKeys(COLLECTION));
    expect(set.features.length).toBeGreaterThan(0);
    for (const f of set.features) {
      expect(keysOf(f)).toEqual(sqlKeys(FEATURE));
      expect(keysOf(f.geometry)).toEqual(sqlKeys(POINT));
      expect(keysOf(f.properties)).toEqual(sqlKeys(PUBLISHED_PROPS));
    }
    for (const c of set.categories ?? []) expect(keysOf(c)).toEqual(sqlKeys(CATEGORY));
  });

  it('categories', async () => {
    const cats = await apiAs('resident').categories();
    expect(cats.length).toBeGreaterThan(0);
    for (const c of cats) expect(keysOf(c)).toEqual(sqlKeys(CATEGORY));
  });

  it('asset and org_assets: everything known about a listing', async () => {
    const api = apiAs('editor-a');
    const listings = await api.orgAssets(SAMPLE_ORG_A);
    expect(listings.length).toBeGreaterThan(0);
    for (const a of listings) expect(keysOf(a)).toEqual(sqlKeys(ASSET));
    const one = await api.asset(listings[0].id);
    expect(keysOf(one)).toEqual(sqlKeys(PUBLIC_ASSET));
  });

  it('reports and suggestions: the queues, forwarded problems and a handled suggestion', async () => {
    const listing = (await apiAs('resident').publishedAssets()).features.find((f) => f.properties.org_id === SAMPLE_ORG_A)!;
    expect(await apiAs('resident').reportProblem(listing.properties.id, 'wrong_times', 'Shapes', null, null)).toEqual({ received: true });
    const [group] = await apiAs('moderator').reportQueue();
    expect(keysOf(group)).toEqual(sqlKeys(REPORT_GROUP));
    for (const r of group.reports) expect(keysOf(r)).toEqual(sqlKeys(PROBLEM_REPORT));
    await apiAs('moderator').handleReports(
      group.asset_id,
      group.reports.map((r) => r.id),
      'forward',
      null,
    );
    const forwarded = await apiAs('editor-a').orgReports(SAMPLE_ORG_A);
    expect(forwarded.length).toBeGreaterThan(0);
    for (const r of forwarded) expect(keysOf(r)).toEqual(sqlKeys(FORWARDED_REPORT));

    const s = { name: 'Sample: Shapes Suggestion', description: '', place: '', times: '', contact: '', email: null, honeypot: null };
    expect(await apiAs('resident').suggestGroup(s)).toEqual({ received: true });
    const [suggestion] = await apiAs('moderator').suggestionQueue();
    expect(keysOf(suggestion)).toEqual(sqlKeys(SUGGESTION));
    const choices = await apiAs('moderator').organisationChoices();
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices) expect(keysOf(c)).toEqual(sqlKeys(ORGANISATION_CHOICE));
    expect(keysOf(await apiAs('moderator').handleSuggestion(suggestion.id, 'draft', { category: 'arts-culture' }))).toEqual(sqlKeys(SUGGESTION_HANDLED));

    for (const visit of ['shapes-visit-0000001', 'shapes-visit-0000002', 'shapes-visit-0000003'])
      expect(await apiAs('resident').recordSearchDemand('E05014989', 'debt', visit)).toEqual({ recorded: true });
    const [demand] = await apiAs('planner').searchDemand();
    expect(keysOf(demand)).toEqual(sqlKeys(SEARCH_DEMAND));
  });

  it('save_asset, asset_events and organisation_events', async () => {
    const api = apiAs('editor-a');
    const saved = await api.saveAsset(assetInput(SAMPLE_ORG_A, { name: 'Sample: Shapes Lunch Club' }));
    expect(keysOf(saved)).toEqual(sqlKeys(ASSET));
    const events = await api.assetEvents(saved.id);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(keysOf(e)).toEqual(sqlKeys(ASSET_EVENT));
    const orgEvents = await api.organisationEvents(SAMPLE_ORG_A);
    expect(orgEvents.length).toBeGreaterThan(0);
    for (const e of orgEvents) expect(keysOf(e)).toEqual(sqlKeys(ORG_EVENT));
  });

  it('areas: each feature and its properties', async () => {
    const wards = await apiAs('planner').areas('ward');
    expect(wards.features.length).toBeGreaterThan(0);
    for (const f of wards.features) {
      expect(keysOf(f)).toEqual(sqlKeys(AREA_FEATURE));
      expect(keysOf(f.properties)).toEqual(sqlKeys(AREA_PROPS));
    }
  });

  it('me, with its memberships', async () => {
    const me = await apiAs('editor-a').me();
    expect(keysOf(me)).toEqual(sqlKeys(ME));
    expect(me.memberships.length).toBeGreaterThan(0);
    for (const m of me.memberships) expect(keysOf(m)).toEqual(sqlKeys(MEMBERSHIP));
    expect(keysOf(await apiAs('resident').me())).toEqual(sqlKeys(ME));
  });

  it('organisation: the profile, its members and its invitations; my_invitations', async () => {
    const owner = apiAs('editor-a');
    const invited = await owner.inviteMember(SAMPLE_ORG_A, 'newcomer@example.org', 'editor');
    expect(keysOf(invited)).toEqual(sqlKeys(INVITATION));
    const org = await owner.organisation(SAMPLE_ORG_A);
    expect(keysOf(org)).toEqual([...sqlKeys(ORGANISATION), 'invitations', 'members'].sort());
    expect(org!.members.length).toBeGreaterThan(0);
    for (const m of org!.members) expect(keysOf(m)).toEqual(sqlKeys(ORG_MEMBER));
    expect(org!.invitations.length).toBeGreaterThan(0);
    for (const i of org!.invitations) expect(keysOf(i)).toEqual(sqlKeys(INVITATION));
    const mine = await apiAs('newcomer').myInvitations();
    expect(mine.length).toBeGreaterThan(0);
    for (const i of mine) expect(keysOf(i)).toEqual(sqlKeys(INVITATION));
  });

  it('review_queue, staleness_report, save_mapping and saved_mappings', async () => {
    const moderator = apiAs('moderator');
    const queue = await moderator.reviewQueue();
    expect(queue.length).toBeGreaterThan(0);
    for (const r of queue) expect(keysOf(r)).toEqual(sqlKeys(REVIEW_ITEM));
    const stale = await moderator.stalenessReport(0);
    expect(stale.length).toBeGreaterThan(0);
    for (const s of stale) expect(keysOf(s)).toEqual(sqlKeys(STALE_ASSET));
    const mapping = await moderator.saveMapping('Sample: Shapes Partner', { Name: 'name' }, {});
    expect(keysOf(mapping)).toEqual(sqlKeys(SAVED_MAPPING));
    for (const m of await moderator.savedMappings()) expect(keysOf(m)).toEqual(sqlKeys(SAVED_MAPPING));
  });

  it('import_candidates, commit_import, import_batches and undo_import', async () => {
    const moderator = apiAs('moderator');
    const [known] = await apiAs('resident')
      .publishedAssets()
      .then((set) => set.features.filter((f) => f.properties.name.length > 8));
    const [lng, lat] = known.geometry.coordinates;
    const candidates = await moderator.importCandidates('Sample: Shapes Partner', [{ row: 2, external_id: null, name: known.properties.name, lat, lng }]);
    expect(candidates).toHaveLength(1);
    expect(keysOf(candidates[0])).toEqual(sqlKeys(CANDIDATE));
    expect(candidates[0].similar.length).toBeGreaterThan(0);
    for (const similar of candidates[0].similar) expect(keysOf(similar)).toEqual(sqlKeys(SIMILAR));

    const { org_id: _org, version: _version, id: _id, ...asset } = assetInput(SAMPLE_ORG_A, { name: 'Sample: Shapes Import' });
    const batch = await moderator.commitImport('Sample: Shapes Partner', 'shapes.csv', null, [{ row: 2, action: 'insert', asset: { ...asset, external_id: 'S-1' } }], []);
    expect(keysOf(batch)).toEqual(sqlKeys(IMPORT_BATCH));
    const batches = await moderator.importBatches();
    expect(batches.length).toBeGreaterThan(0);
    for (const b of batches) expect(keysOf(b)).toEqual(sqlKeys(IMPORT_BATCH));
    expect(keysOf(await moderator.undoImport(batch.id))).toEqual(sqlKeys(IMPORT_BATCH));
  });

  it('what a change returns: register and update an organisation, accept an invitation, submit and approve a listing', async () => {
    const newcomer = apiAs('newcomer');
    const org = await newcomer.registerOrganisation({ name: 'Sample: Shapes Club', description: '', email: null, website: null, phone: null });
    expect(keysOf(org)).toEqual(sqlKeys(ORGANISATION));
    expect(keysOf(await newcomer.updateOrganisation(org.id, { description: 'Meets on Fridays.' }, org.version))).toEqual(sqlKeys(ORGANISATION));

    const invitation = await apiAs('editor-a').inviteMember(SAMPLE_ORG_A, 'editor.b@example.org', 'editor');
    const accepted = await apiAs('editor-b').acceptInvitation(invitation.id);
    expect(keysOf(accepted)).toEqual(sqlKeys(ACCEPTED));

    const draft = await apiAs('editor-a').saveAsset(assetInput(SAMPLE_ORG_A, { name: 'Sample: Shapes Review' }));
    const submitted = await apiAs('editor-a').submitAsset(draft);
    expect(keysOf(submitted)).toEqual(sqlKeys(ASSET));
    expect(keysOf(await apiAs('moderator').approveAsset(submitted))).toEqual(sqlKeys(ASSET));
  });
});
