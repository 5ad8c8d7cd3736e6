// Domain types shared by every layer. Field names follow the SQL columns (snake_case) so rows
// travel from Postgres to the UI without renaming; value sets stay close to Open Referral UK.

export type Uuid = string;

export const ASSET_KINDS = ['place', 'group', 'service'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_STATUSES = ['draft', 'pending', 'published', 'rejected', 'archived', 'taken_down'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** Age groups, each an ORUK minimum_age/maximum_age band. */
export const AGE_GROUPS = {
  children: { label: 'Children (0–11)', min: 0, max: 11 },
  young_people: { label: 'Young people (12–25)', min: 12, max: 25 },
  adults: { label: 'Adults (18–64)', min: 18, max: 64 },
  older_people: { label: 'Older people (65+)', min: 65, max: 120 },
} as const;
export type AgeGroup = keyof typeof AGE_GROUPS;

/** Accessibility features, mapped to ORUK location `accessibility` descriptions. */
export const ACCESSIBILITY = {
  step_free: 'Step-free access',
  accessible_toilet: 'Accessible toilet',
  hearing_loop: 'Hearing loop',
  accessible_parking: 'Accessible parking',
  bsl: 'British Sign Language',
  large_print: 'Large print information',
  quiet_space: 'Quiet space',
  assistance_dogs: 'Assistance dogs welcome',
} as const;
export type AccessibilityFeature = keyof typeof ACCESSIBILITY;

/** A category of the two-level taxonomy (src/domain/taxonomy.ts): top-level, or a sub-category of one. */
export interface Category {
  slug: string;
  label: string;
  /** The top-level category a sub-category belongs to; null for a top-level one. */
  parent: string | null;
  colour: string; // #rrggbb, chosen for contrast on the basemap; a sub-category has its parent's
  icon: string;
  description: string;
  /** What a listing of this type usually is (a library is a place); null when it varies. */
  kind?: AssetKind | null;
  /** The Open Referral UK taxonomy term (LGA service list URI) it corresponds to, where known. */
  term_uri?: string | null;
  /** Other names people and partner files use for it ("GP surgery", "chemist"). */
  aliases?: string[];
}

/** Who last confirmed a listing's details: its organisation, a moderator, or the partner's own file. */
export type CheckedBy = 'organisation' | 'moderator' | 'partner';

/** What a resident sees of a published asset: the properties of one map feature. */
export interface PublishedAssetProps {
  id: Uuid;
  kind: AssetKind;
  name: string;
  description: string;
  categories: string[]; // category or sub-category slugs; the first is the primary one (its top-level category sets the map colour)
  org_id: Uuid | null;
  org_name: string | null;
  ward: string | null; // ward name
  address: string | null;
  postcode: string | null;
  opening_hours: string | null; // OSM opening_hours syntax
  free: boolean;
  cost: string | null;
  age_groups: AgeGroup[];
  accessibility: AccessibilityFeature[];
  last_verified_at: string | null; // ISO timestamp: when someone last confirmed the details
  /** Who confirmed them (src/domain/stale.ts); absent or null with a date: the organisation. */
  checked_by?: CheckedBy | null;
  /** When the details last arrived through an import (absent from files published by older builds). */
  imported_at?: string | null;
  /**
   * Meets at a private address (src/geo/generalArea.ts): the point is the centre of a general
   * area and there is no address or postcode. Absent from files published by older builds.
   */
  private_address?: boolean;
  // Contact details travel with the published data, so an asset page needs no database.
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: string[];
  // Which layer a listing belongs to, for planners (absent from files published by older builds):
  // the partner dataset it was imported from, the import batch, and whether it is sample data.
  source?: string | null;
  import_batch_id?: Uuid | null;
  sample?: boolean;
}

export interface PointGeometry {
  type: 'Point';
  coordinates: [number, number]; // [lng, lat]
}

export interface AssetFeature {
  type: 'Feature';
  id?: number; // MapLibre feature-state needs a numeric id; assigned on the client
  geometry: PointGeometry;
  properties: PublishedAssetProps;
}

export interface AssetCollection {
  type: 'FeatureCollection';
  features: AssetFeature[];
  /** The taxonomy the listings use (absent from files published by older builds). */
  categories?: Category[];
  /** Set when the region is too big for one file: `features` is then empty and the listings are in this vector-tile archive. */
  tiles?: PublishedTiles;
}

/** Where a large region's published listings are: a PMTiles archive of vector tiles (docs/TILES.md). */
export interface PublishedTiles {
  /** The archive, relative to published.json's own URL: `tiles/<sha256 of the archive>.pmtiles`. */
  url: string;
  /** How many listings are published. */
  count: number;
  /** [west, south, east, north] of the listings. */
  bounds: [number, number, number, number];
  minzoom: 0;
  /** The deepest zoom with tiles (15); maps overzoom beyond it. */
  maxzoom: number;
}

/**
 * Everything known about one asset (api.asset(id)). The planners' layer fields (import batch,
 * sample) are only in the published set; tests/sql/apiShapes.test.ts keeps this equal to the SQL.
 */
export interface Asset extends Omit<PublishedAssetProps, 'import_batch_id' | 'sample'> {
  /** Exact for the organisation's members and moderators; the general area's centre for anyone else when private_address. */
  lat: number;
  lng: number;
  private_address: boolean;
  status: AssetStatus;
  languages: string[];
  external_id: string | null;
  source: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  /** Proposed edits to a published asset, waiting for review; null when none. */
  pending_changes: Partial<AssetInput> | null;
  review_note: string | null; // the moderator's reason, shown to the organisation
  submitted_at: string | null; // when it last went to review
  published_at: string | null;
}

/** The fields an editor writes (api.save_asset). */
export interface AssetInput {
  id?: Uuid;
  org_id: Uuid;
  kind: AssetKind;
  name: string;
  description: string;
  categories: string[];
  lat: number;
  lng: number;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  opening_hours: string | null;
  free: boolean;
  cost: string | null;
  age_groups: AgeGroup[];
  accessibility: AccessibilityFeature[];
  languages: string[];
  /** Meets at a private address: residents see only the general area, never the point or address (absent: no). */
  private_address?: boolean;
  /** The version the editor started from; a mismatch means someone else saved first. */
  version?: number;
}

export const ORG_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

/** The profile fields an owner edits (api.register_organisation, api.update_organisation). */
export interface OrganisationInput {
  name: string;
  description: string;
  email: string | null;
  website: string | null;
  phone: string | null;
}

export interface Organisation extends OrganisationInput {
  id: Uuid;
  status: OrgStatus;
  auto_publish: boolean; // verified organisations may be trusted to publish edits without review
  version: number;
  created_at: string;
  updated_at: string;
  /** For members and moderators: a verified organisation's profile edit waiting for review. */
  pending_changes: Partial<OrganisationInput> | null;
  review_note: string | null; // the moderator's last word, shown to members
  submitted_at: string | null;
}

/** An invitation to join an organisation, answered by the person it was sent to. */
export interface Invitation {
  id: Uuid;
  org_id: Uuid;
  org_name: string | null;
  email: string;
  role: MemberRole;
  created_at: string;
  expires_at: string;
}

export type StaffRole = 'moderator' | 'planner' | 'admin';
export type MemberRole = 'owner' | 'editor';

export interface Me {
  user_id: Uuid | null;
  email: string | null;
  staff_role: StaffRole | null;
  memberships: { org_id: Uuid; org_name: string; role: MemberRole; org_status: OrgStatus }[];
  /** How many invitations wait for this person's answer. */
  invitations: number;
}

export type AreaKind = 'ward' | 'lsoa' | 'custom';

export interface AreaProps {
  code: string;
  name: string;
  kind: AreaKind;
  parent_code: string | null; // the ward an LSOA lies in
  population: number;
  imd_decile: number | null; // 1 = most deprived 10% in England
  imd_rank: number | null;
  /**
   * People by age, in the three bands of the English Indices of Deprivation 2019 denominators
   * (ONS mid-2015 estimates): 0–15, 16–59, 60 and over. All three or none: a file without ages
   * leaves them out. A ward's are the sum of its LSOAs'.
   */
  age_0_15?: number;
  age_16_59?: number;
  age_60_plus?: number;
}

/** The age band properties of an area, youngest first. */
export const AGE_BANDS = ['age_0_15', 'age_16_59', 'age_60_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface AreaFeature {
  type: 'Feature';
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: AreaProps;
}

export interface AreaCollection {
  type: 'FeatureCollection';
  features: AreaFeature[];
}

/** What an entry of an asset's audit trail records (the check on app.asset_events.action). */
export const ASSET_EVENT_ACTIONS = [
  'created',
  'updated',
  'submitted',
  'withdrawn',
  'published',
  'rejected',
  'changes_requested',
  'verified',
  'archived',
  'restored',
  'taken_down',
  'reinstated',
  'imported',
  'import_undone',
] as const;

export type AssetEventAction = (typeof ASSET_EVENT_ACTIONS)[number];

export interface AssetEvent {
  id: number;
  asset_id: Uuid;
  actor: Uuid | null;
  actor_label: string | null;
  /** One of ASSET_EVENT_ACTIONS, as the database's check allows; a string, so an action added later still shows. */
  action: string;
  diff: Record<string, { from: unknown; to: unknown }>;
  note: string | null;
  at: string;
}

export interface OrganisationEvent {
  id: number;
  org_id: Uuid;
  actor: Uuid | null;
  actor_label: string | null;
  action: string; // registered | updated | change_proposed | change_approved | change_rejected | verified | rejected | trusted | untrusted | member_* | invitation_*
  diff: Record<string, { from: unknown; to: unknown }>;
  note: string | null;
  at: string;
}
