// The one data-loading idiom (src/app/data/liveData.ts): reads are named router queries, and a write
// asks again only the reads of what it changed.
import '../ui/windowForRouter';
import { RouterContext, query } from '@solidjs/router';
import { createComponent, createRoot, type Resource } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Api } from '../../../src/backend/api';
import { createLiveRead, revalidateAll, written } from '../../../src/app/data/liveData';
import { CHANGES, READ_KEYS } from '../../../src/app/data/readKeys';
import { createReads } from '../../../src/app/data/reads';

// Long enough for a revalidation asked again a millisecond later (liveData.ts).
const tick = () => new Promise((r) => setTimeout(r, 5));

/** A query read under a component calls useNavigate, so it needs a router above it: a stand-in. */
function underRouter<T>(make: () => T): { value: T; dispose: () => void } {
  return createRoot((dispose) => {
    let value!: T;
    createComponent(RouterContext.Provider, {
      value: { navigatorFactory: () => () => {} } as never,
      get children() {
        value = make();
        return null;
      },
    });
    return { value, dispose };
  });
}

/** An API whose reads count how often they were asked, and answer with that count. */
function countingApi() {
  const asked: Record<string, number> = {};
  const count = (name: string) => async () => (asked[name] = (asked[name] ?? 0) + 1);
  const api = {
    organisation: count('organisation'),
    orgAssets: count('orgAssets'),
    asset: count('asset'),
    assetEvents: count('assetHistory'),
    reviewQueue: count('reviewQueue'),
  } as unknown as Api;
  return { api, asked };
}

let dispose = () => {};
afterEach(() => {
  dispose();
  query.clear();
});

describe('live reads and writes', () => {
  it('asks again only the reads of what a write changed', async () => {
    const { api, asked } = countingApi();
    const reads = createReads(api, async () => ({ user_id: null, email: null, staff_role: null, memberships: [], invitations: 0 }));
    const r = underRouter(() => ({
      org: createLiveRead(() => reads.organisation('o1'))[0] as Resource<unknown>,
      assets: createLiveRead(() => reads.orgAssets('o1'))[0] as Resource<unknown>,
      asset: createLiveRead(() => reads.asset('a1'))[0] as Resource<unknown>,
      history: createLiveRead(() => reads.assetHistory('a1'))[0] as Resource<unknown>,
    }));
    dispose = r.dispose;
    await tick();
    expect(asked).toEqual({ organisation: 1, orgAssets: 1, asset: 1, assetHistory: 1 });

    // Members changed: the organisation is read again, its listings are not.
    await written('members');
    await tick();
    expect(asked).toEqual({ organisation: 2, orgAssets: 1, asset: 1, assetHistory: 1 });
    expect(r.value.org()).toBe(2);

    // "asset" is a prefix of "assetHistory": an organisation change reads the listing again
    // (it shows the organisation's name), never its history.
    await written('organisation');
    await tick();
    expect(asked).toEqual({ organisation: 3, orgAssets: 1, asset: 2, assetHistory: 1 });

    await written('listing');
    await tick();
    expect(asked).toEqual({ organisation: 3, orgAssets: 2, asset: 3, assetHistory: 2 });
    expect(r.value.assets()).toBe(2);
  });

  it('asks every read again when who is asking changed', async () => {
    const { api, asked } = countingApi();
    const reads = createReads(api, async () => ({ user_id: null, email: null, staff_role: null, memberships: [], invitations: 0 }));
    const r = underRouter(() => {
      createLiveRead(() => reads.organisation('o1'));
      createLiveRead(() => reads.reviewQueue());
    });
    dispose = r.dispose;
    await tick();
    await revalidateAll();
    await tick();
    expect(asked).toEqual({ organisation: 2, reviewQueue: 2 });
  });

  it('shows the newest answer when an older read answers last', async () => {
    const answers: ((v: string) => void)[] = [];
    const api = { reviewQueue: () => new Promise<string>((resolve) => answers.push(resolve)) } as unknown as Api;
    const reads = createReads(api, async () => ({ user_id: null, email: null, staff_role: null, memberships: [], invitations: 0 }));
    const r = underRouter(() => createLiveRead(() => reads.reviewQueue())[0] as Resource<unknown>);
    dispose = r.dispose;
    answers[0]('first');
    await tick();
    expect(r.value()).toBe('first');
    void written('listing');
    await tick();
    void written('listing');
    await tick();
    expect(answers).toHaveLength(3);
    answers[2]('newest');
    await tick();
    answers[1]('older');
    await tick();
    expect(r.value.latest).toBe('newest');
  });

  it('names every key a change revalidates among the reads', () => {
    for (const keys of Object.values(CHANGES)) for (const k of keys) expect(READ_KEYS).toContain(k);
  });
});
