import { describe, expect, it } from 'vitest';
import { directionsHref, mailtoHref, telHref, websiteHref } from '../../../src/domain/contactLinks';

describe('contact links', () => {
  it('links only http(s) websites', () => {
    expect(websiteHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteHref('data:text/html,<img src=x onerror=alert(1)>')).toBeNull();
    expect(websiteHref('ftp://example.org')).toBeNull();
    expect(websiteHref('')).toBeNull();
    expect(websiteHref(null)).toBeNull();
  });

  it('makes tel: links from dialable numbers only', () => {
    expect(telHref('01942 123 456')).toBe('tel:01942123456');
    expect(telHref('+44 (0)1942 123456')).toBe('tel:+4401942123456');
    expect(telHref('call us')).toBeNull();
    expect(telHref('0194"><script>')).toBeNull();
  });

  it('makes mailto: links from plausible addresses, with an encoded subject', () => {
    expect(mailtoHref('a@example.org')).toBe('mailto:a@example.org');
    expect(mailtoHref('a@example.org', { subject: 'Problem with "X & Y"' })).toBe('mailto:a@example.org?subject=Problem%20with%20%22X%20%26%20Y%22');
    expect(mailtoHref('not an email')).toBeNull();
    expect(mailtoHref('a@b.c?bcc=x@y.z')).toBeNull();
  });

  describe('mailto: with hostile text', () => {
    const HOSTILE = 'Tea & cake? #1 100% "best" <script>alert(1)</script>\r\nBcc: x@evil.example&cc=y@evil.example';
    /** The link as a mail program reads it: recipient and fields, decoded. */
    const read = (href: string) => {
      const [to, query = ''] = href.replace(/^mailto:/, '').split('?');
      const fields = query ? query.split('&').map((kv) => kv.split('=').map(decodeURIComponent)) : [];
      return { to: decodeURIComponent(to), fields };
    };

    it('keeps every part inside its own field, whatever the subject and body say', () => {
      const href = mailtoHref('help@example.org', { subject: HOSTILE, body: HOSTILE })!;
      expect(href).toMatch(/^mailto:help@example\.org\?subject=[^&?#]+&body=[^&?#]+$/);
      expect(href).not.toMatch(/[<>"\s]/);
      const { to, fields } = read(href);
      expect(to).toBe('help@example.org');
      expect(fields.map(([k]) => k)).toEqual(['subject', 'body']);
      expect(fields[0][1]).toBe('Tea & cake? #1 100% "best" <script>alert(1)</script> Bcc: x@evil.example&cc=y@evil.example');
      expect(fields[1][1]).toBe(HOSTILE);
    });

    it('never lets a line break into the subject, where it would start a new header', () => {
      for (const brk of ['\r\n', '\n', '\r', '\n\n\r\n']) {
        const href = mailtoHref('help@example.org', { subject: `Line one${brk}Cc: x@evil.example` })!;
        expect(href).not.toMatch(/%0[AD]/i);
        expect(read(href).fields[0][1]).toBe('Line one Cc: x@evil.example');
      }
    });

    it('writes body line breaks as CRLF, as RFC 6068 asks', () => {
      expect(mailtoHref('help@example.org', { body: 'a\nb\r\nc\rd' })).toBe('mailto:help@example.org?body=a%0D%0Ab%0D%0Ac%0D%0Ad');
    });

    it('encodes the address, so an address cannot add recipients or fields', () => {
      // Plausible addresses by the form's rule, each with a character that means something in a URL.
      expect(mailtoHref('a?cc=b@evil.example')).toBe('mailto:a%3Fcc%3Db@evil.example');
      expect(mailtoHref('a&body=x@example.org')).toBe('mailto:a%26body%3Dx@example.org');
      expect(mailtoHref('a#b@example.org')).toBe('mailto:a%23b@example.org');
      expect(mailtoHref('100%25@example.org')).toBe('mailto:100%2525@example.org');
      expect(mailtoHref("o'brien+news@example.org")).toBe("mailto:o'brien%2Bnews@example.org");
      expect(read(mailtoHref('a?cc=b@evil.example', { subject: 'Hi' })!)).toEqual({ to: 'a?cc=b@evil.example', fields: [['subject', 'Hi']] });
    });

    it('refuses addresses with line breaks, spaces, quotes or markup', () => {
      for (const bad of ['a@example.org\r\nBcc: x@evil.example', 'a b@example.org', '"a"@example.org', '<script>@example.org', 'a@example.org>']) {
        expect(mailtoHref(bad), bad).toBeNull();
      }
    });

    it('leaves out empty fields', () => {
      expect(mailtoHref('a@example.org', { subject: ' \r\n ', body: '' })).toBe('mailto:a@example.org');
    });
  });

  it('points directions at the asset on OpenStreetMap', () => {
    expect(directionsHref(53.5, -2.63)).toBe('https://www.openstreetmap.org/directions?to=53.500000%2C-2.630000');
  });
});
