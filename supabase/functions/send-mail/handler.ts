// The HTTP side: POST with the shared secret runs one delivery; the answer (also logged) says how
// many messages were taken, sent, left to retry and given up on.

import { isAuthorised } from '../_shared/secret.ts';
import type { Config, ConfigResult } from './config.ts';
import type { MailDb } from './database.ts';
import { deliver, type Mailer, type RunResult } from './deliver.ts';
import { sendOverHttp } from './httpMail.ts';
import { buildMessage } from './message.ts';
import { openSmtp } from './smtp.ts';

export const SECRET_HEADER = 'x-mail-secret';

export interface HandlerDeps {
  config: ConfigResult;
  connect(url: string): MailDb;
  fetch: typeof fetch;
  now?: () => Date;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function mailerFor(config: Config, deps: Pick<HandlerDeps, 'fetch' | 'now'>): () => Promise<Mailer> {
  const now = deps.now ?? (() => new Date());
  const mail = config.mail;
  if (mail.kind === 'http') {
    return () => Promise.resolve({ send: (m) => sendOverHttp(deps.fetch, mail, config.from, m), close: () => Promise.resolve() });
  }
  return async () => {
    const session = await openSmtp(mail, config.fromAddress.split('@')[1]);
    return {
      send: (m) => session.send(config.fromAddress, m.to, buildMessage(m, config.from, config.fromAddress, now())),
      close: () => session.close(),
    };
  };
}

export function createHandler(deps: HandlerDeps): (req: Request) => Promise<Response> {
  return async (req) => {
    if (req.method !== 'POST') return json(405, { error: 'Use POST' });
    if (!deps.config.ok) return json(500, { error: `send-mail is not configured; set ${deps.config.problems.join(', ')}` });
    const config = deps.config.config;
    if (!(await isAuthorised(req.headers.get(SECRET_HEADER), config.secret))) {
      return json(401, { error: `Send the mail secret in the ${SECRET_HEADER} header` });
    }
    const db = deps.connect(config.dbUrl);
    let result: RunResult | { error: string };
    try {
      result = await deliver(db, mailerFor(config, deps), config.batch);
    } catch (e) {
      result = { error: `Database: ${e instanceof Error ? e.message : String(e)}` };
    } finally {
      await db.close().catch(() => {});
    }
    console.log(JSON.stringify({ fn: 'send-mail', transport: config.mail.kind, ...result }));
    return json('error' in result ? 502 : 200, result);
  };
}
