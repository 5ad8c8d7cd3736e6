// Answers a Node HTTP request with a web-standard handler ((Request) => Promise<Response>, the
// shape Deno.serve and Supabase Edge Functions use), so `npm start` can host an Edge Function's code.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export type WebHandler = (req: Request) => Promise<Response>;

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  // A fixed origin: the Host header is the client's to choose, and must not move the path.
  // Only the method, address and headers are passed; a read-only API never reads a body.
  return new Request(`http://localhost${req.url ?? '/'}`, { method: req.method, headers });
}

export async function serveWeb(handler: WebHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let answer: Response;
  try {
    answer = await handler(toRequest(req));
  } catch {
    // What the Request constructor refuses (a method like CONNECT, an address it cannot parse).
    answer = new Response(JSON.stringify({ status: 400, message: 'The request could not be read' }), {
      status: 400,
      headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    });
  }
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  if (!answer.body) res.end();
  else Readable.fromWeb(answer.body as NodeReadableStream).pipe(res);
}
