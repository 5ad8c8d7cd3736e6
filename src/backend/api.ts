// The typed API the UI uses. Each method is one Postgres function in schema `api`; argument
// names here are the SQL parameter names, so PostgREST and the local worker call them alike.
import type { Transport } from './transport';
import type {
  AreaCollection,
  AreaKind,
  Asset,
  AssetCollection,
  AssetEvent,
  AssetInput,
  Category,
  CheckedBy,
  Invitation,
  Me,
  MemberRole,
  Organisation,
  OrganisationEvent,
  OrganisationInput,
  Uuid,
} from '../domain/types';
import type { ListingsExportRow } from '../domain/export/exportListing';
import type { SearchDemandRow } from '../domain/searchDemand';

export interface ReviewItem {
  kind: 'asset' | 'organisation';
  id: Uuid;
  name: string;
  org_id: Uuid | null;
  org_name: string | null;
  /** The version the queue showed: decisions name it, and fail with 40001 if it moved since. */
  version: number;
  submitted_at: string;
  /** For an edit of a published asset: field → { from: published, to: proposed }. */
  diff: Record<string, { from: unknown; to: unknown }>;
  is_new: boolean;
}

export interface StaleAsset {
  id: Uuid;
  name: string;
  org_id: Uuid | null;
  org_name: string | null;
  last_verified_at: string | null;
  checked_by: CheckedBy | null;
  imported_at: string | null;
  import_batch_id: Uuid | null;
  source: string | null;
  /** Since the last check; for an unconfirmed import, since the import; else since it was listed. */
  months_since: number;
  /** Reminders sent about the current check (0, 1 or 2), and when the last went. */
  reminders_sent: number;
  last_reminded_at: string | null;
  /** Two reminders went unanswered: the moderators' to chase. */
  unanswered: boolean;
  /** Whom to chase (the organisation's members), once unanswered; otherwise empty. */
  contacts: string[];
}

/** How often a listing's organisation is asked whether it is still right (24: "rarely changes"). */
export type CheckEvery = 1 | 3 | 6 | 12 | 24;
export interface CheckPlan {
  asset_id: Uuid;
  every_months: CheckEvery;
  due_at: string;
  reminders: { round: 1 | 2; sent_at: string }[];
}

/** A message the sender could not deliver (dead) or is still retrying, for moderators; never its body. */
export interface MailProblem {
  id: Uuid;
  kind: string;
  to_email: string;
  subject: string;
  status: 'queued' | 'sending' | 'dead';
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  created_at: string;
  asset_id: Uuid | null;
  org_id: Uuid | null;
}

/** A message local mode would have e-mailed, as the Outbox page shows it. */
export interface OutboxMessage {
  id: string;
  kind: string;
  to_email: string;
  subject: string;
  text_body: string;
  /** Links in the message, in order; in local mode each is a path in this app. */
  links: { label: string; url: string }[];
  unsubscribe_url: string | null;
  optional: boolean;
  status: 'queued' | 'sending' | 'sent' | 'dead';
  created_at: string;
}

export interface OrgMember {
  user_id: Uuid;
  email: string | null;
  role: MemberRole;
}

export type OrganisationDetail = Organisation & { members: OrgMember[]; invitations: Invitation[] };

export interface ImportCandidate {
  row: number;
  /** Existing asset with the same partner external_id: the row updates it. */
  external_match: Uuid | null;
  /** Existing assets with a similar name close by: the moderator decides. */
  similar: { id: Uuid; name: string; distance_m: number; similarity: number }[];
}

/** What api.import_listings answers: the listings a file is checked against (candidateIndex.ts). */
export interface ImportListings {
  /** Every listing not archived: id, name, latitude, longitude. */
  listings: [Uuid, string, number, number][];
  /** The partner's own listings: their id for the listing, and ours. */
  partner_ids: [string, Uuid][];
}

export interface ImportRow {
  row: number;
  action: 'insert' | 'update' | 'skip';
  /** For action 'update': the asset to update. */
  target_id?: Uuid | null;
  asset: Omit<AssetInput, 'org_id' | 'version'> & {
    external_id: string | null;
    org_id?: Uuid | null;
    /** The partner's own date the details were last checked (ORUK assured_date), YYYY-MM-DD; absent or null when the file has none. */
    last_verified_at?: string | null;
  };
}

/** One of the partner's listings that is not in the new file, archived with the batch. */
export interface ArchiveMissingRow {
  row?: never;
  action: 'archive';
  target_id: Uuid;
  asset: Record<string, never>;
}

