import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../../../scripts/system/requirements';
import { decideSetup, type MachineFacts } from '../../../../scripts/system/setupDecision';

const cron: Requirement = { pkg: 'postgresql-15-cron', proof: '/usr/lib/postgresql/15/lib/pg_cron.so', neededBy: 'pg_cron for the hosted-shape tests' };
const chromium: Requirement = { pkg: 'chromium', proof: '/usr/bin/chromium', neededBy: 'the browser for the end-to-end tests' };
const debianUser: MachineFacts = { missing: [cron, chromium], isRoot: false, isDebian: true, sudo: 'passwordless', interactive: false };

describe('decideSetup', () => {
  it('does nothing when every package is present', () => {
    expect(decideSetup({ ...debianUser, missing: [] })).toEqual({ action: 'none' });
    expect(decideSetup({ ...debianUser, missing: [], isDebian: false, sudo: 'none' })).toEqual({ action: 'none' });
  });

  it('installs directly as root, saying what and why in one line', () => {
    const decision = decideSetup({ ...debianUser, isRoot: true, sudo: 'none' });
    expect(decision).toEqual({
      action: 'install',
      command: ['bash', 'scripts/setup-system.sh'],
      message: 'Installing postgresql-15-cron (pg_cron for the hosted-shape tests), chromium (the browser for the end-to-end tests): bash scripts/setup-system.sh',
    });
  });

  it('installs through sudo when sudo needs no password', () => {
    const decision = decideSetup(debianUser);
    expect(decision).toMatchObject({ action: 'install', command: ['sudo', 'bash', 'scripts/setup-system.sh'] });
  });

  it('installs through sudo at a terminal, warning that it asks for a password', () => {
    const decision = decideSetup({ ...debianUser, sudo: 'password', interactive: true });
    expect(decision).toMatchObject({ action: 'install', command: ['sudo', 'bash', 'scripts/setup-system.sh'] });
    expect(decision.action === 'install' && decision.message).toContain('sudo asks for your password');
  });

  it('stops with the exact command when sudo would ask for a password and nobody is there', () => {
    const decision = decideSetup({ ...debianUser, sudo: 'password', interactive: false });
    expect(decision.action).toBe('stop');
    expect(decision.action === 'stop' && decision.message).toContain('sudo needs a password and nobody is at the terminal');
    expect(decision.action === 'stop' && decision.message).toContain('\n  sudo bash scripts/setup-system.sh\n');
    expect(decision.action === 'stop' && decision.message).toContain('apt-get install -y postgresql-15-cron chromium');
  });

  it('stops with the exact command when there is no sudo and no root', () => {
    const decision = decideSetup({ ...debianUser, sudo: 'none', interactive: true });
    expect(decision.action).toBe('stop');
    expect(decision.action === 'stop' && decision.message).toContain('not root and sudo is not installed');
    expect(decision.action === 'stop' && decision.message).toContain('sudo bash scripts/setup-system.sh');
  });

  it('stops on a machine that is not Debian or Ubuntu, even as root, naming what to install', () => {
    const decision = decideSetup({ ...debianUser, isDebian: false, isRoot: true });
    expect(decision.action).toBe('stop');
    expect(decision.action === 'stop' && decision.message).toContain(
      'not Debian or Ubuntu: postgresql-15-cron (pg_cron for the hosted-shape tests), chromium (the browser for the end-to-end tests)',
    );
    expect(decision.action === 'stop' && decision.message).toContain('so that these exist: /usr/lib/postgresql/15/lib/pg_cron.so, /usr/bin/chromium;');
  });
});
