// A stand-in for an HTTP mail API with Resend's documented contract
// (https://resend.com/docs/api-reference/emails/send-email): POST /emails with a Bearer key and
// JSON {from, to[], subject, text, html, headers}; 200 {id}; 422 for a message it will not send;
// an Idempotency-Key seen before answers with the first message's id and sends nothing again.
import { createServer } from 'node:http';

export interface ApiMail {
  idempotencyKey: string | undefined;
  body: { from: string; to: string[]; subject: string; text: string; html: string; headers?: Record<string, string> };
}

export interface FakeMailApi {
  url: string;
  /** Messages the service accepted, once per idempotency key. */
  sent: ApiMail[];
  requests: number;
  /** Answer 422 for this recipient. */
  refuse(address: string): void;
  close(): Promise<void>;
}

export async function startFakeMailApi(key: string): Promise<FakeMailApi> {
  const sent: ApiMail[] = [];
  const seen = new Map<string, string>();
  const refused = new Set<string>();
  const api: Omit<FakeMailApi, 'url' | 'close'> = { sent, requests: 0, refuse: (a) => refused.add(a) };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
    req.on('end', () => {
      api.requests++;
      const reply = (status: number, body: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/emails') return reply(404, { message: 'Not found' });
      if (req.headers.authorization !== `Bearer ${key}`) return reply(401, { name: 'missing_api_key', message: 'API key is invalid' });
      const idem = req.headers['idempotency-key'] as string | undefined;
      if (idem && seen.has(idem)) return reply(200, { id: seen.get(idem)! });
      const body = JSON.parse(raw) as ApiMail['body'];
      if (body.to.some((t) => refused.has(t))) return reply(422, { name: 'validation_error', message: 'Invalid `to` field.' });
      const id = `api-${sent.length + 1}`;
      sent.push({ idempotencyKey: idem, body });
      if (idem) seen.set(idem, id);
      return reply(200, { id });
    });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)));
  return Object.assign(api, { url: `http://127.0.0.1:${port}/emails`, close: () => new Promise<void>((r) => server.close(() => r())) }) as FakeMailApi;
}
