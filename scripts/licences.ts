// Which licences the code we ship may carry. The repository is MIT (LICENSE); everything in
// package.json `dependencies`, and everything those pull in, is bundled into the app people
// download, so each must let us do that under MIT: permissive licences, or weak copyleft for a
// library we ship unmodified with its notice (opening_hours is LGPL-3.0). Strong copyleft (GPL,
// AGPL) or an unknown licence fails tests/unit/scripts/licences.test.ts. Dev dependencies are
// tools and are not shipped, so they are not checked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Permissive: any use, with the notice kept. */
const PERMISSIVE = ['MIT', 'MIT-0', 'ISC', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', 'Unlicense', 'CC0-1.0', 'BlueOak-1.0.0', 'Zlib'];
/** Weak copyleft: fine as an unmodified library beside MIT code; changes to it stay under its licence. */
const WEAK_COPYLEFT = ['LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'MPL-2.0'];
export const ALLOWED_LICENCES: ReadonlySet<string> = new Set([...PERMISSIVE, ...WEAK_COPYLEFT]);

/**
 * Packages whose package.json does not say its licence in SPDX, read by a person from the
 * package's own LICENSE file. Keyed by version: an update must be read again.
 */
export const REVIEWED: Readonly<Record<string, { licence: string; why: string }>> = {
  'suncalc@2.0.2': { licence: 'BSD-2-Clause', why: 'no "license" field; its LICENSE file is the two-clause BSD text' },
  'splaytree-ts@1.0.2': { licence: 'BSD-3-Clause', why: '"license" is misspelt "BDS-3-Clause"; its LICENSE file is the three-clause BSD text' },
};

/**
 * Whether an SPDX expression ("MIT", "(MIT OR Apache-2.0)", "Apache-2.0 WITH LLVM-exception")
 * lets us ship the package: OR needs one allowed side, AND needs both, WITH keeps the base
 * licence (an exception only grants more). Anything unparseable is not allowed.
 */
export function licenceAllowed(expression: string, allowed: ReadonlySet<string> = ALLOWED_LICENCES): boolean {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const fail = (): never => {
    throw new Error(`not an SPDX expression: ${expression}`);
  };
  // or := and ("OR" and)* ; and := term ("AND" term)* ; term := id ["WITH" id] | "(" or ")"
  const term = (): boolean => {
    const t = tokens[at++] ?? fail();
    if (t === '(') {
      const v = or();
      if (tokens[at++] !== ')') fail();
      return v;
    }
    if (t === ')' || t === 'AND' || t === 'OR' || t === 'WITH') fail();
    if (peek() === 'WITH') {
      at++;
      if (!tokens[at++]) fail();
    }
    return allowed.has(t);
  };
  const and = (): boolean => {
    let v = term();
    while (peek() === 'AND') {
      at++;
      v = term() && v;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (peek() === 'OR') {
      at++;
      v = and() || v;
    }
    return v;
  };
  try {
    const v = or();
    return at === tokens.length && v;
  } catch {
    return false;
  }
}

interface PackageJson {
  name: string;
  version: string;
  license?: string | { type?: string };
  licenses?: { type?: string }[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

export interface ShippedPackage {
  id: string; // name@version
  /** The licence as the package states it (or as reviewed), or null when it states none. */
  licence: string | null;
}

/** What the package.json says, in one SPDX expression (old `licenses` arrays read as OR). */
function statedLicence(pkg: PackageJson): string | null {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  const types = (pkg.licenses ?? []).map((l) => l.type).filter((t): t is string => !!t);
  return types.length ? `(${types.join(' OR ')})` : null;
}

/** Finds a dependency as Node does: the nearest node_modules folder up from the one asking. */
function resolvePackageJson(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** Every installed package the app's `dependencies` bring in, each once. */
export function shippedPackages(root: string): { packages: ShippedPackage[]; missing: string[] } {
  const top = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
  const seen = new Map<string, ShippedPackage>();
  const missing: string[] = [];
  const visit = (name: string, fromDir: string, optional: boolean) => {
    const file = resolvePackageJson(name, fromDir);
    if (!file) {
      if (!optional) missing.push(name);
      return;
    }
    if (seen.has(file)) return;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
    const id = `${pkg.name}@${pkg.version}`;
    seen.set(file, { id, licence: REVIEWED[id]?.licence ?? statedLicence(pkg) });
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep, dirname(file), false);
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) visit(dep, dirname(file), true);
  };
  for (const dep of Object.keys(top.dependencies ?? {})) visit(dep, root, false);
  return { packages: [...seen.values()].sort((a, b) => a.id.localeCompare(b.id)), missing };
}

/** Each shipped package whose licence is unknown or does not let us ship it under MIT, with why. */
export function licenceProblems(packages: readonly ShippedPackage[]): string[] {
  return packages.flatMap((p) =>
    p.licence === null ? [`${p.id}: states no licence`] : licenceAllowed(p.licence) ? [] : [`${p.id}: ${p.licence} is not allowed in what we ship`],
  );
}
