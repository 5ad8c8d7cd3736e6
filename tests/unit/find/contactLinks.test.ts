import { describe, expect, it } from 'vitest';
import { directionsHref, mailtoHref, telHref, websiteHref } from '../../../src/features/find/contactLinks';

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
    expect(mailtoHref('a@example.org', 'Problem with "X & Y"')).toBe('mailto:a@example.org?subject=Problem%20with%20%22X%20%26%20Y%22');
    expect(mailtoHref('not an email')).toBeNull();
    expect(mailtoHref('a@b.c?bcc=x@y.z')).toBeNull();
  });

  it('points directions at the asset on OpenStreetMap', () => {
    expect(directionsHref(53.5, -2.63)).toBe('https://www.openstreetmap.org/directions?to=53.500000%2C-2.630000');
  });
});
