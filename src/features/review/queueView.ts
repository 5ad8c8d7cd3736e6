// How a moderator has sorted and filtered the review queue, kept in the URL so a view of the
// queue can be shared and survives a reload:
//   /review?sort=newest&type=edit&org=<organisation id>
// Reading never trusts the URL: an unknown value falls back to the default.
import type { ReviewItem } from '../../backend/api';
import type { Uuid } from '../../domain/types';
import { t } from './i18n';

export const QUEUE_SORTS = ['oldest', 'newest', 'organisation', 'type'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** Types of change, in the order "Type of change" sorts them. */
export const QUEUE_TYPES = ['new-listing', 'edit', 'new-organisation', 'profile-edit'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

const SORT_NAMES = { oldest: 'sortOldest', newest: 'sortNewest', organisation: 'sortOrganisation', type: 'sortType' } as const;
const TYPE_NAMES = {
  'new-listing': 'typeNewListings',
  edit: 'typeEdits',
  'new-organisation': 'typeNewOrganisations',
  'profile-edit': 'typeProfileEdits',
} as const;
const KIND_NAMES = { 'new-listing': 'kindNewListing', edit: 'kindEdit', 'new-organisation': 'kindToVerify', 'profile-edit': 'kindProfileEdit' } as const;

/** What the "Sort by" menu calls a sort. */
export const sortName = (sort: QueueSort) => t(SORT_NAMES[sort]);
/** What the "Show" menu calls a type of change (plural: the items of that type). */
export const typeName = (type: QueueType) => t(TYPE_NAMES[type]);

export interface QueueView {
  sort: QueueSort;
  /** Null for every type. */
  type: QueueType | null;
  /** Null for every organisation. */
  org: Uuid | null;
}

export const DEFAULT_QUEUE_VIEW: QueueView = { sort: 'oldest', type: null, org: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function queueViewFromParams(params: URLSearchParams): QueueView {
  const sort = params.get('sort') ?? '';
  const type = params.get('type') ?? '';
  const org = params.get('org') ?? '';
  return {
    sort: (QUEUE_SORTS as readonly string[]).includes(sort) ? (sort as QueueSort) : 'oldest',
    type: (QUEUE_TYPES as readonly string[]).includes(type) ? (type as QueueType) : null,
    org: UUID.test(org) ? org.toLowerCase() : null,
  };
}

/** The view as a query string ('' for the default view, so the plain queue has a plain URL). */
export function queueViewToQuery(view: QueueView): string {
  const p = new URLSearchParams();
  if (view.sort !== 'oldest') p.set('sort', view.sort);
  if (view.type) p.set('type', view.type);
  if (view.org) p.set('org', view.org);
  return p.toString();
}

export function queueType(item: ReviewItem): QueueType {
  if (item.kind === 'organisation') return item.is_new ? 'new-organisation' : 'profile-edit';
  return item.is_new ? 'new-listing' : 'edit';
}

/** What the "Type of change" column says. */
export function changeKind(item: ReviewItem): string {
  return t(KIND_NAMES[queueType(item)]);
}

const TYPE_ORDER: readonly QueueType[] = QUEUE_TYPES;
const byName = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function submitted(item: ReviewItem): number {
  const at = Date.parse(item.submitted_at);
  return Number.isNaN(at) ? 0 : at;
}

/** The items the view shows, in its order; ties go oldest first, then by name. */
export function arrangeQueue(items: readonly ReviewItem[], view: QueueView): ReviewItem[] {
  const shown = items.filter((i) => (!view.type || queueType(i) === view.type) && (!view.org || i.org_id === view.org));
  const oldest = (a: ReviewItem, b: ReviewItem) => submitted(a) - submitted(b) || byName.compare(a.name, b.name);
  const compare: Record<QueueSort, (a: ReviewItem, b: ReviewItem) => number> = {
    oldest,
    newest: (a, b) => submitted(b) - submitted(a) || byName.compare(a.name, b.name),
    organisation: (a, b) => byName.compare(a.org_name ?? '\uffff', b.org_name ?? '\uffff') || oldest(a, b),
    type: (a, b) => TYPE_ORDER.indexOf(queueType(a)) - TYPE_ORDER.indexOf(queueType(b)) || oldest(a, b),
  };
  return shown.sort(compare[view.sort]);
}

/** The organisations with something waiting, A to Z, with how many items each. */
export function queueOrganisations(items: readonly ReviewItem[]): { id: Uuid; name: string; count: number }[] {
  const orgs = new Map<Uuid, { id: Uuid; name: string; count: number }>();
  for (const i of items) {
    if (!i.org_id) continue;
    const o = orgs.get(i.org_id) ?? { id: i.org_id, name: i.org_name ?? t('unnamedOrganisation'), count: 0 };
    o.count++;
    orgs.set(i.org_id, o);
  }
  return [...orgs.values()].sort((a, b) => byName.compare(a.name, b.name));
}
