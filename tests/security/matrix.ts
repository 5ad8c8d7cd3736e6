// The security matrix: every person a browser can be × every table, view and function in every
// schema a browser role can use × read / insert / update / delete / truncate / execute, each
// asserting exactly what that person may see and change. Engine-agnostic: the same spec runs on
// PGlite (tests/sql/security.test.ts) and on Postgres 15 in the shape of a hosted Supabase
// project with migrations pushed by the Supabase CLI (tests/hosted/security.test.ts).
import { PERSONAS, SAMPLE_ORG_A, SAMPLE_ORG_B } from '../../src/backend/personas';

export interface Claims {
  role: 'anon' | 'authenticated';
  sub?: string;
  email?: string;
  [claim: string]: unknown;
}

/** What the matrix needs of a database. */
export interface SecurityEngine {
  /** As the migration owner (the system), committed. */
  owner<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** As a person, the way PostgREST runs a request: role and claims for one transaction, always rolled back. */
  as<T = Record<string, unknown>>(claims: Claims, sql: string, params?: unknown[]): Promise<T[]>;
}

export type PersonKey = 'anon' | 'stranger' | 'editorA' | 'ownerA' | 'memberB' | 'pendingOwner' | 'moderator' | 'planner';

interface Person {
  key: PersonKey;
  label: string;
  user_id: string | null;
  email: string | null;
}

const persona = (id: string) => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`No persona ${id}`);
  return p;
};

// Two people the seed does not have: a plain editor of A and the owner of a pending organisation.
const PLAIN_EDITOR = { user_id: 'e0000000-0000-4000-8000-0000000000a2', email: 'plain.editor.a@example.org' };
const PENDING_OWNER = { user_id: 'e0000000-0000-4000-8000-0000000000d1', email: 'pending.owner@example.org' };

export const PEOPLE: Person[] = [
  { key: 'anon', label: 'a resident (not signed in)', user_id: null, email: null },
  { key: 'stranger', label: 'a signed-in stranger', user_id: persona('newcomer').user_id, email: persona('newcomer').email },
  { key: 'editorA', label: 'an editor of organisation A', ...PLAIN_EDITOR },
  { key: 'ownerA', label: 'an owner of organisation A', user_id: persona('editor-a').user_id, email: persona('editor-a').email },
  { key: 'memberB', label: 'a member of organisation B', user_id: persona('editor-b').user_id, email: persona('editor-b').email },
  { key: 'pendingOwner', label: "a pending organisation's owner", ...PENDING_OWNER },
  { key: 'moderator', label: 'a moderator', user_id: persona('moderator').user_id, email: persona('moderator').email },
  { key: 'planner', label: 'a planner', user_id: persona('planner').user_id, email: persona('planner').email },
];

export const claimsOf = (p: Person): Claims => (p.user_id ? { role: 'authenticated', sub: p.user_id, email: p.email!, aud: 'authenticated' } : { role: 'anon' });

/** The ids the calls and predicates use, found in the seeded database. */
export interface Fixtures {
  pendingOrg: string;
  publishedA: { id: string; version: number };
  draftA: { id: string; version: number };
  pendingA: { id: string; version: number };
  archivedA: { id: string; version: number };
  orgAVersion: number;
  pendingOrgVersion: number;
  invitationForStranger: string;
}

