// The forms' limits (src/domain/limits.ts) are the database's: a value at each limit is accepted
// and one past it is refused, beside its field, through the same api calls the forms make. Each
// table of cases is keyed by its limits object (`satisfies`), so a limit without a probe here is
// a type error.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc, rpcFrom } from './as';
import { assetInput, SAMPLE_ORG_A, seededAsset } from './fixtures';
import { ASSET_LIMITS, INVITATION_EMAIL_LIMIT, ORG_LIMITS, PARTNER_NAME_LIMIT, REPORT_LIMITS, REVIEW_NOTE_LIMIT, SUGGESTION_LIMITS } from '../../src/domain/limits';
import { validateReport, validateSuggestion } from '../../src/domain/publicForms';
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

/** For each limit: the field the refusal is reported on, and a value of a given size. */
type Probe = { field: string; value: (n: number) => object };
const ASSET_PROBES = {
  name: { field: 'name', value: (n) => ({ name: text(n) }) },
  description: { field: 'description', value: (n) => ({ description: text(n) }) },
  address: { field: 'address', value: (n) => ({ address: text(n) }) },
  email: { field: 'email', value: (n) => ({ email: email(n) }) },
  website: { field: 'website', value: (n) => ({ website: website(n) }) },
  opening_hours: { field: 'opening_hours', value: (n) => ({ opening_hours: hours(n) }) },
  cost: { field: 'cost', value: (n) => ({ cost: text(n) }) },
  categories: { field: 'categories', value: (n) => ({ categories: slugs.slice(0, n) }) },
  languages: { field: 'languages', value: (n) => ({ languages: languages(n) }) },
  language: { field: 'languages', value: (n) => ({ languages: [text(n)] }) },
} satisfies Record<keyof typeof ASSET_LIMITS, Probe>;

describe('listing limits', () => {
  const cases = Object.entries(ASSET_PROBES).map(([key, p]) => [p.field, p.value, ASSET_LIMITS[key as keyof typeof ASSET_LIMITS]] as const);

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

  const probes = {
    name: (n: number) => ({ name: text(n) }),
    description: (n: number) => ({ description: text(n) }),
    email: (n: number) => ({ email: email(n) }),
    website: (n: number) => ({ website: website(n) }),
  } satisfies Record<keyof typeof ORG_LIMITS, (n: number) => object>;

  it.each((Object.keys(probes) as (keyof typeof ORG_LIMITS)[]).map((field) => [field, probes[field], ORG_LIMITS[field]] as const))(
    'organisation %s: the limit is accepted, one more is refused (database and form agree)',
    async (field, value, limit) => {
      expect(await register(value(limit))).toBeNull();
      expect(await register(value(limit + 1))).toBe(field);
      expect(validateOrganisationForm(form(value(limit + 1)))[field]).toBeDefined();
      expect(validateOrganisationForm(form(value(limit)))[field]).toBeUndefined();
    },
  );

  it('a reason the organisation will see is at most the review note limit', async () => {
    const pending = await seededAsset(db, SAMPLE_ORG_A, 'pending');
    await expect(rpc(db, 'moderator', 'reject_asset', { id: pending.id, version: pending.version, reason: text(REVIEW_NOTE_LIMIT + 1) })).rejects.toMatchObject({
      code: '23514',
      column: 'review_note',
    });
    await expect(rpc(db, 'moderator', 'reject_asset', { id: pending.id, version: pending.version, reason: text(REVIEW_NOTE_LIMIT) })).resolves.toMatchObject({
      status: 'rejected',
    });
  });

  it('a partner’s name is at most the partner name limit', async () => {
    const saveMapping = (partner: string) =>
      rpc(db, 'moderator', 'save_mapping', { partner, mapping: { Name: 'name' }, category_map: {} }).then(
        () => null,
        (e: { code?: string }) => e.code ?? 'refused',
      );
    expect(await saveMapping(text(PARTNER_NAME_LIMIT))).toBeNull();
    expect(await saveMapping(text(PARTNER_NAME_LIMIT + 1))).toBe('23514');
  });

  it('an invitation’s address is at most the invitation email limit', async () => {
    const invite = (address: string) =>
      rpc(db, 'editor-a', 'invite_member', { org_id: SAMPLE_ORG_A, email: address, role: 'editor' }).then(
        () => null,
        (e: { column?: string }) => e.column ?? 'refused',
      );
    expect(await invite(email(INVITATION_EMAIL_LIMIT))).toBeNull();
    expect(await invite(email(INVITATION_EMAIL_LIMIT + 1))).toBe('email');
  });
});

describe('the public forms’ limits', () => {
  // Each call comes from its own client, so the hourly limit never gets in the way of a probe.
  let client = 0;
  const from = () => `198.18.0.${++client}`;
  const outcome = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: { column?: string }) => e.column ?? 'refused',
    );

  const reportProbes = {
    details: (n: number) => ({ details: text(n) }),
    email: (n: number) => ({ email: email(n) }),
  } satisfies Record<keyof typeof REPORT_LIMITS, (n: number) => object>;

  it.each((Object.keys(reportProbes) as (keyof typeof REPORT_LIMITS)[]).map((field) => [field, reportProbes[field], REPORT_LIMITS[field]] as const))(
    'report %s: the limit is accepted, one more is refused beside the field (database and form agree)',
    async (field, value, limit) => {
      const published = await seededAsset(db, SAMPLE_ORG_A, 'published');
      const send = (over: object) =>
        outcome(rpcFrom(db, 'resident', from(), 'report_problem', { asset_id: published.id, reason: 'other', details: 'Closed', email: null, ...over }));
      expect(await send(value(limit))).toBeNull();
      expect(await send(value(limit + 1))).toBe(field);
      const form = (over: object) => ({ reason: 'other' as const, details: 'Closed', email: '', ...over });
      expect(validateReport(form(value(limit + 1)))[field]).toBeDefined();
      expect(validateReport(form(value(limit)))[field]).toBeUndefined();
    },
  );

  const suggestionProbes = {
    name: (n: number) => ({ name: text(n) }),
    description: (n: number) => ({ description: text(n) }),
    place: (n: number) => ({ place: text(n) }),
    times: (n: number) => ({ times: text(n) }),
    contact: (n: number) => ({ contact: text(n) }),
    email: (n: number) => ({ email: email(n) }),
  } satisfies Record<keyof typeof SUGGESTION_LIMITS, (n: number) => object>;

  it.each((Object.keys(suggestionProbes) as (keyof typeof SUGGESTION_LIMITS)[]).map((field) => [field, suggestionProbes[field], SUGGESTION_LIMITS[field]] as const))(
    'suggestion %s: the limit is accepted, one more is refused beside the field (database and form agree)',
    async (field, value, limit) => {
      const form = (over: object) => ({ name: 'Sample: Limits Group', description: '', place: '', times: '', contact: '', email: '', ...over });
      const send = (over: object) => outcome(rpcFrom(db, 'resident', from(), 'suggest_group', { ...form(over), email: null, ...over }));
      expect(await send(value(limit))).toBeNull();
      expect(await send(value(limit + 1))).toBe(field);
      expect(validateSuggestion(form(value(limit + 1)))[field]).toBeDefined();
      expect(validateSuggestion(form(value(limit)))[field]).toBeUndefined();
    },
  );
});
