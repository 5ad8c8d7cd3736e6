import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../../scripts/localDatabase';
import { missingRequirements, parseRequirements, readRequirements } from '../../../../scripts/system/requirements';

describe('the system requirements list', () => {
  it('names a package, a proof and a reason on every line, for every system program the tests use', () => {
    const requirements = readRequirements();
    expect(requirements.map((r) => r.pkg)).toEqual([
      'postgresql-15',
      'postgresql-client-15',
      'postgresql-15-pgtap',
      'libtap-parser-sourcehandler-pgtap-perl',
      'postgresql-15-cron',
      'chromium',
      'openssl',
    ]);
    for (const r of requirements) expect(r.neededBy).toMatch(/tests/);
  });

  it('refuses a line without a reason, quoting it', () => {
    expect(() => parseRequirements('# comment\n\nchromium /usr/bin/chromium\n')).toThrow('chromium /usr/bin/chromium');
  });

  it('checks absolute proofs as files and the rest as commands on PATH', () => {
    const requirements = parseRequirements('a /opt/a.so tests\nb bee tests\nc /opt/c tests\n');
    const probe = { fileExists: (p: string) => p === '/opt/a.so', onPath: (c: string) => c === 'nope' };
    expect(missingRequirements(requirements, probe).map((r) => r.pkg)).toEqual(['b', 'c']);
  });
});

describe('scripts/setup-system.sh --check', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the same list and lists only what is missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'requirements-'));
    const list = join(dir, 'requirements.txt');
    writeFileSync(
      list,
      '# test list\npresent-file /bin/sh tests\nabsent-file /no/such/file tests\npresent-command sh tests\nabsent-command no-such-command-here tests\n',
    );
    const run = spawnSync('bash', [join(repoRoot, 'scripts', 'setup-system.sh'), '--check'], { env: { ...process.env, SYSTEM_REQUIREMENTS: list }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toEqual(['absent-file', 'absent-command']);
  });
});
