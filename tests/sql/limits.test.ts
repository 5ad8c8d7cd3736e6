// The forms' limits (src/domain/limits.ts) are the database's: a value at each limit is accepted
// and one past it is refused, beside its field, through the same api calls the forms make.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { assetInput, SAMPLE_ORG_A, seededAsset } from './fixtures';
import { ASSET_LIMITS, ORG_LIMITS, REVIEW_NOTE_LIMIT } from '../../src/domain/limits';
import { validateAssetInput } from '../../src/domain/validation';
import { validateOrganisationForm } from '../../src/features/organisation/organisationForm';

let db: PGlite;
let slugs: string[];
beforeAll(async () => {
  db = await createTestDb({ seed: true });
  slugs = (await db.query<{ slug: string }>('select slug from app.categories order by sort')).rows.map((r) => r.slug);
});

const text = (n: number) => 'x'.repeat(n);
const email = (n: number) => `${'a'.repeat(n - '@example.org'.length)}@example.org`;
const website = (n: number) => `https://example.org/${'a'.repeat(n - 'https://example.org/'.length)}`;
/** Valid OpenStreetMap hours of exactly n characters (a comment pads them). */
const hours = (n: number) => `Mo 10:00-12:00 "${'x'.repeat(n - 17)}"`;
const languages = (n: number, length = 10) => Array.from({ length: n }, (_, i) => `${i}`.padStart(length, 'L'));

const saveDraft = (over: object) =>
  rpc(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { name: 'Sample: Limits', ...over }) }).then(
    () => null,
    (e: { column?: string; constraint?: string }) => e.column ?? e.constraint ?? 'refused',
  );

describe('listing limits', () => {
  const cases: [string, (n: number) => object, number][] = [
    ['name', (n) => ({ name: text(n) }), ASSET_LIMITS.name],
    ['description', (n) => ({ description: text(n) }), ASSET_LIMITS.description],
    ['address', (n) => ({ address: text(n) }), ASSET_LIMITS.address],
    ['email', (n) => ({ email: email(n) }), ASSET_LIMITS.email],
    ['website', (n) => ({ website: website(n) }), ASSET_LIMITS.website],
    ['opening_hours', (n) => ({ opening_hours: hours(n) }), ASSET_LIMITS.opening_hours],
    ['cost', (n) => ({ cost: text(n) }), ASSET_LIMITS.cost],
    ['categories', (n) => ({ categories: slugs.slice(0, n) }), ASSET_LIMITS.categories],
    ['languages', (n) => ({ languages: languages(n) }), ASSET_LIMITS.languages],
    ['languages', (n) => ({ languages: [text(n)] }), ASSET_LIMITS.language],
  ];

  it.each(cases)('%s: the limit is accepted, one more is refused beside the field (database and form agree)', async (field, value, limit) => {
    expect(await saveDraft(value(limit))).toBeNull();
    expect(await saveDraft(value(limit + 1))).toBe(field);
    // The browser's own check says the same before anything is sent.
    const input = assetInput(SAMPLE_ORG_A, value(limit + 1));
    expect(Object.keys(validateAssetInput(input))).toContain(field);
    expect(validateAssetInput(assetInput(SAMPLE_ORG_A, value(limit)))[field as keyof typeof input]).toBeUndefined();
  });
});

describe('organisation and review limits', () => {
  const register = (over: object) =>
    rpc(db, 'newcomer', 'register_organisation', { org: { name: 'Sample: Limits Org', ...over } }).then(
      () => null,
      (e: { column?: string }) => e.column ?? 'refused',
    );
  const form = (over: object) => ({ name: 'Sample: Limits Org', description: '', email: '', website: '', phone: '', ...over });

  it.each([
    ['name', (n: number) => ({ name: text(n) }), ORG_LIMITS.name],
    ['description', (n: number) => ({ description: text(n) }), ORG_LIMITS.description],
    ['email', (n: number) => ({ email: email(n) }), ORG_LIMITS.email],
    ['website', (n: number) => ({ website: website(n) }), ORG_LIMITS.website],
  ] as const)('organisation %s: the limit is accepted, one more is refused (database and form agree)', async (field, value, limit) => {
    expect(await register(value(limit))).toBeNull();
    expect(await register(value(limit + 1))).toBe(field);
    expect(validateOrganisationForm(form(value(limit + 1)))[field]).toBeDefined();
    expect(validateOrganisationForm(form(value(limit)))[field]).toBeUndefined();
  });

  it('a reason the organisation will see is at most the review note limit', async () => {
    const pending = await seededAsset(db, SAMPLE_ORG_A, 'pending');
    await expect(
      rpc(db, 'moderator', 'reject_asset', { id: pending.id, version: pending.version, reason: text(REVIEW_NOTE_LIMIT + 1) }),
    ).rejects.toMatchObject({ code: '23514', column: 'review_note' });
    await expect(rpc(db, 'moderator', 'reject_asset', { id: pending.id, version: pending.version, reason: text(REVIEW_NOTE_LIMIT) })).resolves.toMatchObject({
      status: 'rejected',
    });
  });
});
