// A postcode typed into Search (domain/search/postcodeQuery.ts) is looked up as a place, so the
// page can offer "Search near WN2 3AN" and search only the other words as words. A district
// ("WN2") the postcode table does not know is searched as text after all: "A1B" has the form
// of a district and may be a word of a listing.
import { createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import type { LatLng } from '../../domain/geocoder';
import { postcodeInQuery, type PostcodeInQuery } from '../../domain/search';
import { loadGeocoder, loadPostcodeTable } from '../../lib/loadGeocoder';

export type PostcodePlace =
  | { status: 'looking'; code: string }
  | { status: 'found'; code: string; point: LatLng }
  | { status: 'unknown'; code: string }
  | { status: 'failed'; code: string; message: string };

export interface PostcodeOffer {
  /** The postcode in the query, or null. */
  inQuery: Accessor<PostcodeInQuery | null>;
  /** Where it is, once looked up; null when the query has no postcode. */
  place: Accessor<PostcodePlace | null>;
  /** The words to search as words: the query without a postcode that is a place. */
  words: Accessor<string>;
}

async function locate(found: PostcodeInQuery): Promise<PostcodePlace> {
  const { code } = found;
  try {
    const point = found.kind === 'district' ? (await loadPostcodeTable()).district(code) : await (await loadGeocoder()).lookup(code);
    return point ? { status: 'found', code, point } : { status: 'unknown', code };
  } catch (e) {
    return { status: 'failed', code, message: (e as Error).message };
  }
}

export function createPostcodeOffer(query: Accessor<string>): PostcodeOffer {
  const inQuery = createMemo(() => postcodeInQuery(query()), null, {
    equals: (a, b) => a === b || (!!a && !!b && a.kind === b.kind && a.code === b.code && a.rest === b.rest),
  });
  const key = createMemo(() => {
    const q = inQuery();
    return q ? `${q.kind} ${q.code}` : null;
  });
  const [place, setPlace] = createSignal<PostcodePlace | null>(null);
  // Typing on looks a new postcode up; an answer for one no longer in the box is dropped.
  let asked = 0;
  createEffect(
    on(key, (k) => {
      const ask = ++asked;
      const q = inQuery();
      if (!k || !q) return setPlace(null);
      setPlace({ status: 'looking', code: q.code });
      void locate(q).then((p) => {
        if (ask === asked) setPlace(p);
      });
    }),
  );
  const words = () => {
    const q = inQuery();
    if (!q) return query();
    return q.kind === 'district' && place()?.status === 'unknown' ? query() : q.rest;
  };
  return { inQuery, place, words };
}
