// A small SMTP client (RFC 5321) over Deno's own TCP and TLS: EHLO, STARTTLS or implicit TLS,
// AUTH PLAIN or LOGIN, then one MAIL/RCPT/DATA transaction per message on one connection.

import type { SmtpSettings } from './config.ts';
import { MailError } from './mailError.ts';

export interface Reply {
  code: number;
  lines: string[];
}

/** Reads whole replies, multi-line ones (`250-…` … `250 …`) included. */
export class ReplyReader {
  #buffer = '';
  #decoder = new TextDecoder();
  constructor(private readChunk: () => Promise<Uint8Array | null>) {}

  async read(): Promise<Reply> {
    const lines: string[] = [];
    for (;;) {
      const end = this.#buffer.indexOf('\r\n');
      if (end === -1) {
        const chunk = await this.readChunk();
        if (chunk === null) throw new MailError('The mail server closed the connection', null, false);
        this.#buffer += this.#decoder.decode(chunk, { stream: true });
        continue;
      }
      const line = this.#buffer.slice(0, end);
      this.#buffer = this.#buffer.slice(end + 2);
      const m = /^(\d{3})([ -]?)(.*)$/.exec(line);
      if (!m) throw new MailError(`The mail server answered something that is not SMTP: ${line.slice(0, 80)}`, null, false);
      lines.push(m[3]);
      if (m[2] !== '-') return { code: Number(m[1]), lines };
    }
  }
}

/** DATA's body: a line starting with a dot gets a second one, and the body ends with CRLF.CRLF. */
export function dotStuffed(message: string): string {
  const body = message.endsWith('\r\n') ? message : `${message}\r\n`;
  return `${body.replace(/(^|\r\n)\./g, '$1..')}.\r\n`;
}

export interface SmtpSession {
  /** Sends one message; the server's reply to the end of DATA (e.g. `2.0.0 Ok: queued as 4F2A`). */
  send(fromAddress: string, to: string, message: string): Promise<string>;
  close(): Promise<void>;
}

const TIMEOUT_MS = 30_000;

export async function openSmtp(s: SmtpSettings, heloName: string): Promise<SmtpSession> {
  const tlsOptions = { hostname: s.host, ...(s.caCerts.length ? { caCerts: s.caCerts } : {}) };
  const where = `${s.host}:${s.port}`;
  let conn: Deno.Conn;
  try {
    if (s.security === 'tls') {
      const tls = await Deno.connectTls({ port: s.port, ...tlsOptions });
      conn = tls;
      await handshake(tls, where);
    } else {
      conn = await Deno.connect({ hostname: s.host, port: s.port });
    }
  } catch (e) {
    throw e instanceof MailError ? e : new MailError(`Could not reach the mail server ${where}: ${(e as Error).message}`, null, false);
  }
  const encoder = new TextEncoder();
  let reader = readerOf(conn);

  function readerOf(c: Deno.Conn): ReplyReader {
    const buf = new Uint8Array(16 * 1024);
    return new ReplyReader(async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new MailError('The mail server did not answer within 30 seconds', null, false)), TIMEOUT_MS);
      });
      try {
        const n = await Promise.race([c.read(buf), timeout]);
        return n === null ? null : buf.slice(0, n);
      } finally {
        clearTimeout(timer);
      }
    });
  }

  async function write(text: string) {
    const bytes = encoder.encode(text);
    for (let done = 0; done < bytes.length;) done += await conn.write(bytes.subarray(done));
  }

  /** Sends a command and expects one of the codes; otherwise a MailError with the server's words. */
  async function command(line: string | null, ok: number[], what: string, permanentOn5xx = false): Promise<Reply> {
    if (line !== null) await write(`${line}\r\n`);
    const reply = await reader.read();
    if (!ok.includes(reply.code)) {
      const words = `${reply.code} ${reply.lines.join(' ')}`.trim();
      throw new MailError(`${what}: ${words}`, reply.code, permanentOn5xx && reply.code >= 500);
    }
    return reply;
  }

  try {
    await command(null, [220], 'The mail server refused the connection');
    let ehlo = await command(`EHLO ${heloName}`, [250], 'The mail server refused EHLO');
    if (s.security === 'starttls') {
      if (!ehlo.lines.some((l) => /^STARTTLS\b/i.test(l))) {
        throw new MailError('The mail server does not offer STARTTLS; set SMTP_SECURITY=tls and the TLS port', null, false);
      }
      await command('STARTTLS', [220], 'The mail server refused STARTTLS');
      const tls = await Deno.startTls(conn as Deno.TcpConn, tlsOptions);
      conn = tls;
      await handshake(tls, where);
      reader = readerOf(conn);
      ehlo = await command(`EHLO ${heloName}`, [250], 'The mail server refused EHLO');
    }
    if (s.user !== null && s.pass !== null) {
      const auth =
        ehlo.lines
          .find((l) => /^AUTH\b/i.test(l))
          ?.toUpperCase()
          .split(/\s+/) ?? [];
      if (auth.includes('PLAIN')) {
        await command(`AUTH PLAIN ${btoa(utf8Binary(`\0${s.user}\0${s.pass}`))}`, [235], 'The mail server refused the sign-in');
      } else if (auth.includes('LOGIN')) {
        await command('AUTH LOGIN', [334], 'The mail server refused the sign-in');
        await command(btoa(utf8Binary(s.user)), [334], 'The mail server refused the sign-in');
        await command(btoa(utf8Binary(s.pass)), [235], 'The mail server refused the sign-in');
      } else {
        throw new MailError('The mail server offers no sign-in this sender knows (AUTH PLAIN or LOGIN)', null, false);
      }
    }
  } catch (e) {
    try {
      conn.close();
    } catch {
      // already closed
    }
    throw e instanceof MailError ? e : new MailError(`The mail server connection failed: ${(e as Error).message}`, null, false);
  }

  return {
    async send(fromAddress, to, message) {
      try {
        await command(`MAIL FROM:<${fromAddress}>`, [250], 'The mail server refused the sender');
        // A refused recipient or message is final; anything else may pass on a later try.
        await command(`RCPT TO:<${to}>`, [250, 251], 'The mail server refused the recipient', true);
        await command('DATA', [354], 'The mail server refused the message');
        await write(dotStuffed(message));
        const done = await command(null, [250], 'The mail server refused the message', true);
        return done.lines.join(' ');
      } catch (e) {
        // Start the next message afresh; if even that fails, the connection is gone.
        await command('RSET', [250], 'RSET').catch(() => {});
        throw e instanceof MailError ? e : new MailError(`Sending failed: ${(e as Error).message}`, null, false);
      }
    },
    async close() {
      await command('QUIT', [221], 'QUIT').catch(() => {});
      try {
        conn.close();
      } catch {
        // already closed
      }
    },
  };
}

/** TLS settles before anything is sent, so an untrusted certificate is named as such. */
async function handshake(tls: Deno.TlsConn, where: string): Promise<void> {
  try {
    await tls.handshake();
  } catch (e) {
    try {
      tls.close();
    } catch {
      // already closed
    }
    throw new MailError(`Could not reach the mail server ${where} over TLS: ${(e as Error).message}`, null, false);
  }
}

function utf8Binary(text: string): string {
  let binary = '';
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return binary;
}