/** What api.commit_import takes: the file's rows and the missing listings to archive. */
export type CommitRow = ImportRow | ArchiveMissingRow;

/** What api.preview_import answers: the rows (by row number) commit_import would leave unchanged. */
export interface ImportPreview {
  unchanged: number[];
}

export interface ImportBatch {
  id: Uuid;
  partner: string;
  file_name: string;
  created_at: string;
  created_by: Uuid | null;
  /** The organisation the file's rows are listed under when the moderator chose one; null when none. */
  org_id: Uuid | null;
  inserted: number;
  updated: number;
  /** Rows that matched a listing and would have changed nothing of it: left as they were. */
  unchanged: number;
  skipped: number;
  rejected: number;
  /** The partner's listings missing from the file that the moderator chose to archive. */
  archived: number;
  undone_at: string | null;
  report: ImportReportEntry[];
}

/**
 * One row a batch did not import, as its report keeps it. `cells`: the row's original cells as
 * [column, value] pairs in the file's order (absent in batches from older builds, and past the
 * report's size budget), so the report can be downloaded again with the partner's columns.
 */
export interface ImportReportEntry {
  row: number;
  reason: string;
  cells?: [string, string][];
}

export interface SavedMapping {
  partner: string;
  mapping: Record<string, string>; // source column → our field
  category_map: Record<string, string>; // partner category → our slug
  updated_at: string;
}

/** What api.report_problem and api.suggest_group answer, robots included: it was received. */
export interface Received {
  received: true;
}

/** Searches that found little, per ward and term (src/domain/searchDemand.ts). */
export type SearchDemand = SearchDemandRow;

/** A listing as residents read it: with the date of a reported problem not yet dealt with. */
export type PublicAsset = Asset & {
  /** YYYY-MM-DD (London) of the first reported problem still open or with the organisation; null when none. */
  reported_on: string | null;
};

/** One open report in the moderators' queue. */
export interface ProblemReport {
  id: Uuid;
  reason: string;
  details: string;
  created_at: string;
  /** The reporter left an address for a reply (never the address itself). */
  wants_reply: boolean;
}

/** The open reports about one listing, grouped. */
export interface ReportGroup {
  asset_id: Uuid;
  asset_name: string;
  asset_status: string;
  org_id: Uuid | null;
  org_name: string | null;
  count: number;
  first_at: string;
  last_at: string;
  reasons: { reason: string; count: number }[];
  reports: ProblemReport[];
}

export type ReportAction = 'resolve' | 'forward' | 'dismiss';

/** A problem a moderator forwarded to the listing's organisation. */
export interface ForwardedReport {
  id: Uuid;
  asset_id: Uuid;
  asset_name: string;
  reason: string;
  details: string;
  created_at: string;
  forwarded_at: string;
  note: string | null;
}

/** A resident's suggestion waiting for a moderator. */
export interface Suggestion {
  id: Uuid;
  name: string;
  description: string;
  place: string;
  times: string;
  contact: string;
  wants_reply: boolean;
  created_at: string;
}

/** An organisation a moderator may put a draft listing under. */
export interface OrganisationChoice {
  id: Uuid;
  name: string;
  status: string;
}

export type SuggestionAction = 'draft' | 'invite' | 'decline';

export interface SuggestionHandled {
  id: Uuid;
  status: 'drafted' | 'invited' | 'declined';
  /** The draft listing made from it (action 'draft'). */
  asset_id: Uuid | null;
  org_id: Uuid | null;
}

/** What a change needs to know of the thing it changes: which one, and which version was read. */
export interface Versioned {
  id: Uuid;
  version: number;
}

/** An ORUK service as api.oruk_export builds it (the /services/{id} shape). */
export type OrukServiceJson = { id: Uuid } & Record<string, unknown>;

/**
 * Listings per api.oruk_export call: a nested service costs a few milliseconds to build, and a
 * hosted project stops a statement after 3 s (anon) or 8 s (signed in), so a whole borough goes
 * in several calls.
 */
export const ORUK_EXPORT_BATCH = 200;

/** The records for `ids`, fetched `size` at a time, in the order of `ids`. */
async function inOrder<T extends { id: Uuid }>(ids: readonly Uuid[], size: number, fetch: (batch: Uuid[]) => Promise<T[]>): Promise<T[]> {
  const found = new Map<Uuid, T>();
  for (let i = 0; i < ids.length; i += size) for (const record of await fetch(ids.slice(i, i + size))) found.set(record.id, record);
  return ids.flatMap((id) => found.get(id) ?? []);
}

