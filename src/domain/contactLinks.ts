// Turns an asset's contact fields into link targets, or null when a value is not safe to link:
// only http(s) websites, tel: with a dialable number, mailto: with a plausible address
// (docs/ARCHITECTURE.md "Security"). A value that is not linked is still shown as plain text.
import { isEmail, isHttpUrl } from './validation';

export function websiteHref(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v || !isHttpUrl(v)) return null;
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function telHref(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v || !/^\+?[0-9 ()-]{6,20}$/.test(v)) return null;
  return `tel:${v.replace(/[^0-9+]/g, '')}`;
}

export interface MailFields {
  subject?: string;
  body?: string;
}

/**
 * A mailto: link (RFC 6068) with every part percent-encoded on its own, so no text (an address
 * like "a?cc=x@evil.org", a listing name with "&body=") can add recipients or fields. Line breaks
 * would start a new header in the subject, so they become spaces there; in the body they are CRLF.
 */
export function mailtoHref(value: string | null | undefined, fields: MailFields = {}): string | null {
  const v = value?.trim();
  if (!v || !isEmail(v)) return null;
  const at = v.lastIndexOf('@');
  const to = `${encodeURIComponent(v.slice(0, at))}@${encodeURIComponent(v.slice(at + 1))}`;
  const query: string[] = [];
  const subject = fields.subject?.replace(/[\r\n]+/g, ' ').trim();
  if (subject) query.push(`subject=${encodeURIComponent(subject)}`);
  if (fields.body) query.push(`body=${encodeURIComponent(fields.body.replace(/\r\n?|\n/g, '\r\n'))}`);
  return `mailto:${to}${query.length ? `?${query.join('&')}` : ''}`;
}

/** A plain link to OpenStreetMap's route planner with the asset as the destination. */
export function directionsHref(lat: number, lng: number): string {
  return `https://www.openstreetmap.org/directions?to=${lat.toFixed(6)}%2C${lng.toFixed(6)}`;
}

/**
 * A mailto: with no recipient (the sender picks one in their mail program), subject and body
 * percent-encoded on their own as in mailtoHref.
 */
export function draftMailHref(fields: MailFields): string {
  const query: string[] = [];
  const subject = fields.subject?.replace(/[\r\n]+/g, ' ').trim();
  if (subject) query.push(`subject=${encodeURIComponent(subject)}`);
  if (fields.body) query.push(`body=${encodeURIComponent(fields.body.replace(/\r\n?|\n/g, '\r\n'))}`);
  return `mailto:${query.length ? `?${query.join('&')}` : ''}`;
}

/** An sms: link with a ready-made message and no number (RFC 5724; `?body=` is what current phones read). */
export function draftSmsHref(body: string): string {
  return `sms:?body=${encodeURIComponent(body.replace(/\r\n?/g, '\n'))}`;
}
