// The Content-Security-Policy the built app runs under, computed from the build's environment so
// a Supabase build allows its own project and nothing else. Vite writes it into index.html (meta)
// and dist/_headers, and `vite preview` sends it as a header (vite.config.ts).
//
// What the app needs, and why each source is there:
// - scripts and workers only from our origin: Vite emits every worker (MapLibre's, PGlite's,
//   search, import, coverage, catchments) as a same-origin file; no inline script, no eval.
// - 'wasm-unsafe-eval': PGlite compiles its Postgres wasm (WebAssembly only, not eval).
// - data: images: MapLibre's control icons are data: SVGs in its CSS.
// - connect-src: our own files, plus only the online services this build is configured to use,
//   and the partners' ORUK feeds moderators may import from (VITE_ORUK_FEED_ORIGINS).

import { basemapSetting, DEFAULT_BASEMAP_STYLE_URL } from '../src/map/basemapSetting';

/** Host of the default online basemap (its style, tiles, glyphs and sprites all live there). */
export const BASEMAP_ORIGINS: readonly string[] = [new URL(DEFAULT_BASEMAP_STYLE_URL).origin];

/** The online postcode service used when VITE_GEOCODER=postcodes.io (src/domain/geocoder.ts). */
export const POSTCODES_IO_ORIGIN = 'https://api.postcodes.io';

export interface CspEnv {
  VITE_SUPABASE_URL?: string;
  VITE_GEOCODER?: string;
  VITE_BASEMAP_STYLE_URL?: string;
  VITE_PUBLISHED_URL?: string;
  /** Partners' ORUK feeds the import may read: origins or URLs, separated by spaces or commas. */
  VITE_ORUK_FEED_ORIGINS?: string;
}

/**
 * meta: what a <meta http-equiv> may carry (browsers ignore frame-ancestors there and log an
 * error for it); header: the full policy for static hosts and `vite preview`.
 */
export type CspDelivery = 'meta' | 'header';

export type CspDirectives = Record<string, readonly string[]>;

/**
 * The origin of an absolute http(s) URL; null for empty, relative or other URLs, and for hosts
 * with characters that would end a source in the policy (a URL parser accepts "a.org;x").
 */
function originOf(url: string | undefined): string | null {
  if (!url?.trim()) return null;
  try {
    const { origin } = new URL(url.trim());
    return /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(origin) ? origin : null;
  } catch {
    return null;
  }
}

function supabaseOrigins(url: string | undefined): string[] {
  const origin = originOf(url);
  if (!origin) return [];
  // Supabase Realtime uses a WebSocket on the same host.
  const ws = origin.replace(/^http/, 'ws');
  return [origin, ws];
}

/** The directives for a build with this environment. */
export function cspDirectives(env: CspEnv, delivery: CspDelivery): CspDirectives {
  // The basemap the maps will use (src/map/basemapSetting.ts): none for an offline build.
  const setting = basemapSetting(env.VITE_BASEMAP_STYLE_URL);
  const basemap = setting.kind === 'online' ? [originOf(setting.styleUrl)] : [];
  const connect = [
    "'self'",
    ...supabaseOrigins(env.VITE_SUPABASE_URL),
    originOf(env.VITE_PUBLISHED_URL),
    env.VITE_GEOCODER === 'postcodes.io' ? POSTCODES_IO_ORIGIN : null,
    ...(env.VITE_ORUK_FEED_ORIGINS ?? '').split(/[\s,]+/).map(originOf),
    ...basemap,
  ];
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'worker-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...distinct(basemap)],
    'font-src': ["'self'"],
    'connect-src': distinct(connect),
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
  if (delivery === 'header') directives['frame-ancestors'] = ["'none'"];
  return directives;
}

function distinct(values: readonly (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

export function serialiseCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as one header or meta value. */
export function contentSecurityPolicy(env: CspEnv, delivery: CspDelivery): string {
  return serialiseCsp(cspDirectives(env, delivery));
}
