// The first step of `npm test`: checks the system packages and installs missing ones through
// scripts/setup-system.sh, or stops with the command to run (decideSetup says which).
import { spawnSync } from 'node:child_process';
import { repoRoot } from '../localDatabase';
import { gatherMachineFacts } from './machineFacts';
import { decideSetup } from './setupDecision';

/** Returns true when every system package is present (after installing, if it had to). */
export function ensureSystem(log: (line: string) => void = console.log): boolean {
  const decision = decideSetup(gatherMachineFacts());
  if (decision.action === 'none') return true;
  if (decision.action === 'stop') {
    log(decision.message);
    return false;
  }
  log(decision.message);
  const [command, ...args] = decision.command;
  const run = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) {
    log(`${decision.command.join(' ')} failed (exit ${run.status ?? run.signal}).`);
    return false;
  }
  const after = gatherMachineFacts().missing;
  if (after.length > 0) {
    log(`Still missing after setup: ${after.map((r) => `${r.pkg} (no ${r.proof})`).join(', ')}`);
    return false;
  }
  return true;
}