/** Adds the two extra people and an invitation, once per database. */
export async function prepare(db: SecurityEngine): Promise<Fixtures> {
  const [pending] = await db.owner<{ id: string; version: number }>("select id, version from app.organisations where status = 'pending' order by name limit 1");
  await db.owner(`insert into auth.users (id, email) values ($1, $2), ($3, $4) on conflict (id) do nothing`, [
    PLAIN_EDITOR.user_id,
    PLAIN_EDITOR.email,
    PENDING_OWNER.user_id,
    PENDING_OWNER.email,
  ]);
  await db.owner(`insert into app.memberships (org_id, user_id, role) values ($1, $2, 'editor'), ($3, $4, 'owner') on conflict do nothing`, [
    SAMPLE_ORG_A,
    PLAIN_EDITOR.user_id,
    pending.id,
    PENDING_OWNER.user_id,
  ]);
  await db.owner(
    `insert into app.invitations (org_id, email, role) select $1, $2, 'editor'
     where not exists (select 1 from app.invitations where org_id = $1 and email = $2 and accepted_at is null and revoked_at is null and declined_at is null)`,
    [SAMPLE_ORG_A, persona('newcomer').email],
  );
  // An archived listing of A, archived by the system (the seed has none of A's).
  await db.owner(
    `update app.assets set status = 'archived' where id = (
       select id from app.assets where org_id = $1 and status = 'published' order by name desc limit 1)
     and not exists (select 1 from app.assets where org_id = $1 and status = 'archived')`,
    [SAMPLE_ORG_A],
  );
  // Listings that meet at a private address, so the private table has rows to hide: one of A's
  // (not one the calls below use) and one of an organisation nobody here belongs to.
  await db.owner(
    `update app.assets set private_address = true where not private_address and id in (
       (select id from app.assets where org_id = $1 and status = 'published' order by name offset 1 limit 1),
       (select id from app.assets where org_id not in ($1, $2) and status = 'published' order by name limit 1))`,
    [SAMPLE_ORG_A, SAMPLE_ORG_B],
  );
  const listing = async (status: string) =>
    (
      await db.owner<{ id: string; version: number }>('select id, version from app.assets where org_id = $1 and status = $2 order by name limit 1', [
        SAMPLE_ORG_A,
        status,
      ])
    )[0];
  const [invitation] = await db.owner<{ id: string }>('select id from app.invitations where org_id = $1 and email = $2 and revoked_at is null', [
    SAMPLE_ORG_A,
    persona('newcomer').email,
  ]);
  const [orgA] = await db.owner<{ version: number }>('select version from app.organisations where id = $1', [SAMPLE_ORG_A]);
  return {
    pendingOrg: pending.id,
    pendingOrgVersion: pending.version,
    publishedA: await listing('published'),
    draftA: await listing('draft'),
    pendingA: await listing('pending'),
    archivedA: await listing('archived'),
    orgAVersion: orgA.version,
    invitationForStranger: invitation.id,
  };
}

// ---------------------------------------------------------------------------------------------
// Reads: for every table a browser role may select from, the rows each person sees are exactly
// those a rule in plain words picks out, computed here as the owner for that person.

/** Per table: its key expression, and the rows a person may see, as SQL over `t` and `me` (uid, email). */
export const READABLE: Record<string, { key: string; visible: (p: PersonKey) => string }> = {
  assets: {
    key: 't.id::text',
    visible: (p) =>
      p === 'moderator'
        ? 'true'
        : `(t.status = 'published' and not exists (select 1 from app.organisations o where o.id = t.org_id and o.status = 'rejected'))
           or t.org_id in (select m.org_id from app.memberships m where m.user_id = me.uid)`,
  },
  asset_reviews: { key: 't.asset_id::text', visible: (p) => (p === 'moderator' ? 'true' : memberOf('(select a.org_id from app.assets a where a.id = t.asset_id)')) },
  asset_events: { key: 't.id::text', visible: (p) => (p === 'moderator' ? 'true' : memberOf('t.org_id')) },
  // The exact point and address of listings that meet at a private address.
  asset_private_locations: {
    key: 't.asset_id::text',
    visible: (p) => (p === 'moderator' ? 'true' : memberOf('(select a.org_id from app.assets a where a.id = t.asset_id)')),
  },
  asset_transitions: { key: 't.from_status || t.to_status || t.actor', visible: () => 'true' },
  organisations: { key: 't.id::text', visible: (p) => (p === 'moderator' ? 'true' : `t.status = 'verified' or ${memberOf('t.id')}`) },
  organisation_reviews: { key: 't.org_id::text', visible: (p) => (p === 'moderator' ? 'true' : memberOf('t.org_id')) },
  organisation_events: { key: 't.id::text', visible: (p) => (p === 'moderator' ? 'true' : memberOf('t.org_id')) },
  memberships: { key: "t.org_id || '/' || t.user_id", visible: (p) => (p === 'moderator' ? 'true' : `t.user_id = me.uid or ${memberOf('t.org_id')}`) },
  invitations: {
    key: 't.id::text',
    visible: (p) =>
      p === 'moderator' ? 'true' : `t.email = lower(me.email) or t.org_id in (select m.org_id from app.memberships m where m.user_id = me.uid and m.role = 'owner')`,
  },
  staff: { key: 't.user_id::text', visible: () => 't.user_id = me.uid' },
  categories: { key: 't.slug', visible: () => 'true' },
  postcode_points: { key: 't.postcode', visible: () => 'true' },
  areas: { key: "t.kind || '/' || t.code", visible: () => 'true' },
  import_batches: { key: 't.id::text', visible: (p) => (p === 'moderator' ? 'true' : 'false') },
  import_mappings: { key: 't.partner', visible: (p) => (p === 'moderator' ? 'true' : 'false') },
};

