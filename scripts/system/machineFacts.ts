// Gathers the facts decideSetup needs from this machine: quick checks only (files, PATH, one
// `sudo -n true`), so running it before every `npm test` costs nothing noticeable.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { missingRequirements, readRequirements, systemProbe } from './requirements';
import type { MachineFacts } from './setupDecision';

export function gatherMachineFacts(): MachineFacts {
  const missing = missingRequirements(readRequirements(), systemProbe);
  const isRoot = process.getuid?.() === 0;
  return {
    missing,
    isRoot,
    isDebian: isDebianLike() && systemProbe.onPath('apt-get'),
    // Only ask sudo when it matters: it may log the attempt.
    sudo: missing.length === 0 || isRoot ? 'none' : sudoState(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
}

function isDebianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
}

function sudoState(): MachineFacts['sudo'] {
  if (!systemProbe.onPath('sudo')) return 'none';
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5_000 });
    return 'passwordless';
  } catch {
    return 'password';
  }
}
