// The policy a build gets from its environment: only our origin by default, plus exactly the
// online services the build is configured to use.
import { describe, expect, it } from 'vitest';
import { BASEMAP_ORIGINS, contentSecurityPolicy, cspDirectives, POSTCODES_IO_ORIGIN } from '../../../scripts/contentSecurityPolicy';
import { headersFile } from '../../../scripts/vitePluginCsp';

describe('cspDirectives', () => {
  it('a local build: our origin, wasm for PGlite, the basemap host, and nothing inline or eval', () => {
    const d = cspDirectives({}, 'header');
    expect(d).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'worker-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:', ...BASEMAP_ORIGINS],
      'font-src': ["'self'"],
      'connect-src': ["'self'", ...BASEMAP_ORIGINS],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    const all = Object.values(d).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
  });

  it('a Supabase build may reach its own project over HTTPS and WebSocket, and no other project', () => {
    const d = cspDirectives({ VITE_SUPABASE_URL: 'https://abcd.supabase.co/' }, 'header');
    expect(d['connect-src']).toEqual(["'self'", 'https://abcd.supabase.co', 'wss://abcd.supabase.co', ...BASEMAP_ORIGINS]);
    expect(d['connect-src']).not.toContain('https://*.supabase.co');
  });

  it('postcodes.io only when it is the configured geocoder', () => {
    expect(cspDirectives({ VITE_GEOCODER: 'postcodes.io' }, 'header')['connect-src']).toContain(POSTCODES_IO_ORIGIN);
    expect(cspDirectives({ VITE_GEOCODER: 'offline' }, 'header')['connect-src']).not.toContain(POSTCODES_IO_ORIGIN);
    expect(cspDirectives({}, 'header')['connect-src']).not.toContain(POSTCODES_IO_ORIGIN);
  });

  it('a configured basemap style and published file add their origins, once', () => {
    const d = cspDirectives(
      {
        VITE_BASEMAP_STYLE_URL: 'https://maps.example.org/styles/streets.json?key=public',
        VITE_PUBLISHED_URL: 'https://cdn.example.org/published.json',
      },
      'header',
    );
    expect(d['connect-src']).toEqual(["'self'", 'https://cdn.example.org', 'https://maps.example.org']);
    expect(d['img-src']).toContain('https://maps.example.org');
    const same = cspDirectives({ VITE_BASEMAP_STYLE_URL: `${BASEMAP_ORIGINS[0]}/styles/liberty` }, 'header');
    expect(same['connect-src']).toEqual(["'self'", ...BASEMAP_ORIGINS]);
  });

  it('partners’ ORUK feeds the import may read add their origins, and nothing else', () => {
    const d = cspDirectives(
      { VITE_BASEMAP_STYLE_URL: 'offline', VITE_ORUK_FEED_ORIGINS: 'https://feeds.example.org/oruk, https://api.example.gov.uk  not-a-url' },
      'header',
    );
    expect(d['connect-src']).toEqual(["'self'", 'https://feeds.example.org', 'https://api.example.gov.uk']);
  });

  it('an offline build reaches no map service at all', () => {
    const d = cspDirectives({ VITE_BASEMAP_STYLE_URL: 'offline' }, 'header');
    expect(d['connect-src']).toEqual(["'self'"]);
    expect(d['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('ignores values that are not absolute http(s) URLs rather than writing them into the policy', () => {
    const d = cspDirectives(
      { VITE_SUPABASE_URL: "javascript:alert(1); script-src 'unsafe-inline'", VITE_PUBLISHED_URL: '/generated/published.json', VITE_BASEMAP_STYLE_URL: ' ' },
      'header',
    );
    expect(d['connect-src']).toEqual(["'self'", ...BASEMAP_ORIGINS]);
    // A host the URL parser accepts but that would end the source and start a new directive.
    const policy = contentSecurityPolicy({ VITE_SUPABASE_URL: 'https://evil.example;script-src/' }, 'header');
    expect(policy).not.toContain('evil');
  });

  it('a meta element leaves out frame-ancestors, which browsers ignore there', () => {
    expect(cspDirectives({}, 'meta')['frame-ancestors']).toBeUndefined();
    expect(contentSecurityPolicy({}, 'meta')).not.toContain('frame-ancestors');
  });
});

describe('contentSecurityPolicy', () => {
  it('serialises directives in order, separated by semicolons', () => {
    expect(contentSecurityPolicy({}, 'header')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; .*; frame-ancestors 'none'$/);
  });

  it('_headers applies the header policy to every path', () => {
    const file = headersFile({});
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain(`  Content-Security-Policy: ${contentSecurityPolicy({}, 'header')}\n`);
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });
});
