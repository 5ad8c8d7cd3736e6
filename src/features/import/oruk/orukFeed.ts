// Reads a whole ORUK feed from its base URL: GET <base>/services?page=N&per_page=M&full=true until the last
// page, then GET <base>/services/{id} for the list items that are not fully nested, a few at a
// time. Any failure stops the read with a message that says what is wrong with the feed, and
// nothing is imported: a feed read in part would archive or miss listings without saying so.
import { servicesFromJson, type OrukPage } from './orukJson';
import type { OrukService } from './orukServices';
import { formatNumber } from '../../../i18n';

export interface FeedProgress {
  pagesRead: number;
  /** null until the first page says how many there are. */
  totalPages: number | null;
  servicesListed: number;
  detailsRead: number;
  detailsNeeded: number;
}

export interface FeedOptions {
  signal?: AbortSignal;
  onProgress?: (p: FeedProgress) => void;
  fetch?: typeof fetch;
  perPage?: number;
  /** Detail requests in flight at once. */
  concurrency?: number;
  /** More pages than this and the feed is refused (a page that never ends). */
  maxPages?: number;
  /** More services than this and the feed is refused. */
  maxServices?: number;
  /** Longest wait for one response, in milliseconds. */
  timeoutMs?: number;
  /** Largest response, in bytes. */
  maxBytes?: number;
}

export class OrukFeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrukFeedError';
  }
}

/** The moderator pressed Cancel. */
export class FeedCancelled extends Error {
  constructor() {
    super('Reading the feed was cancelled.');
    this.name = 'FeedCancelled';
  }
}

export const FEED_LIMITS = { perPage: 100, concurrency: 6, maxPages: 1000, maxServices: 20_000, timeoutMs: 30_000, maxBytes: 20 * 1024 * 1024 };

/** "https://x.org/oruk/" or ".../oruk/services" → "https://x.org/oruk"; a message when it is not a web address. */
export function feedBase(input: string): { ok: true; base: string } | { ok: false; message: string } {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: 'Enter the address of the ORUK feed, like https://example.org/oruk' };
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return { ok: false, message: `“${raw}” is not a web address; enter one like https://example.org/oruk` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, message: 'The feed address must start with https:// or http://' };
  url.search = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '').replace(/\/services$/, '');
  return { ok: true, base: `${url.origin}${path}` };
}

/** A service from a list page is "fully nested" when it already carries what /services/{id} adds. */
function isNested(s: OrukService): boolean {
  return Array.isArray(s.service_at_locations) || Array.isArray(s.schedules) || Array.isArray(s.attributes);
}