function memberOf(orgExpr: string): string {
  return `${orgExpr} in (select m.org_id from app.memberships m where m.user_id = me.uid)`;
}

/** Tables residents (anon) may not even select from: their rows are nobody's business but staff and members. */
export const ANON_UNREADABLE = ['asset_events', 'organisation_events', 'import_batches', 'import_mappings', 'asset_private_locations'];

/** Tables no browser role may select from at all: the server's own bookkeeping. */
export const HIDDEN = [
  'publish_state',
  'published_set_changes',
  'site_settings',
  'link_secret',
  'signed_links',
  'mail_opt_outs',
  'outbox',
  'asset_check_plans',
  'check_reminders',
  'rate_salts',
  'rate_hits',
  'problem_reports',
  'suggestions',
  // Searches that found little (issue 17): only through api.record_search_demand / api.search_demand.
  'demand_words',
  'demand_keys',
  'demand_visits',
  'demand_daily',
];

// ---------------------------------------------------------------------------------------------
// Function grants: exactly who may execute what. Everything else is refused by Postgres itself.

const ANON_API = [
  'published_assets',
  'asset',
  'categories',
  'areas',
  'me',
  'organisation',
  'unsubscribe',
  'confirm_listing',
  'report_problem',
  'suggest_group',
  'record_search_demand',
  // The Open Referral UK API (supabase/migrations/20261203110000_oruk_api.sql)
  'oruk_details',
  'oruk_services',
  'oruk_service',
  'oruk_service_at_locations',
  'oruk_service_at_location',
  'oruk_taxonomies',
  'oruk_taxonomy',
  'oruk_taxonomy_terms',
  'oruk_taxonomy_term',
  'oruk_organizations',
  'oruk_organization',
  'oruk_export',
];

/** private helpers the browser roles need (policies and invoker functions run with their rights). */
const ANON_PRIVATE = [
  'request_role',
  'is_trusted_backend',
  'is_staff',
  'is_member',
  'member_org_ids',
  'can_manage',
  'org_status',
  'org_auto_publishes',
  'rejected_org_ids',
  'asset_json',
  'with_private_location',
  'organisation_json',
  'org_members',
  'open_invitations',
  'invitation_json',
  'reported_on',
  // the ORUK API's builders and parameter readers, which run as the caller
  'oruk_id',
  'oruk_linked_id',
  'oruk_uuid',
  'oruk_bad_param',
  'oruk_text_param',
  'oruk_int_param',
  'oruk_uuid_param',
  'oruk_bool_param',
  'oruk_time_param',
  'oruk_timestamp_param',
  'oruk_day_param',
  'oruk_postcode_param',
  'oruk_page',
  'oruk_schedules',
  'oruk_schedule_days',
  'oruk_taxonomy_rows',
  'oruk_taxonomy_json',
  'oruk_fixed_terms',
  'oruk_term_json',
  'oruk_term_rows',
  'oruk_organization_json',
  'oruk_language',
  'oruk_location_json',
  'oruk_minimum_age',
  'oruk_maximum_age',
  'oruk_service_json',
  'oruk_service_at_location_json',
  'oruk_listing_page',
];
const AUTHENTICATED_PRIVATE = [
  ...ANON_PRIVATE,
  'json_diff',
  'earth_point',
  'asset_content',
  'organisation_content',
  'require_moderator',
  'pending_diff',
  'import_batch_json',
  'check_since',
  'reminder_gap',
  'reminders_about',
  'unanswered_asset_ids',
];

export function mayExecute(schema: 'api' | 'private', fn: string, role: 'anon' | 'authenticated'): boolean {
  if (schema === 'api') return role === 'authenticated' || ANON_API.includes(fn);
  return (role === 'anon' ? ANON_PRIVATE : AUTHENTICATED_PRIVATE).includes(fn);
}

// ---------------------------------------------------------------------------------------------
// Calls: every api function, called by every person with arguments that make sense, and what
// each gets: 'ok', or a refusal (SQLSTATE, optionally a message).

