// Who may start a scheduled function: whoever sends its shared secret in a header. The schedule
// reads the secret from Vault. Not a Supabase key: the publishable key is public, and the secret
// key would let anyone holding the schedule's copy bypass RLS.

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** Compares digests in constant time, so the time taken says nothing about the secret. */
export async function isAuthorised(given: string | null, secret: string): Promise<boolean> {
  if (given === null || secret === '') return false;
  const [a, b] = await Promise.all([digest(given), digest(secret)]);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
