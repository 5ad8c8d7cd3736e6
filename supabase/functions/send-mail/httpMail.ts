// An HTTP mail API shaped like Resend's POST /emails. The outbox id goes as the Idempotency-Key,
// so a message sent again after a sender stopped mid-send is delivered once by the service.

import type { HttpSettings } from './config.ts';
import { MailError } from './mailError.ts';
import type { Outgoing } from './message.ts';

/** The service's id for the message. */
export async function sendOverHttp(fetchFn: typeof fetch, s: HttpSettings, from: string, m: Outgoing): Promise<string | null> {
  let res: Response;
  try {
    res = await fetchFn(s.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.key}`, 'content-type': 'application/json', 'idempotency-key': m.id },
      body: JSON.stringify({
        from,
        to: [m.to],
        subject: m.subject,
        text: m.text,
        html: m.html,
        headers: { 'Auto-Submitted': 'auto-generated', ...(m.unsubscribeUrl ? { 'List-Unsubscribe': `<${m.unsubscribeUrl}>` } : {}) },
      }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (e) {
    throw new MailError(`Could not reach the mail API: ${(e as Error).message}`, null, false);
  }
  const text = await res.text();
  if (!res.ok) {
    // 400 and 422: the service refused this message (a bad address, say). Anything else, a bad
    // key or a limit or an outage among them, may pass once someone or something fixes it.
    const permanent = res.status === 400 || res.status === 422;
    throw new MailError(`The mail API answered ${res.status}: ${text.slice(0, 300)}`, res.status, permanent);
  }
  try {
    const body = JSON.parse(text) as { id?: unknown };
    return typeof body.id === 'string' ? body.id : null;
  } catch {
    return null;
  }
}
