// Settings from the function's environment (`supabase secrets set`). Mail goes through SMTP or
// through an HTTP mail API, whichever is configured; Supabase sets SUPABASE_DB_URL itself.
// Hosted Edge Functions cannot open ports 25 and 587, so SMTP means implicit TLS on 465 unless
// the provider offers STARTTLS on another port (2525, say).

export type SmtpSecurity = 'tls' | 'starttls' | 'none';

export interface SmtpSettings {
  kind: 'smtp';
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string | null;
  pass: string | null;
  /** Extra certificate authorities (PEM), for a relay with a private CA. */
  caCerts: string[];
}

/** An API shaped like Resend's POST /emails: JSON with from, to, subject, text, html, headers. */
export interface HttpSettings {
  kind: 'http';
  url: string;
  key: string;
}

export interface Config {
  /** The shared secret a caller sends in the x-mail-secret header. */
  secret: string;
  dbUrl: string;
  /** The From header as given, e.g. `Common Ground <map@wigan.gov.uk>`. */
  from: string;
  /** Just the address, for the SMTP envelope and Message-IDs. */
  fromAddress: string;
  mail: SmtpSettings | HttpSettings;
  /** Messages taken per run. */
  batch: number;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export const MIN_SECRET_LENGTH = 32;
const ADDRESS = /^[^\s<>@"]+@[^\s<>@"]+\.[^\s<>@"]+$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1']);

/** `Name <address>` or a bare address; null when it is neither (or could carry a second header). */
export function parseFrom(from: string): { address: string } | null {
  if (/[\r\n]/.test(from)) return null;
  const named = /^\s*[^<>]*<([^<>]+)>\s*$/.exec(from);
  const address = (named ? named[1] : from).trim();
  return ADDRESS.test(address) ? { address } : null;
}

function readSmtp(env: (name: string) => string | undefined, problems: string[]): SmtpSettings {
  const host = env('SMTP_HOST') ?? '';
  const port = Number(env('SMTP_PORT') || 465);
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push('SMTP_PORT (a port number)');
  const security = (env('SMTP_SECURITY') || (port === 465 ? 'tls' : 'starttls')) as SmtpSecurity;
  if (!['tls', 'starttls', 'none'].includes(security)) problems.push('SMTP_SECURITY (tls, starttls or none)');
  const user = env('SMTP_USER') || null;
  const pass = env('SMTP_PASS') || null;
  if ((user === null) !== (pass === null)) problems.push('SMTP_USER and SMTP_PASS (both or neither)');
  // Unencrypted SMTP only to a relay on the same machine, and never with a password.
  if (security === 'none' && (!LOCAL_HOSTS.has(host) || user !== null)) {
    problems.push('SMTP_SECURITY=none (only for a relay on localhost, without SMTP_USER)');
  }
  const ca = env('SMTP_CA_CERT') ?? '';
  return { kind: 'smtp', host, port, security, user, pass, caCerts: ca ? [ca] : [] };
}

export function readConfig(env: (name: string) => string | undefined): ConfigResult {
  const problems: string[] = [];
  const secret = env('MAIL_SECRET') ?? '';
  if (secret.length < MIN_SECRET_LENGTH) problems.push(`MAIL_SECRET (at least ${MIN_SECRET_LENGTH} characters)`);
  const dbUrl = env('SUPABASE_DB_URL') ?? '';
  if (!dbUrl) problems.push('SUPABASE_DB_URL');
  const from = env('MAIL_FROM') ?? '';
  const parsed = parseFrom(from);
  if (!parsed) problems.push('MAIL_FROM (an address, or Name <address>)');
  const batch = Number(env('MAIL_BATCH') || 50);
  if (!Number.isInteger(batch) || batch < 1 || batch > 500) problems.push('MAIL_BATCH (1 to 500)');

  let mail: SmtpSettings | HttpSettings | null = null;
  const smtpHost = env('SMTP_HOST');
  const apiKey = env('MAIL_API_KEY');
  if (smtpHost && apiKey) problems.push('SMTP_HOST or MAIL_API_KEY, not both');
  else if (smtpHost) mail = readSmtp(env, problems);
  else if (apiKey) {
    const url = env('MAIL_API_URL') || 'https://api.resend.com/emails';
    if (!/^https?:\/\/\S+$/.test(url)) problems.push('MAIL_API_URL');
    mail = { kind: 'http', url, key: apiKey };
  } else problems.push('SMTP_HOST (for SMTP) or MAIL_API_KEY (for an HTTP mail API)');

  if (problems.length > 0 || !parsed || !mail) return { ok: false, problems };
  return { ok: true, config: { secret, dbUrl, from: from.trim(), fromAddress: parsed.address, mail, batch } };
}
