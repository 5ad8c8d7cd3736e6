// Why the browser's database could not start, in words a resident can act on. The worker sorts
// each failure into one of these; the page shows the words and, where it helps, the reset.

export type StartFailure = 'damaged' | 'busy' | 'full' | 'download' | 'unknown';

export interface FailureText {
  /** What happened, in one sentence. */
  what: string;
  /** What to do about it. */
  todo: string;
  /** Whether throwing the copy away and starting again from the sample data would help. */
  offerReset: boolean;
}

export const FAILURE_TEXT: Record<StartFailure, FailureText> = {
  damaged: {
    what: 'The copy of the sample database kept in this browser is damaged.',
    todo: 'Reset it to start again from the sample data.',
    offerReset: true,
  },
  busy: {
    what: 'Another Common Ground tab or window is still holding the database.',
    todo: 'Close the other Common Ground tabs and windows, then reload this page.',
    offerReset: false,
  },
  full: {
    what: 'This browser has no room left to keep the database.',
    todo: 'Free some space on this device, or allow this site to store data, then reload this page.',
    offerReset: false,
  },
  download: {
    what: 'The database could not be downloaded.',
    todo: 'Check your internet connection, then reload this page.',
    offerReset: false,
  },
  unknown: {
    what: 'Something went wrong while starting it.',
    todo: 'Reset it to start again from the sample data. If that does not help, try another browser.',
    offerReset: true,
  },
};

/** A failure the worker has already sorted. */
export class StartError extends Error {
  constructor(
    readonly reason: StartFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'StartError';
  }
}

/** Sorts anything thrown while starting into a StartFailure. */
export function classifyStartError(e: unknown): StartFailure {
  if (e instanceof StartError) return e.reason;
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = String((e as { message?: string } | null)?.message ?? e);
  if (name === 'QuotaExceededError' || /quota|no space/i.test(message)) return 'full';
  if (name === 'NoModificationAllowedError' || /another open access handle|is locked/i.test(message)) return 'busy';
  if (/failed to fetch|networkerror|load failed|could not download/i.test(message)) return 'download';
  return 'unknown';
}
