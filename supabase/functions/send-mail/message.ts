// One outbox row as an Internet message (RFC 5322 + MIME): plain text and HTML as alternatives,
// both base64 so no line is too long and no byte needs escaping. The Message-ID is the outbox id,
// so a message sent again after a sender stopped mid-send is recognisably the same message.

export interface Outgoing {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
}

const CRLF = '\r\n';

function base64Lines(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return (btoa(binary).match(/.{1,76}/g) ?? ['']).join(CRLF);
}

/** A header value in ASCII: as it is when it can be, else RFC 2047 encoded words, folded. */
export function headerText(value: string): string {
  const flat = value.replace(/[\r\n\t]+/g, ' ').trim();
  if (/^[\x20-\x7e]*$/.test(flat) && flat.length <= 900) return flat;
  const words: string[] = [];
  let chunk = '';
  for (const ch of flat) {
    // 45 bytes of UTF-8 make 60 characters of base64: each word stays under the 75-character limit.
    if (new TextEncoder().encode(chunk + ch).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64Lines(w)}?=`).join(`${CRLF} `);
}

/** A date as RFC 5322 writes it, e.g. `Thu, 03 Dec 2026 08:45:00 +0000`. */
export function mailDate(d: Date): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

export function messageId(id: string, fromAddress: string): string {
  return `<${id}@${fromAddress.split('@')[1]}>`;
}

export function buildMessage(m: Outgoing, from: string, fromAddress: string, date: Date): string {
  const boundary = `=_cg_${m.id.replace(/[^0-9a-z]/gi, '')}`;
  const named = /^\s*([^<>]*?)\s*<([^<>]+)>\s*$/.exec(from);
  const fromHeader = named && named[1] ? `${headerText(named[1].replace(/^"|"$/g, ''))} <${named[2]}>` : fromAddress;
  const headers = [
    `From: ${fromHeader}`,
    `To: ${m.to}`,
    `Subject: ${headerText(m.subject)}`,
    `Date: ${mailDate(date)}`,
    `Message-ID: ${messageId(m.id, fromAddress)}`,
    'MIME-Version: 1.0',
    // Tells mail programs and out-of-office replies that no person sent it (RFC 3834).
    'Auto-Submitted: auto-generated',
    ...(m.unsubscribeUrl ? [`List-Unsubscribe: <${m.unsubscribeUrl}>`] : []),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join(CRLF);
  return [...headers, '', part('text/plain', m.text), part('text/html', m.html), `--${boundary}--`, ''].join(CRLF);
}
