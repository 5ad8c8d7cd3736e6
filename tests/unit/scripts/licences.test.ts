// Everything the app ships (package.json `dependencies` and what they pull in, as installed in
// node_modules) carries a licence that lets us ship it under the repository's MIT licence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/localDatabase';
import { licenceAllowed, licenceProblems, REVIEWED, shippedPackages } from '../../../scripts/licences';

describe('licences of what we ship', () => {
  it('the repository is MIT, which the allowed list is chosen for', () => {
    expect(readFileSync(join(repoRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('every dependency is installed and has a licence compatible with MIT', () => {
    const { packages, missing } = shippedPackages(repoRoot);
    expect(missing).toEqual([]);
    const top = Object.keys((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    for (const name of top) expect(packages.some((p) => p.id.startsWith(`${name}@`))).toBe(true);
    expect(licenceProblems(packages)).toEqual([]);
  });

  it('every reviewed exception is still installed at the version that was read', () => {
    const installed = new Set(shippedPackages(repoRoot).packages.map((p) => p.id));
    for (const id of Object.keys(REVIEWED)) expect(installed, `${id} was updated or removed: read its LICENSE again`).toContain(id);
  });
});

describe('licenceAllowed', () => {
  it('allows permissive and weak-copyleft licences', () => {
    for (const l of ['MIT', 'ISC', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'LGPL-3.0-only', 'MPL-2.0']) expect(licenceAllowed(l), l).toBe(true);
  });

  it('refuses strong copyleft, proprietary and unknown licences', () => {
    for (const l of ['GPL-3.0-only', 'AGPL-3.0-or-later', 'UNLICENSED', 'SEE LICENSE IN LICENSE.txt', 'BDS-3-Clause', '', 'Commercial']) {
      expect(licenceAllowed(l), l).toBe(false);
    }
  });

  it('reads OR, AND, WITH and parentheses as SPDX does', () => {
    expect(licenceAllowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(licenceAllowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(licenceAllowed('MIT AND (ISC OR GPL-2.0-only)')).toBe(true);
    expect(licenceAllowed('(GPL-2.0-only OR GPL-3.0-only) AND MIT')).toBe(false);
    expect(licenceAllowed('Apache-2.0 WITH LLVM-exception')).toBe(true);
    expect(licenceAllowed('GPL-2.0-only WITH Classpath-exception-2.0')).toBe(false);
  });

  it('refuses an expression it cannot parse', () => {
    for (const l of ['(MIT', 'MIT)', 'MIT OR', 'OR MIT', 'MIT ISC', 'MIT WITH']) expect(licenceAllowed(l), l).toBe(false);
  });
});
