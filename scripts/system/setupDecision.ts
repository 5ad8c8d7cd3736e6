// What `npm test` does about missing system packages: nothing, install them (as root, or through
// sudo), or stop with the exact command to run. Pure, so every case is unit-tested.
import type { Requirement } from './requirements';

export interface MachineFacts {
  /** Requirements whose proof (file or command) is absent. */
  missing: Requirement[];
  isRoot: boolean;
  /** Debian or Ubuntu with apt-get: the setup script can install there. */
  isDebian: boolean;
  /** `none`: no sudo; `passwordless`: `sudo -n true` works; `password`: it would ask. */
  sudo: 'none' | 'passwordless' | 'password';
  /** A person is at the terminal, so sudo may ask for a password. */
  interactive: boolean;
}

export type SetupDecision = { action: 'none' } | { action: 'install'; command: string[]; message: string } | { action: 'stop'; message: string };

export const SETUP_SCRIPT = 'scripts/setup-system.sh';

export function decideSetup(facts: MachineFacts): SetupDecision {
  const { missing } = facts;
  if (missing.length === 0) return { action: 'none' };
  const what = missing.map((r) => `${r.pkg} (${r.neededBy})`).join(', ');
  const packages = missing.map((r) => r.pkg).join(' ');

  if (!facts.isDebian) {
    return {
      action: 'stop',
      message:
        `The tests need these Debian/Ubuntu packages, and this machine is not Debian or Ubuntu: ${what}.\n` +
        `Install their equivalents so that these exist: ${missing.map((r) => (r.proof.startsWith('/') ? r.proof : `${r.proof} on PATH`)).join(', ')}; then run npm test again.`,
    };
  }
  if (facts.isRoot) {
    return { action: 'install', command: ['bash', SETUP_SCRIPT], message: `Installing ${what}: bash ${SETUP_SCRIPT}` };
  }
  if (facts.sudo === 'passwordless' || (facts.sudo === 'password' && facts.interactive)) {
    const asks = facts.sudo === 'password' ? ' (sudo asks for your password)' : '';
    return {
      action: 'install',
      command: ['sudo', 'bash', SETUP_SCRIPT],
      message: `Installing ${what}: sudo bash ${SETUP_SCRIPT}${asks}`,
    };
  }
  const why = facts.sudo === 'none' ? 'not root and sudo is not installed' : 'sudo needs a password and nobody is at the terminal';
  return {
    action: 'stop',
    message:
      `The tests need ${what}, and npm test cannot install them (${why}). Run, as root or with sudo:\n` +
      `  sudo bash ${SETUP_SCRIPT}\n` +
      `(it runs: apt-get install -y ${packages})`,
  };
}
