// Whether this browser takes part in counting searches that found little (unmet demand).
// Residents opt out in the privacy notice; a browser's Global Privacy Control or Do Not Track
// signal counts as opting out without asking.
const KEY = 'cg.demand-opt-out';

interface PrivacySignals {
  globalPrivacyControl?: boolean;
  doNotTrack?: string | null;
}

export function browserAsksNotToTrack(nav: PrivacySignals | undefined = globalThis.navigator as PrivacySignals | undefined): boolean {
  return nav?.globalPrivacyControl === true || nav?.doNotTrack === '1';
}

export function demandOptedOut(): boolean {
  if (browserAsksNotToTrack()) return true;
  try {
    return globalThis.localStorage?.getItem(KEY) === 'yes';
  } catch {
    return true; // storage blocked: count nothing rather than guess
  }
}

export function setDemandOptOut(optOut: boolean) {
  try {
    if (optOut) localStorage.setItem(KEY, 'yes');
    else localStorage.removeItem(KEY);
  } catch {
    // storage blocked: demandOptedOut() already answers yes
  }
}
