// A real SMTP server for the sender's tests: the `smtp-server` package (Nodemailer's), with a
// self-signed certificate made by openssl, so the function's TLS, STARTTLS and AUTH run for real.
// Each message is parsed by `mailparser`, an independent reader of what we wrote. Recipients can
// be made to refuse a message outright (550) or for now (451), as real servers do.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface ReceivedMail {
  envelopeFrom: string;
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  port: number;
  /** The authority that signed the server's certificate (PEM): the function's SMTP_CA_CERT. */
  ca: string;
  /** TLS and protocol errors the server saw (a client that refused its certificate, say). */
  errors: string[];
  received: ReceivedMail[];
  /** Sign-ins the server accepted, as "user". */
  logins: string[];
  /** Refuse RCPT for this address: 550 (for good) or 451 (for now). */
  refuse(address: string, code: 550 | 451): void;
  close(): Promise<void>;
}

let certs: { key: string; cert: string; ca: string } | null = null;
/** A private CA and a server certificate it signed for 127.0.0.1 (TLS libraries refuse a CA certificate as a server's own). */
function testCertificates() {
  if (certs) return certs;
  const dir = mkdtempSync(join(tmpdir(), 'cg-smtp-cert-'));
  const f = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  try {
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=Common Ground test CA', '-keyout', f('ca.key'), '-out', f('ca.pem'));
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-keyout', f('key.pem'), '-out', f('server.csr'));
    writeFileSync(
      f('server.ext'),
      'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n',
    );
    openssl(
      'x509',
      '-req',
      '-in',
      f('server.csr'),
      '-CA',
      f('ca.pem'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      f('server.ext'),
      '-out',
      f('cert.pem'),
    );
    certs = { key: readFileSync(f('key.pem'), 'utf8'), cert: readFileSync(f('cert.pem'), 'utf8'), ca: readFileSync(f('ca.pem'), 'utf8') };
    return certs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startSmtp(options: { implicitTls: boolean; user: string; pass: string }): Promise<TestSmtp> {
  const { key, cert, ca } = testCertificates();
  const received: ReceivedMail[] = [];
  const logins: string[] = [];
  const refusals = new Map<string, 550 | 451>();
  const server = new SMTPServer({
    secure: options.implicitTls,
    key,
    cert,
    authMethods: ['PLAIN', 'LOGIN'],
    // Without implicit TLS, sign-in is allowed only after STARTTLS (the package's default).
    logger: false,
    // No DNS here: a reverse lookup of 127.0.0.1 would only wait.
    disableReverseLookup: true,
    size: 1024 * 1024,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass) {
        logins.push(auth.username);
        return callback(null, { user: auth.username });
      }
      return callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const code = refusals.get(address.address.toLowerCase());
      if (code) return callback(Object.assign(new Error(code === 550 ? 'No such mailbox here' : 'Mailbox busy, try later'), { responseCode: code }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
            });
            callback(null, `Ok: queued as T${received.length}`);
          },
          (e: Error) => callback(e),
        );
      });
    },
  });
  const errors: string[] = [];
  server.on('error', (e: Error) => errors.push(e.message));
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return {
    port,
    ca,
    errors,
    received,
    logins,
    refuse: (address, code) => refusals.set(address.toLowerCase(), code),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
