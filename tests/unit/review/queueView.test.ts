import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../../src/backend/api';
import {
  DEFAULT_QUEUE_VIEW,
  QUEUE_SORTS,
  QUEUE_TYPES,
  arrangeQueue,
  changeKind,
  queueOrganisations,
  queueViewFromParams,
  queueViewToQuery,
  sortName,
  typeName,
  type QueueView,
} from '../../../src/features/review/queueView';
import review from '../../../src/features/review/i18n/en';
import { setLocale } from '../../../src/i18n';

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';

function item(name: string, over: Partial<ReviewItem>): ReviewItem {
  return {
    kind: 'asset',
    id: name,
    name,
    org_id: A,
    org_name: 'Sample: Hindley Trust',
    version: 1,
    submitted_at: '2026-11-01T10:00:00Z',
    diff: {},
    is_new: true,
    ...over,
  };
}

const items = [
  item('Sample: Zumba', { submitted_at: '2026-11-03T10:00:00Z' }),
  item('Sample: Art Club', { submitted_at: '2026-11-05T10:00:00Z', is_new: false, org_id: B, org_name: 'Sample: Ashton Arts' }),
  item('Sample: Ashton Arts', { kind: 'organisation', id: B, org_id: B, org_name: 'Sample: Ashton Arts', submitted_at: '2026-11-02T10:00:00Z' }),
  item('Sample: Hindley Trust', { kind: 'organisation', id: A, org_name: 'Sample: Hindley Trust', is_new: false, submitted_at: '2026-11-04T10:00:00Z' }),
  item('Sample: Choir', { submitted_at: '2026-11-03T10:00:00Z' }),
  item('Sample: Orphan', { org_id: null, org_name: null, submitted_at: '2026-11-01T09:00:00Z' }),
];
const names = (view: Partial<QueueView>) => arrangeQueue(items, { ...DEFAULT_QUEUE_VIEW, ...view }).map((i) => i.name);

describe('review queue view in the URL', () => {
  it('writes nothing for the default view and reads back what it writes', () => {
    expect(queueViewToQuery(DEFAULT_QUEUE_VIEW)).toBe('');
    const view: QueueView = { sort: 'organisation', type: 'edit', org: A };
    expect(queueViewToQuery(view)).toBe(`sort=organisation&type=edit&org=${A}`);
    expect(queueViewFromParams(new URLSearchParams(queueViewToQuery(view)))).toEqual(view);
  });

  it('falls back to the default for anything it does not know', () => {
    expect(queueViewFromParams(new URLSearchParams('sort=cheapest&type=<script>&org=not-an-id'))).toEqual(DEFAULT_QUEUE_VIEW);
    expect(queueViewFromParams(new URLSearchParams('sort=toString&type=constructor'))).toEqual(DEFAULT_QUEUE_VIEW);
  });
});

describe('arranging the review queue', () => {
  it('lists the oldest first by default, ties by name', () => {
    expect(names({})).toEqual(['Sample: Orphan', 'Sample: Ashton Arts', 'Sample: Choir', 'Sample: Zumba', 'Sample: Hindley Trust', 'Sample: Art Club']);
  });

  it('sorts newest first, by organisation (none last) and by type of change', () => {
    expect(names({ sort: 'newest' })).toEqual(['Sample: Art Club', 'Sample: Hindley Trust', 'Sample: Choir', 'Sample: Zumba', 'Sample: Ashton Arts', 'Sample: Orphan']);
    expect(names({ sort: 'organisation' })).toEqual([
      'Sample: Ashton Arts',
      'Sample: Art Club',
      'Sample: Choir',
      'Sample: Zumba',
      'Sample: Hindley Trust',
      'Sample: Orphan',
    ]);
    expect(names({ sort: 'type' })).toEqual(['Sample: Orphan', 'Sample: Choir', 'Sample: Zumba', 'Sample: Art Club', 'Sample: Ashton Arts', 'Sample: Hindley Trust']);
  });

  it('filters by type of change and by organisation, together', () => {
    expect(names({ type: 'new-listing' })).toEqual(['Sample: Orphan', 'Sample: Choir', 'Sample: Zumba']);
    expect(names({ type: 'edit' })).toEqual(['Sample: Art Club']);
    expect(names({ type: 'new-organisation' })).toEqual(['Sample: Ashton Arts']);
    expect(names({ type: 'profile-edit' })).toEqual(['Sample: Hindley Trust']);
    expect(names({ org: B })).toEqual(['Sample: Ashton Arts', 'Sample: Art Club']);
    expect(names({ org: B, type: 'edit', sort: 'newest' })).toEqual(['Sample: Art Club']);
  });

  it('lists the organisations with something waiting, with counts', () => {
    expect(queueOrganisations(items)).toEqual([
      { id: B, name: 'Sample: Ashton Arts', count: 2 },
      { id: A, name: 'Sample: Hindley Trust', count: 3 },
    ]);
  });

  it('names every sort, type of change and kind from the review dictionary, in the words it always used', async () => {
    expect(QUEUE_SORTS.map(sortName)).toEqual(['Oldest first', 'Newest first', 'Organisation (A to Z)', 'Type of change']);
    expect(QUEUE_TYPES.map(typeName)).toEqual(['New listings', 'Edits to published listings', 'Organisations to verify', 'Organisation profile edits']);
    expect(items.map(changeKind)).toEqual(['New listing', 'Edit', 'To verify', 'Profile edit', 'New listing', 'New listing']);
    expect(queueOrganisations([item('Sample: Nameless', { org_name: null })])[0].name).toBe(review.unnamedOrganisation);
    // In the pseudo-locale every word that came through a dictionary is wrapped in direction marks.
    await setLocale('en-XB', { remember: false });
    const names = [...QUEUE_SORTS.map(sortName), ...QUEUE_TYPES.map(typeName), ...items.map(changeKind)];
    expect(names.filter((n) => !n.startsWith('\u202e'))).toEqual([]);
    await setLocale('en-GB', { remember: false });
  });
});