export function createApi(t: Transport) {
  const rpc = t.rpc.bind(t);
  return {
    // Reads anyone may make
    publishedAssets: () => rpc<AssetCollection>('published_assets'),
    asset: (id: Uuid) => rpc<PublicAsset | null>('asset', { id }),
    categories: () => rpc<Category[]>('categories'),
    areas: (kind: AreaKind) => rpc<AreaCollection>('areas', { kind }),
    me: () => rpc<Me>('me'),

    // Organisations: register, profile (reviewed once verified, unless trusted), members by invitation
    registerOrganisation: (org: OrganisationInput) => rpc<Organisation>('register_organisation', { org }),
    organisation: (id: Uuid) => rpc<OrganisationDetail | null>('organisation', { id }),
    updateOrganisation: (id: Uuid, patch: Partial<OrganisationInput>, version: number) => rpc<Organisation>('update_organisation', { id, patch, version }),
    organisationEvents: (org_id: Uuid) => rpc<OrganisationEvent[]>('organisation_events', { org_id }),
    inviteMember: (org_id: Uuid, email: string, role: MemberRole) => rpc<Invitation>('invite_member', { org_id, email, role }),
    revokeInvitation: (id: Uuid) => rpc<void>('revoke_invitation', { id }),
    myInvitations: () => rpc<Invitation[]>('my_invitations'),
    acceptInvitation: (id: Uuid) => rpc<{ org_id: Uuid; org_name: string; role: MemberRole }>('accept_invitation', { id }),
    declineInvitation: (id: Uuid) => rpc<void>('decline_invitation', { id }),
    setMemberRole: (org_id: Uuid, user_id: Uuid, role: MemberRole) => rpc<void>('set_member_role', { org_id, user_id, role }),
    removeMember: (org_id: Uuid, user_id: Uuid) => rpc<void>('remove_member', { org_id, user_id }),
    orgAssets: (org_id: Uuid) => rpc<Asset[]>('org_assets', { org_id }),

    // A listing's life. Every change names the version it was read at (40001 when stale).
    saveAsset: (asset: AssetInput) => rpc<Asset>('save_asset', { asset }),
    submitAsset: (a: Versioned) => rpc<Asset>('submit_asset', { id: a.id, version: a.version }),
    verifyAsset: (a: Versioned) => rpc<Asset>('verify_asset', { id: a.id, version: a.version }),
    archiveAsset: (a: Versioned) => rpc<Asset>('archive_asset', { id: a.id, version: a.version }),
    restoreAsset: (a: Versioned) => rpc<Asset>('restore_asset', { id: a.id, version: a.version }),
    assetEvents: (asset_id: Uuid) => rpc<AssetEvent[]>('asset_events', { asset_id }),

    // Moderation: decisions name the version the moderator read
    reviewQueue: () => rpc<ReviewItem[]>('review_queue'),
    approveAsset: (a: Versioned, note: string | null = null) => rpc<Asset>('approve_asset', { id: a.id, version: a.version, note }),
    rejectAsset: (a: Versioned, reason: string) => rpc<Asset>('reject_asset', { id: a.id, version: a.version, reason }),
    requestChanges: (a: Versioned, reason: string) => rpc<Asset>('request_changes', { id: a.id, version: a.version, reason }),
    takeDownAsset: (a: Versioned, reason: string) => rpc<Asset>('take_down_asset', { id: a.id, version: a.version, reason }),
    reinstateAsset: (a: Versioned, note: string | null = null) => rpc<Asset>('reinstate_asset', { id: a.id, version: a.version, note }),
    verifyOrganisation: (o: Versioned, auto_publish: boolean) => rpc<Organisation>('verify_organisation', { id: o.id, version: o.version, auto_publish }),
    rejectOrganisation: (o: Versioned, reason: string) => rpc<Organisation>('reject_organisation', { id: o.id, version: o.version, reason }),
    approveOrganisationChanges: (o: Versioned, note: string | null = null) => rpc<Organisation>('approve_organisation_changes', { id: o.id, version: o.version, note }),
    rejectOrganisationChanges: (o: Versioned, reason: string) => rpc<Organisation>('reject_organisation_changes', { id: o.id, version: o.version, reason }),
    stalenessReport: (months: number) => rpc<StaleAsset[]>('staleness_report', { months }),

    // Keeping listings true (issue 15): the check cadence, one-click links from e-mails.
    checkPlan: (asset_id: Uuid) => rpc<CheckPlan>('check_plan', { asset_id }),
    setCheckPlan: (asset_id: Uuid, every_months: CheckEvery) => rpc<CheckPlan>('set_check_plan', { asset_id, every_months }),
    confirmListing: (token: string) => rpc<{ id: Uuid; name: string; org_id: Uuid; last_verified_at: string }>('confirm_listing', { token }),
    unsubscribe: (token: string) => rpc<{ email: string; kind: string }>('unsubscribe', { token }),
    mailProblems: () => rpc<MailProblem[]>('mail_problems'),
    retryMessage: (id: Uuid) => rpc<{ id: Uuid; status: 'queued' }>('retry_message', { id }),

    // Residents tell us (issue 15): problems with listings, suggestions for the map.
    reportProblem: (asset_id: Uuid, reason: string, details: string, email: string | null, honeypot: string | null) =>
      rpc<Received>('report_problem', { asset_id, reason, details, email, honeypot }),
    reportQueue: () => rpc<ReportGroup[]>('report_queue'),
    handleReports: (asset_id: Uuid, report_ids: Uuid[], action: ReportAction, note: string | null) =>
      rpc<{ asset_id: Uuid; status: string; handled: number }>('handle_reports', { asset_id, report_ids, action, note }),
    orgReports: (org_id: Uuid) => rpc<ForwardedReport[]>('org_reports', { org_id }),
    markReportDealtWith: (id: Uuid, note: string | null = null) => rpc<{ id: Uuid; status: 'dealt_with' }>('mark_report_dealt_with', { id, note }),
    suggestGroup: (s: { name: string; description: string; place: string; times: string; contact: string; email: string | null; honeypot: string | null }) =>
      rpc<Received>('suggest_group', s),
    recordSearchDemand: (ward_code: string, term: string, visit_token: string) => rpc<{ recorded: true }>('record_search_demand', { ward_code, term, visit_token }),
    searchDemand: (days = 28, ward_code: string | null = null) => rpc<SearchDemand[]>('search_demand', { days, ward_code }),
    suggestionQueue: () => rpc<Suggestion[]>('suggestion_queue'),
    organisationChoices: () => rpc<OrganisationChoice[]>('organisation_choices'),
    handleSuggestion: (
      id: Uuid,
      action: SuggestionAction,
      opts: { note?: string | null; org_id?: Uuid | null; category?: string | null; invite_email?: string | null } = {},
    ) =>
      rpc<SuggestionHandled>('handle_suggestion', {
        id,
        action,
        note: opts.note ?? null,
        org_id: opts.org_id ?? null,
        category: opts.category ?? null,
        invite_email: opts.invite_email ?? null,
      }),

    // Planning (issue 5)
    loadAreas: (kind: AreaKind, areas: AreaCollection, replace: boolean) => rpc<{ loaded: number }>('load_areas', { kind, areas, replace }),

    // Import (issue 6): candidates, then one transactional commit, undoable.
    importCandidates: (partner: string, rows: { row: number; external_id: string | null; name: string; lat: number; lng: number }[]) =>
      rpc<ImportCandidate[]>('import_candidates', { partner, rows }),
    importListings: (partner: string) => rpc<ImportListings>('import_listings', { partner }),
    previewImport: (partner: string, org_id: Uuid | null, rows: CommitRow[]) => rpc<ImportPreview>('preview_import', { partner, org_id, rows }),
    commitImport: (partner: string, file_name: string, org_id: Uuid | null, rows: CommitRow[], report: ImportReportEntry[]) =>
      rpc<ImportBatch>('commit_import', { partner, file_name, org_id, rows, report }),
    undoImport: (batch_id: Uuid) => rpc<ImportBatch>('undo_import', { batch_id }),
    importBatches: () => rpc<ImportBatch[]>('import_batches'),
    savedMappings: () => rpc<SavedMapping[]>('saved_mappings'),
    saveMapping: (partner: string, mapping: Record<string, string>, category_map: Record<string, string>) =>
      rpc<SavedMapping>('save_mapping', { partner, mapping, category_map }),

    // Exports (issue 16): ORUK services for the listings given, in their order (those the caller
    // may not read are left out), and every listing flat for a moderator's CSV and GeoJSON.
    orukExport: (ids: Uuid[]) => inOrder(ids, ORUK_EXPORT_BATCH, (batch) => rpc<OrukServiceJson[]>('oruk_export', { ids: batch })),
    listingsExport: () => rpc<ListingsExportRow[]>('listings_export'),
  };
}

export type Api = ReturnType<typeof createApi>;
