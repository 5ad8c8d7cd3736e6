// Records, in the background, that a search found little: once the search has settled (no new
// one for a moment), at most once per ward and term in a visit, never when the person opted out,
// and never in a way anyone notices (a failure, offline included, is dropped).
import { demandOptedOut } from './demandOptOut';

export interface DemandRecorderOptions {
  record(ward_code: string, term: string, visit_token: string): Promise<unknown>;
  /** Per visit (a tab's sessionStorage): the random token and what it already recorded. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  optedOut?: () => boolean;
  /** How long a search must stay unchanged before it counts, in ms. */
  settleMs?: number;
}

export interface DemandRecorder {
  /** This search (ward, term) found little; null when it did not (or has no ward or term). */
  note(search: { ward: string; term: string } | null): void;
  dispose(): void;
}

const TOKEN_KEY = 'cg.demand-visit';
const SEEN_KEY = 'cg.demand-recorded';

function visitToken(storage: Pick<Storage, 'getItem' | 'setItem'>): string {
  let token = storage.getItem(TOKEN_KEY);
  if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    token = crypto.randomUUID();
    storage.setItem(TOKEN_KEY, token);
  }
  return token;
}

function sessionStore(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function createDemandRecorder(o: DemandRecorderOptions): DemandRecorder {
  const optedOut = o.optedOut ?? demandOptedOut;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = (ward: string, term: string) => {
    if (optedOut()) return;
    const storage = o.storage === undefined ? sessionStore() : o.storage;
    if (!storage) return; // no per-visit storage: no way to count a visit once
    try {
      const key = `${ward}|${term}`;
      const seen: string[] = JSON.parse(storage.getItem(SEEN_KEY) ?? '[]');
      if (seen.includes(key)) return;
      storage.setItem(SEEN_KEY, JSON.stringify([...seen, key]));
      o.record(ward, term, visitToken(storage)).catch(() => {});
    } catch {
      // storage full or blocked, or the call threw at once: counting is never worth an error
    }
  };
  return {
    note(search) {
      clearTimeout(timer);
      if (!search) return;
      timer = setTimeout(() => send(search.ward, search.term), o.settleMs ?? 1500);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