export type Outcome = 'ok' | { code: string; message?: RegExp };
const NO_GRANT: Outcome = { code: '42501', message: /permission denied for function/ };
const REFUSED: Outcome = { code: '42501' };
const everyone = (o: Outcome) => Object.fromEntries(PEOPLE.map((p) => [p.key, o])) as Record<PersonKey, Outcome>;
const signedIn = (o: Outcome): Record<PersonKey, Outcome> => ({ ...everyone(o), anon: NO_GRANT });
const only = (allowed: PersonKey[], otherwise: Outcome = REFUSED) => {
  const r = signedIn(otherwise);
  for (const k of allowed) r[k] = 'ok';
  return r;
};

export interface CallSpec {
  fn: string;
  /** SQL arguments in named notation, e.g. `id => $1::uuid`; params built from the fixtures. */
  args: (f: Fixtures) => { sql: string; params: unknown[] };
  expect: Record<PersonKey, Outcome>;
}

// JSON arguments travel as values; each engine serialises them as its driver does.
const json = (v: object) => v;
const newListing = {
  org_id: SAMPLE_ORG_A,
  kind: 'group',
  name: 'Sample: Matrix Club',
  description: '',
  categories: ['older-people'],
  lat: 53.54,
  lng: -2.59,
  free: true,
  age_groups: [],
  accessibility: [],
  languages: [],
};
const fc = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-2.6, 53.5],
            [-2.59, 53.5],
            [-2.59, 53.51],
            [-2.6, 53.5],
          ],
        ],
      },
      properties: { code: 'M1', name: 'Matrix', population: 1 },
    },
  ],
};
const importRow = { row: 2, action: 'insert', asset: { ...newListing, org_id: null, external_id: 'M-1' } };

const NO_SUCH = '00000000-0000-4000-8000-000000000000';

