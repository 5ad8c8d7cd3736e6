// The two-level taxonomy in the database (issue 13): sub-categories are categories with a parent,
// two levels only; a listing may name either level; the published set carries the taxonomy.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { createTestDb } from './db';
import { rpc } from './as';
import { assetInput, SAMPLE_ORG_A, versionOf } from './fixtures';
import type { Asset, AssetCollection, Category } from '../../src/domain/types';

let db: PGlite;
beforeAll(async () => {
  db = await createTestDb({ seed: true });
});

describe('the taxonomy anyone can read', () => {
  it('lists each category followed by its sub-categories, with kind, ORUK term and other names', async () => {
    const cats = await rpc<Category[]>(db, 'resident', 'categories');
    const at = (slug: string) => cats.findIndex((c) => c.slug === slug);
    expect(at('health')).toBeLessThan(at('gp-practice'));
    expect(cats.slice(at('health') + 1, at('health') + 5).map((c) => c.slug)).toEqual(['gp-practice', 'pharmacy', 'dentist', 'hospital']);
    const library = cats.find((c) => c.slug === 'library')!;
    expect(library).toMatchObject({ label: 'Library', parent: 'learning', kind: 'place', term_uri: null });
    expect(library.aliases).toContain('libraries');
    expect(cats.find((c) => c.slug === 'care-at-home')?.term_uri).toBe('http://id.esd.org.uk/service/242');
    // A sub-category is drawn in its category's colour.
    expect(library.colour).toBe(cats.find((c) => c.slug === 'learning')!.colour);
  });

  it('has two levels only', async () => {
    await expect(db.exec("insert into app.categories (slug, label, parent) values ('mobile-library', 'Mobile library', 'library')")).rejects.toThrow(
      /cannot sit under library, which is itself a sub-category/,
    );
    await expect(db.exec("update app.categories set parent = 'care' where slug = 'health'")).rejects.toThrow(/has sub-categories, so it cannot become a sub-category/);
    await expect(db.exec("update app.categories set parent = 'youth' where slug = 'youth'")).rejects.toThrow(/cannot be its own parent/);
    await expect(db.exec("update app.categories set kind = 'building' where slug = 'library'")).rejects.toThrow(/categories_kind_check/);
  });

  it('is read-only to every browser role', async () => {
    for (const who of ['resident', 'editor-a', 'moderator', 'planner'] as const) {
      await expect(rpc(db, who, 'categories')).resolves.toBeTruthy();
    }
    const r = await db.query<{ privilege_type: string }>(
      "select privilege_type from information_schema.role_table_grants where table_schema = 'app' and table_name = 'categories' and grantee in ('anon', 'authenticated')",
    );
    expect(new Set(r.rows.map((x) => x.privilege_type))).toEqual(new Set(['SELECT']));
  });
});

describe('listings of a sub-category', () => {
  it('are saved, published and shown to residents with their type, and the published set names it', async () => {
    const saved = await rpc<Asset>(db, 'editor-a', 'save_asset', {
      asset: assetInput(SAMPLE_ORG_A, { kind: 'place', name: 'Sample: Hindley Library', categories: ['library', 'digital-inclusion'] }),
    });
    expect(saved.categories).toEqual(['library', 'digital-inclusion']);
    await rpc(db, 'editor-a', 'submit_asset', { id: saved.id, version: await versionOf(db, saved.id) });
    await rpc(db, 'moderator', 'approve_asset', { id: saved.id, version: await versionOf(db, saved.id), note: null });
    const fc = await rpc<AssetCollection>(db, 'resident', 'published_assets');
    expect(fc.features.find((f) => f.properties.id === saved.id)?.properties.categories).toEqual(['library', 'digital-inclusion']);
    expect(fc.categories?.find((c) => c.slug === 'library')?.parent).toBe('learning');
    expect(fc.categories).toEqual(await rpc<Category[]>(db, 'resident', 'categories'));
  });

  it('refuses a sub-category that does not exist, naming it', async () => {
    await expect(rpc(db, 'editor-a', 'save_asset', { asset: assetInput(SAMPLE_ORG_A, { categories: ['health', 'walk-in-centre'] }) })).rejects.toThrow(
      /Unknown category "?walk-in-centre"?/,
    );
  });

  it('the demo seed has listings of the new types (libraries, GP practices, fire stations)', async () => {
    const r = await db.query<{ slug: string; n: number }>(
      "select c, count(*)::int as n from app.assets, unnest(categories) as c where status = 'published' and c in ('library', 'gp-practice', 'fire-station') group by c order by c",
    );
    expect(r.rows.map((x) => (x as unknown as { c: string }).c)).toEqual(['fire-station', 'gp-practice', 'library']);
  });
});
