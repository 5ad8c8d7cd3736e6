// The local worker must not lose SQLSTATE, constraint and hint on the way to the tab: forms place
// errors beside fields by them, and the editor recognises a lost race by 40001.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { carryPgErrors, decodePgError } from '../../../src/backend/local/carryPgErrors';
import { toApiError } from '../../../src/backend/errors';

let db: PGlite;
beforeAll(async () => {
  db = carryPgErrors(await PGlite.create());
  await db.exec(`create table t (phone text constraint assets_phone_check check (phone ~ '^[0-9 ]+$'))`);
});
afterAll(() => db.close());

/** What PGliteWorker does to an error thrown in the worker: only the message crosses. */
async function acrossWorker(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (e) {
    return Object.assign(new Error((e as Error).message), { message: (e as Error).message });
  }
  throw new Error('expected the query to fail');
}

describe('errors from the local worker', () => {
  it('keep SQLSTATE 40001 and the detail of a version conflict', async () => {
    const e = await acrossWorker(() =>
      db.query(
        `do $$ begin raise exception 'This asset was changed by someone else since you opened it' using errcode = '40001', detail = 'You started from version 1; it is now at version 2.'; end $$`,
      ),
    );
    const api = toApiError(e);
    expect(api.code).toBe('40001');
    expect(api.message).toBe('This asset was changed by someone else since you opened it');
    expect(api.detail).toBe('You started from version 1; it is now at version 2.');
  });

  it('keep the constraint, so the error lands beside its field', async () => {
    const api = toApiError(await acrossWorker(() => db.query(`insert into t values ('call me')`)));
    expect(api.code).toBe('23514');
    expect(api.field).toBe('phone');
  });

  it('keep a field named by the column of a raised error', async () => {
    const api = toApiError(
      await acrossWorker(() => db.query(`do $$ begin raise exception 'Nobody has signed in with x@example.org' using errcode = 'P0002', column = 'email'; end $$`)),
    );
    expect(api).toMatchObject({ code: 'P0002', field: 'email', message: 'Nobody has signed in with x@example.org' });
  });

  it('leave ordinary messages alone', () => {
    expect(decodePgError('Something else went wrong')).toBeNull();
    expect(toApiError(new Error('Something else went wrong'))).toMatchObject({ message: 'Something else went wrong', code: null, field: null });
  });
});

describe('wording a person can act on', () => {
  it('rewords the database engine and the network, and lets our own sentences through', () => {
    expect(toApiError({ code: '42501', message: 'permission denied for function approve_asset' }).message).toMatch(/^You are not allowed to do this/);
    expect(toApiError({ code: '42501', message: 'Only moderators can approve listings' }).message).toBe('Only moderators can approve listings');
    expect(toApiError({ code: '22P02', message: 'invalid input syntax for type uuid: "abc"' }).message).toMatch(/not in the form expected/);
    expect(toApiError({ code: '57014', message: 'canceling statement due to statement timeout' }).message).toMatch(/took too long/);
    expect(toApiError({ code: '40P01', message: 'deadlock detected' }).message).toMatch(/same moment/);
    expect(toApiError({ code: '42883', message: 'function api.submit_asset(id => uuid) does not exist' }).message).toMatch(/reload the page/);
    expect(toApiError(new TypeError('Failed to fetch')).message).toMatch(/Could not reach the server/);
    expect(toApiError({ code: '40001', message: 'This listing was changed by someone else since you opened it' }).code).toBe('40001');
  });

  it('places errors of the new tables beside their fields', () => {
    expect(toApiError({ code: '23514', message: 'x', constraint: 'invitations_email_check' }).field).toBe('email');
    expect(toApiError({ code: '23514', message: 'x', constraint: 'asset_reviews_review_note_check' }).field).toBe('review_note');
  });
});
