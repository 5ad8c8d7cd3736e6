// What a run does, from what the database said (private.claim_publish) and what it read.

export type ClaimOutcome = 'due' | 'forced' | 'not_due' | 'busy';

export interface Claim {
  outcome: ClaimOutcome;
  /** The change stamp the data is read after; passed back to private.record_publish. */
  changeStamp: string | null;
  publishedSha256: string | null;
}

/** Whether to read the published set at all. */
export function shouldRead(claim: Claim): boolean {
  return claim.outcome === 'due' || claim.outcome === 'forced';
}

/** A due run whose file came out as last published skips the upload; a forced run always uploads. */
export function shouldUpload(claim: Claim, sha256: string): boolean {
  return claim.outcome === 'forced' || claim.publishedSha256 !== sha256;
}
