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
  Me,
  Organisation,
  Uuid,
} from '../domain/types';

export interface ReviewItem {
  kind: 'asset' | 'organisation';
  id: Uuid;
  name: string;
  org_id: Uuid | null;
  org_name: string | null;
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
  months_since: number;
}

export interface OrgMember {
  user_id: Uuid;
  email: string | null;
  role: 'owner' | 'editor';
}

export interface ImportCandidate {
  row: number;
  /** Existing asset with the same partner external_id: the row updates it. */
  external_match: Uuid | null;
  /** Existing assets with a similar name close by: the moderator decides. */
  similar: { id: Uuid; name: string; distance_m: number; similarity: number }[];
}

export interface ImportRow {
  row: number;
  action: 'insert' | 'update' | 'skip';
  /** For action 'update': the asset to update. */
  target_id?: Uuid | null;
  asset: Omit<AssetInput, 'org_id' | 'version'> & { external_id: string | null; org_id?: Uuid | null };
}

export interface ImportBatch {
  id: Uuid;
  partner: string;
  file_name: string;
  created_at: string;
  created_by: Uuid | null;
  inserted: number;
  updated: number;
  skipped: number;
  rejected: number;
  undone_at: string | null;
  report: { row: number; reason: string }[];
}

export interface SavedMapping {
  partner: string;
  mapping: Record<string, string>; // source column → our field
  category_map: Record<string, string>; // partner category → our slug
  updated_at: string;
}

export function createApi(t: Transport) {
  const rpc = t.rpc.bind(t);
  return {
    transport: t,

    // Reads anyone may make
    publishedAssets: () => rpc<AssetCollection>('published_assets'),
    asset: (id: Uuid) => rpc<Asset | null>('asset', { id }),
    categories: () => rpc<Category[]>('categories'),
    areas: (kind: AreaKind) => rpc<AreaCollection>('areas', { kind }),
    me: () => rpc<Me>('me'),

    // Organisations (issue 4)
    registerOrganisation: (org: Pick<Organisation, 'name' | 'description' | 'email' | 'website' | 'phone'>) =>
      rpc<Organisation>('register_organisation', { org }),
    organisation: (id: Uuid) => rpc<Organisation & { members: OrgMember[] }>('organisation', { id }),
    updateOrganisation: (id: Uuid, patch: Partial<Organisation>, version: number) =>
      rpc<Organisation>('update_organisation', { id, patch, version }),
    addMember: (org_id: Uuid, email: string, role: 'owner' | 'editor') => rpc<OrgMember>('add_member', { org_id, email, role }),
    removeMember: (org_id: Uuid, user_id: Uuid) => rpc<void>('remove_member', { org_id, user_id }),
    orgAssets: (org_id: Uuid) => rpc<Asset[]>('org_assets', { org_id }),

    // Asset lifecycle (issue 4). save_asset raises 40001 when `version` is stale.
    saveAsset: (asset: AssetInput) => rpc<Asset>('save_asset', { asset }),
    submitAsset: (id: Uuid) => rpc<Asset>('submit_asset', { id }),
    verifyAsset: (id: Uuid) => rpc<Asset>('verify_asset', { id }),
    archiveAsset: (id: Uuid) => rpc<Asset>('archive_asset', { id }),
    restoreAsset: (id: Uuid) => rpc<Asset>('restore_asset', { id }),
    assetEvents: (asset_id: Uuid) => rpc<AssetEvent[]>('asset_events', { asset_id }),

    // Moderation (issue 4)
    reviewQueue: () => rpc<ReviewItem[]>('review_queue'),
    approveAsset: (id: Uuid, note: string | null = null) => rpc<Asset>('approve_asset', { id, note }),
    rejectAsset: (id: Uuid, reason: string) => rpc<Asset>('reject_asset', { id, reason }),
    requestChanges: (id: Uuid, reason: string) => rpc<Asset>('request_changes', { id, reason }),
    verifyOrganisation: (id: Uuid, auto_publish: boolean) => rpc<Organisation>('verify_organisation', { id, auto_publish }),
    rejectOrganisation: (id: Uuid, reason: string) => rpc<Organisation>('reject_organisation', { id, reason }),
    stalenessReport: (months: number) => rpc<StaleAsset[]>('staleness_report', { months }),

    // Planning (issue 5)
    loadAreas: (kind: AreaKind, areas: AreaCollection, replace: boolean) =>
      rpc<{ loaded: number }>('load_areas', { kind, areas, replace }),

    // Import (issue 6): candidates, then one transactional commit, undoable.
    importCandidates: (partner: string, rows: { row: number; external_id: string | null; name: string; lat: number; lng: number }[]) =>
      rpc<ImportCandidate[]>('import_candidates', { partner, rows }),
    commitImport: (partner: string, file_name: string, org_id: Uuid | null, rows: ImportRow[], report: { row: number; reason: string }[]) =>
      rpc<ImportBatch>('commit_import', { partner, file_name, org_id, rows, report }),
    undoImport: (batch_id: Uuid) => rpc<ImportBatch>('undo_import', { batch_id }),
    importBatches: () => rpc<ImportBatch[]>('import_batches'),
    savedMappings: () => rpc<SavedMapping[]>('saved_mappings'),
    saveMapping: (partner: string, mapping: Record<string, string>, category_map: Record<string, string>) =>
      rpc<SavedMapping>('save_mapping', { partner, mapping, category_map }),
  };
}

export type Api = ReturnType<typeof createApi>;