export async function readOrukFeed(baseInput: string, options: FeedOptions = {}): Promise<OrukService[]> {
  const parsed = feedBase(baseInput);
  if (!parsed.ok) throw new OrukFeedError(parsed.message);
  const base = parsed.base;
  const doFetch = options.fetch ?? fetch;
  const perPage = options.perPage ?? FEED_LIMITS.perPage;
  const maxPages = options.maxPages ?? FEED_LIMITS.maxPages;
  const maxServices = options.maxServices ?? FEED_LIMITS.maxServices;
  const progress: FeedProgress = { pagesRead: 0, totalPages: null, servicesListed: 0, detailsRead: 0, detailsNeeded: 0 };
  const report = () => options.onProgress?.({ ...progress });

  async function getJson(url: string, what: string): Promise<unknown> {
    // Each request has its own time limit, so a response that never finishes cannot hang the read.
    const timer = new AbortController();
    const timeout = setTimeout(() => timer.abort(), options.timeoutMs ?? FEED_LIMITS.timeoutMs);
    const stop = () => timer.abort();
    options.signal?.addEventListener('abort', stop);
    try {
      let res: Response;
      try {
        res = await doFetch(url, { signal: timer.signal, headers: { accept: 'application/json' } });
      } catch {
        throw unreachable(what);
      }
      const type = res.headers.get('content-type') ?? '';
      if (!res.ok) throw new OrukFeedError(`The feed answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${what} (${url}). Check the address.`);
      const body = await bodyText(res, url);
      if (/html/i.test(type) || /^\s*<(!doctype|html|head|body)/i.test(body)) {
        throw new OrukFeedError(
          `${url} returned a web page (HTML), not ORUK JSON. Check that the address is the feed itself (it usually ends in /oruk or /api), not a page about it.`,
        );
      }
      try {
        return JSON.parse(body);
      } catch {
        throw new OrukFeedError(`${url} did not return JSON${type ? ` (it sent ${type.split(';')[0]})` : ''}, so it is not an ORUK feed.`);
      }
    } catch (e) {
      if (options.signal?.aborted) throw new FeedCancelled();
      if (timer.signal.aborted && !(e instanceof OrukFeedError && e.message.includes('too large'))) {
        throw new OrukFeedError(
          `The feed took more than ${Number(((options.timeoutMs ?? FEED_LIMITS.timeoutMs) / 1000).toFixed(1))} seconds to send ${what}; stopped, and nothing was imported.`,
        );
      }
      throw e;
    } finally {
      clearTimeout(timeout);
      options.signal?.removeEventListener('abort', stop);
    }
  }

  function unreachable(what: string) {
    return new OrukFeedError(
      `The feed at ${base} could not be reached (${what}). Check the address; the server may be down, it may not let other sites read it (CORS), or this site may not be set up to read it (VITE_ORUK_FEED_ORIGINS).`,
    );
  }

  /** The body as text, refusing one larger than the limit (a page that never ends). */
  async function bodyText(res: Response, url: string): Promise<string> {
    const max = options.maxBytes ?? FEED_LIMITS.maxBytes;
    if (!res.body) return res.text();
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel().catch(() => {});
        throw new OrukFeedError(
          `${url} is too large (more than ${max >= 1024 * 1024 ? `${Math.round(max / 1024 / 1024)} MB` : `${Math.round(max / 1024)} KB`} for one page); stopped, and nothing was imported.`,
        );
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return new TextDecoder().decode(all);
  }

  // The pages.
  const services: OrukService[] = [];
  const seenPages = new Set<string>();
  for (let page = 1; ; page++) {
    if (page > maxPages) throw new OrukFeedError(`The feed has more than ${maxPages} pages; stopped so as not to read for ever. Nothing was imported.`);
    // full=true (in the ORUK OpenAPI) asks for nested services, sparing a request per service; a
    // feed that ignores it sends summaries, and their details are fetched below.
    const url = `${base}/services?page=${page}&per_page=${perPage}&full=true`;
    const read = servicesFromJson(await getJson(url, `page ${page} of its services`));
    if (!read.ok || !read.page) {
      throw new OrukFeedError(`${url} is not a page of ORUK services: ${read.ok ? 'it has no “contents” list' : read.message} Nothing was imported.`);
    }
    const p: OrukPage = read.page;
    if (page === 1) {
      if (p.total_pages !== null && p.total_pages > maxPages) {
        throw new OrukFeedError(
          `The feed says it has ${p.total_pages} pages, more than the ${maxPages} we read; nothing was imported. Ask for a larger per_page or a smaller feed.`,
        );
      }
      progress.totalPages = p.total_pages;
    }
    // A feed that ignores ?page= sends the first page again and again.
    const fingerprint = JSON.stringify(p.contents.map((s) => s.id ?? s.name ?? null));
    if (p.contents.length > 0 && seenPages.has(fingerprint)) {
      throw new OrukFeedError(`Page ${page} of the feed repeats an earlier page, so its pages never end; nothing was imported. The feed may ignore the page parameter.`);
    }
    seenPages.add(fingerprint);
    services.push(...p.contents);
    progress.pagesRead = page;
    progress.servicesListed = services.length;
    report();
    if (services.length > maxServices) throw new OrukFeedError(`The feed lists more than ${formatNumber(maxServices)} services; nothing was imported.`);
    const last = p.contents.length === 0 || (p.total_pages !== null ? page >= p.total_pages : p.contents.length < perPage);
    if (last) break;
  }

  // The details, for list items that are only summaries.
  const needed = services.map((s, i) => [s, i] as const).filter(([s]) => !isNested(s) && typeof s.id === 'string' && s.id !== '');
  progress.detailsNeeded = needed.length;
  report();
  let next = 0;
  let failed = false;
  async function worker() {
    while (next < needed.length && !failed) {
      const [s, i] = needed[next++];
      const url = `${base}/services/${encodeURIComponent(s.id as string)}`;
      const detail = await getJson(url, `service ${String(s.id)}`);
      const read = servicesFromJson(detail);
      if (!read.ok || read.page || read.services.length !== 1) {
        throw new OrukFeedError(`${url} is not an ORUK service: ${read.ok ? 'it is a list, not one service' : read.message} Nothing was imported.`);
      }
      services[i] = read.services[0];
      progress.detailsRead++;
      report();
    }
  }
  const pool = Array.from({ length: Math.min(options.concurrency ?? FEED_LIMITS.concurrency, needed.length) }, () =>
    worker().catch((e: unknown) => {
      failed = true;
      throw e;
    }),
  );
  await Promise.all(pool);
  return services;
}
