// The system packages the tests need (scripts/system/requirements.txt, also read by
// scripts/setup-system.sh), and which of them are missing on this machine.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Requirement {
  /** Debian/Ubuntu package name. */
  pkg: string;
  /** A file (absolute path) or a command on PATH whose presence proves the package is installed. */
  proof: string;
  /** Which tests need it, for the one line that says why something is installed. */
  neededBy: string;
}

export const requirementsFile = fileURLToPath(new URL('./requirements.txt', import.meta.url));

export function parseRequirements(text: string): Requirement[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [pkg, proof, ...why] = line.split(/\s+/);
      if (!pkg || !proof || why.length === 0) throw new Error(`${requirementsFile}: expected "package proof needed-by" in: ${line}`);
      return { pkg, proof, neededBy: why.join(' ') };
    });
}

export function readRequirements(): Requirement[] {
  return parseRequirements(readFileSync(requirementsFile, 'utf8'));
}

export interface Probe {
  fileExists(path: string): boolean;
  onPath(command: string): boolean;
}

export function missingRequirements(requirements: Requirement[], probe: Probe): Requirement[] {
  return requirements.filter((r) => !(r.proof.startsWith('/') ? probe.fileExists(r.proof) : probe.onPath(r.proof)));
}

export const systemProbe: Probe = {
  fileExists: (path) => existsSync(path),
  onPath: (command) => (process.env.PATH ?? '').split(delimiter).some((dir) => isExecutable(join(dir, command))),
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Throws naming the Debian packages to install when any of `packages` is missing. */
export function requirePackages(packages: string[], forWhat: string): void {
  const wanted = readRequirements().filter((r) => packages.includes(r.pkg));
  const unknown = packages.filter((p) => !wanted.some((r) => r.pkg === p));
  if (unknown.length > 0) throw new Error(`Not in ${requirementsFile}: ${unknown.join(', ')}`);
  const missing = missingRequirements(wanted, systemProbe);
  if (missing.length === 0) return;
  throw new Error(
    `${forWhat} cannot run; missing Debian packages:\n` +
      missing.map((r) => `  - ${r.pkg} (no ${r.proof})`).join('\n') +
      `\nInstall them with: sudo bash scripts/setup-system.sh   (apt-get install -y ${missing.map((r) => r.pkg).join(' ')})`,
  );
}