export const CALLS: CallSpec[] = [
  { fn: 'published_assets', args: () => ({ sql: '', params: [] }), expect: everyone('ok') },
  { fn: 'asset', args: (f) => ({ sql: 'id => $1::uuid', params: [f.draftA.id] }), expect: everyone('ok') },
  { fn: 'categories', args: () => ({ sql: '', params: [] }), expect: everyone('ok') },
  { fn: 'oruk_details', args: () => ({ sql: '', params: [] }), expect: everyone('ok') },
  { fn: 'oruk_services', args: () => ({ sql: 'params => $1::jsonb', params: [json({ per_page: '5', postcode: 'WN1 1XX' })] }), expect: everyone('ok') },
  { fn: 'oruk_service', args: (f) => ({ sql: 'id => $1::text', params: [f.publishedA.id] }), expect: everyone('ok') },
  { fn: 'oruk_service_at_locations', args: () => ({ sql: 'params => $1::jsonb', params: [json({ per_page: '5' })] }), expect: everyone('ok') },
  { fn: 'oruk_service_at_location', args: (f) => ({ sql: 'id => $1::text', params: [f.publishedA.id] }), expect: everyone('ok') },
  { fn: 'oruk_taxonomies', args: () => ({ sql: '', params: [] }), expect: everyone('ok') },
  { fn: 'oruk_taxonomy', args: () => ({ sql: 'id => $1::text', params: [NO_SUCH] }), expect: everyone('ok') },
  { fn: 'oruk_taxonomy_terms', args: () => ({ sql: 'params => $1::jsonb', params: [json({ top_only: 'true' })] }), expect: everyone('ok') },
  { fn: 'oruk_taxonomy_term', args: () => ({ sql: 'id => $1::text', params: [NO_SUCH] }), expect: everyone('ok') },
  { fn: 'oruk_organizations', args: () => ({ sql: '', params: [] }), expect: everyone('ok') },
  { fn: 'oruk_organization', args: () => ({ sql: 'id => $1::text', params: [SAMPLE_ORG_A] }), expect: everyone('ok') },
  { fn: 'oruk_export', args: (f) => ({ sql: 'ids => array[$1::uuid, $2::uuid]', params: [f.publishedA.id, f.draftA.id] }), expect: everyone('ok') },
  { fn: 'areas', args: () => ({ sql: "kind => 'ward'", params: [] }), expect: everyone('ok') },
  { fn: 'me', args: () => ({ sql: '', params: [] }), expect: everyone('ok') },
  { fn: 'organisation', args: (f) => ({ sql: 'id => $1::uuid', params: [f.pendingOrg] }), expect: everyone('ok') },
  { fn: 'org_assets', args: () => ({ sql: 'org_id => $1::uuid', params: [SAMPLE_ORG_A] }), expect: signedIn('ok') },
  { fn: 'asset_events', args: (f) => ({ sql: 'asset_id => $1::uuid', params: [f.draftA.id] }), expect: signedIn('ok') },
  { fn: 'organisation_events', args: () => ({ sql: 'org_id => $1::uuid', params: [SAMPLE_ORG_A] }), expect: signedIn('ok') },
  { fn: 'staleness_report', args: () => ({ sql: 'months => 6', params: [] }), expect: signedIn('ok') },
  { fn: 'my_invitations', args: () => ({ sql: '', params: [] }), expect: signedIn('ok') },
  { fn: 'register_organisation', args: () => ({ sql: 'org => $1::jsonb', params: [json({ name: 'Sample: Matrix Org' })] }), expect: signedIn('ok') },
  { fn: 'save_asset', args: () => ({ sql: 'asset => $1::jsonb', params: [json(newListing)] }), expect: only(['editorA', 'ownerA', 'moderator']) },
  {
    fn: 'save_asset',
    args: (f) => ({ sql: 'asset => $1::jsonb', params: [json({ ...newListing, id: f.draftA.id, version: f.draftA.version })] }),
    expect: only(['editorA', 'ownerA', 'moderator']),
  },
  { fn: 'submit_asset', args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [f.draftA.id, f.draftA.version] }), expect: only(['editorA', 'ownerA']) },
  {
    fn: 'verify_asset',
    args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [f.publishedA.id, f.publishedA.version] }),
    expect: only(['editorA', 'ownerA', 'moderator']),
  },
  {
    fn: 'archive_asset',
    args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [f.publishedA.id, f.publishedA.version] }),
    expect: only(['editorA', 'ownerA', 'moderator']),
  },
  {
    fn: 'restore_asset',
    args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [f.archivedA.id, f.archivedA.version] }),
    expect: only(['editorA', 'ownerA', 'moderator']),
  },
  { fn: 'review_queue', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  { fn: 'approve_asset', args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [f.pendingA.id, f.pendingA.version] }), expect: only(['moderator']) },
  {
    fn: 'reject_asset',
    args: (f) => ({ sql: "id => $1::uuid, version => $2::int, reason => 'No'", params: [f.pendingA.id, f.pendingA.version] }),
    expect: only(['moderator']),
  },
  {
    fn: 'request_changes',
    args: (f) => ({ sql: "id => $1::uuid, version => $2::int, reason => 'Fix'", params: [f.pendingA.id, f.pendingA.version] }),
    expect: only(['moderator']),
  },
  {
    fn: 'take_down_asset',
    args: (f) => ({ sql: "id => $1::uuid, version => $2::int, reason => 'Closed'", params: [f.publishedA.id, f.publishedA.version] }),
    expect: only(['moderator']),
  },
  {
    fn: 'reinstate_asset',
    args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [f.publishedA.id, f.publishedA.version] }),
    expect: { ...only([]), moderator: { code: '55000', message: /Only listings that were taken down/ } },
  },
  {
    fn: 'verify_organisation',
    args: (f) => ({ sql: 'id => $1::uuid, version => $2::int, auto_publish => false', params: [f.pendingOrg, f.pendingOrgVersion] }),
    expect: only(['moderator']),
  },
  {
    fn: 'reject_organisation',
    args: (f) => ({ sql: "id => $1::uuid, version => $2::int, reason => 'No'", params: [f.pendingOrg, f.pendingOrgVersion] }),
    expect: only(['moderator']),
  },
  {
    fn: 'approve_organisation_changes',
    args: (f) => ({ sql: 'id => $1::uuid, version => $2::int', params: [SAMPLE_ORG_A, f.orgAVersion] }),
    expect: { ...only([]), moderator: { code: '55000', message: /no proposed profile changes/ } },
  },
  {
    fn: 'reject_organisation_changes',
    args: (f) => ({ sql: "id => $1::uuid, version => $2::int, reason => 'No'", params: [SAMPLE_ORG_A, f.orgAVersion] }),
    expect: { ...only([]), moderator: { code: '55000', message: /no proposed profile changes/ } },
  },
  {
    fn: 'update_organisation',
    args: (f) => ({ sql: `id => $1::uuid, patch => '{"description": "Sample: matrix"}'::jsonb, version => $2::int`, params: [SAMPLE_ORG_A, f.orgAVersion] }),
    expect: only(['ownerA', 'moderator']),
  },
  {
    fn: 'update_organisation',
    args: (f) => ({ sql: `id => $1::uuid, patch => '{"description": "Sample: matrix"}'::jsonb, version => $2::int`, params: [f.pendingOrg, f.pendingOrgVersion] }),
    expect: only(['pendingOwner', 'moderator']),
  },
  {
    fn: 'invite_member',
    args: () => ({ sql: "org_id => $1::uuid, email => 'matrix@example.org', role => 'editor'", params: [SAMPLE_ORG_A] }),
    expect: only(['ownerA', 'moderator']),
  },
  {
    fn: 'invite_member',
    args: (f) => ({ sql: "org_id => $1::uuid, email => 'matrix@example.org', role => 'editor'", params: [f.pendingOrg] }),
    expect: { ...only(['moderator']), pendingOwner: { code: '42501', message: /once a moderator has verified it/ } },
  },
  { fn: 'revoke_invitation', args: (f) => ({ sql: 'id => $1::uuid', params: [f.invitationForStranger] }), expect: only(['ownerA', 'moderator']) },
  { fn: 'accept_invitation', args: (f) => ({ sql: 'id => $1::uuid', params: [f.invitationForStranger] }), expect: only(['stranger']) },
  { fn: 'decline_invitation', args: (f) => ({ sql: 'id => $1::uuid', params: [f.invitationForStranger] }), expect: only(['stranger']) },
  {
    fn: 'set_member_role',
    args: () => ({ sql: "org_id => $1::uuid, user_id => $2::uuid, role => 'owner'", params: [SAMPLE_ORG_A, PLAIN_EDITOR.user_id] }),
    expect: only(['ownerA', 'moderator']),
  },
  {
    fn: 'remove_member',
    args: () => ({ sql: 'org_id => $1::uuid, user_id => $2::uuid', params: [SAMPLE_ORG_A, PLAIN_EDITOR.user_id] }),
    expect: only(['ownerA', 'moderator', 'editorA']),
  },
  {
    fn: 'remove_member',
    args: () => ({ sql: 'org_id => $1::uuid, user_id => $2::uuid', params: [SAMPLE_ORG_B, persona('editor-b').user_id] }),
    expect: { ...only([]), memberB: { code: '23514', message: /at least one owner/ }, moderator: { code: '23514', message: /at least one owner/ } },
  },
  { fn: 'load_areas', args: () => ({ sql: "kind => 'custom', areas => $1::jsonb", params: [json(fc)] }), expect: only(['planner']) },
  {
    fn: 'import_candidates',
    args: () => ({ sql: "partner => 'Matrix', rows => $1::jsonb", params: [json([{ row: 2, name: 'x', lat: 53.5, lng: -2.6 }])] }),
    expect: only(['moderator']),
  },
  {
    fn: 'unsubscribe',
    args: () => ({ sql: "token => 'not-a-token'", params: [] }),
    expect: everyone({ code: '22023', message: /not valid/ }),
  },
  {
    fn: 'confirm_listing',
    args: () => ({ sql: "token => 'not-a-token'", params: [] }),
    expect: everyone({ code: '22023', message: /not valid/ }),
  },
  { fn: 'check_plan', args: (f) => ({ sql: 'asset_id => $1::uuid', params: [f.publishedA.id] }), expect: only(['editorA', 'ownerA', 'moderator']) },
  {
    fn: 'set_check_plan',
    args: (f) => ({ sql: 'asset_id => $1::uuid, every_months => 12', params: [f.publishedA.id] }),
    expect: only(['editorA', 'ownerA', 'moderator']),
  },
  { fn: 'mail_problems', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  {
    fn: 'retry_message',
    args: () => ({ sql: "id => '00000000-0000-4000-8000-000000000000'::uuid", params: [] }),
    expect: { ...only([]), moderator: { code: '40001', message: /not waiting to be sent again/ } },
  },
  { fn: 'import_listings', args: () => ({ sql: "partner => 'Matrix'", params: [] }), expect: only(['moderator']) },
  {
    fn: 'commit_import',
    args: () => ({ sql: "partner => 'Matrix', file_name => 'm.csv', org_id => null, rows => $1::jsonb, report => '[]'::jsonb", params: [json([importRow])] }),
    expect: only(['moderator']),
  },
  {
    fn: 'preview_import',
    args: () => ({ sql: "partner => 'Matrix', org_id => null, rows => $1::jsonb", params: [json([importRow])] }),
    expect: only(['moderator']),
  },
  {
    fn: 'undo_import',
    args: () => ({ sql: "batch_id => '00000000-0000-4000-8000-000000000000'::uuid", params: [] }),
    expect: { ...only([]), moderator: { code: 'P0002', message: /Import not found/ } },
  },
  { fn: 'import_batches', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  // Exports (issue 16): every listing in every status, for moderators only.
  { fn: 'listings_export', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  // Residents tell us (issue 15): anyone reports and suggests; moderators handle; organisations see what was forwarded.
  {
    fn: 'report_problem',
    args: (f) => ({ sql: "asset_id => $1::uuid, reason => 'wrong_times', details => 'Matrix'", params: [f.publishedA.id] }),
    expect: everyone('ok'),
  },
  {
    fn: 'report_problem',
    args: (f) => ({ sql: "asset_id => $1::uuid, reason => 'wrong_times'", params: [f.draftA.id] }),
    expect: everyone({ code: '22023', message: /not on the map/ }),
  },
  { fn: 'suggest_group', args: () => ({ sql: "name => 'Sample: Matrix Suggestion'", params: [] }), expect: everyone('ok') },
  { fn: 'report_queue', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  {
    fn: 'handle_reports',
    args: (f) => ({ sql: "asset_id => $1::uuid, report_ids => '[]'::jsonb, action => 'resolve'", params: [f.publishedA.id] }),
    expect: { ...only([]), moderator: { code: '40001', message: /changed since you opened them/ } },
  },
  { fn: 'org_reports', args: () => ({ sql: 'org_id => $1::uuid', params: [SAMPLE_ORG_A] }), expect: only(['editorA', 'ownerA', 'moderator']) },
  {
    fn: 'mark_report_dealt_with',
    args: () => ({ sql: 'id => $1::uuid', params: [NO_SUCH] }),
    expect: only([]),
  },
  // Searches that found little (issue 17): anyone records one from our own vocabulary; planners and moderators read.
  {
    fn: 'record_search_demand',
    args: () => ({ sql: "ward_code => 'E05014989', term => 'food-bank', visit_token => 'matrix-visit-token-0001'", params: [] }),
    expect: everyone('ok'),
  },
  {
    fn: 'record_search_demand',
    args: () => ({ sql: "ward_code => 'E05014989', term => 'i need help with my rent', visit_token => 'matrix-visit-token-0001'", params: [] }),
    expect: everyone({ code: '22023', message: /not a category or a word we count/ }),
  },
  { fn: 'search_demand', args: () => ({ sql: '', params: [] }), expect: only(['moderator', 'planner']) },
  { fn: 'suggestion_queue', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  { fn: 'organisation_choices', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  {
    fn: 'handle_suggestion',
    args: () => ({ sql: "id => $1::uuid, action => 'decline'", params: [NO_SUCH] }),
    expect: { ...only([]), moderator: { code: 'P0002', message: /does not exist/ } },
  },
  { fn: 'saved_mappings', args: () => ({ sql: '', params: [] }), expect: only(['moderator']) },
  {
    fn: 'save_mapping',
    args: () => ({ sql: "partner => 'Matrix', mapping => '{\"Name\": \"name\"}'::jsonb, category_map => '{}'::jsonb", params: [] }),
    expect: only(['moderator']),
  },
];

/** What a call did: 'ok', or the SQLSTATE and message it was refused with. */
export type Result = 'ok' | { code: string; message: string };

/** Runs one call as one person, always rolled back. */
export async function callAs(db: SecurityEngine, person: Person, spec: CallSpec, f: Fixtures): Promise<Result> {
  const { sql, params } = spec.args(f);
  try {
    await db.as(claimsOf(person), `select api.${spec.fn}(${sql}) as result`, params);
    return 'ok';
  } catch (e) {
    const err = e as { code?: string; message?: string };
    return { code: err.code ?? '?', message: err.message ?? '' };
  }
}

/** Whether what happened is what the spec expects (a message pattern must match when given). */
export function matches(actual: Result, expected: Outcome): boolean {
  if (expected === 'ok' || actual === 'ok') return expected === actual;
  return actual.code === expected.code && (!expected.message || expected.message.test(actual.message));
}
