// Every action the audit trail can record has a name in the app's dictionary, in English and
// Polish: the list the app knows is the database's own check, read from the latest migration.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actionName } from '../../../src/app/assetActions';
import en from '../../../src/app/i18n/en';
import pl from '../../../src/app/i18n/pl';
import { ASSET_EVENT_ACTIONS } from '../../../src/domain/types';
import { setLocale } from '../../../src/i18n';

const MIGRATIONS = join(__dirname, '../../../supabase/migrations');

/** The actions the latest `asset_events_action_check` allows. */
function actionsInDatabase(): string[] {
  const checks = readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .flatMap((f) => [...readFileSync(join(MIGRATIONS, f), 'utf8').matchAll(/asset_events_action_check check \(action in \(([^)]*)\)/g)].map((m) => m[1]));
  expect(checks.length, 'the check on asset_events.action').toBeGreaterThan(0);
  return [...checks.at(-1)!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
}

afterEach(() => setLocale('en-GB', { remember: false }));

describe('the audit trail’s action names', () => {
  it('knows every action the database records', () => expect([...ASSET_EVENT_ACTIONS].sort()).toEqual(actionsInDatabase().sort()));

  it('has a name for each one in English and Polish', () => {
    const english = en as Record<string, unknown>;
    const polish = pl as Record<string, unknown>;
    for (const action of ASSET_EVENT_ACTIONS) {
      expect(english[`action_${action}`], action).toEqual(expect.any(String));
      expect(polish[`action_${action}`], action).toEqual(expect.any(String));
    }
  });

  it('names them in the chosen language, and shows an unknown action as the database names it', async () => {
    expect(actionName('updated')).toBe('Edited');
    expect(actionName('verified')).toBe('Marked as still correct');
    await setLocale('pl', { remember: false });
    expect(actionName('updated')).toBe('Zmieniono');
    expect(actionName('merged')).toBe('merged');
  });
});
