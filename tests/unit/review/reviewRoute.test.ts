import { describe, expect, it } from 'vitest';
import { reviewPaths, reviewRoute } from '../../../src/features/review/reviewRoute';

const ID = '0a000000-0000-4000-8000-00000000000a';

describe('reviewRoute', () => {
  it('reads every path reviewPaths writes', () => {
    expect(reviewRoute(reviewPaths.queue())).toEqual({ view: 'queue' });
    expect(reviewRoute(reviewPaths.asset(ID))).toEqual({ view: 'asset', id: ID });
    expect(reviewRoute(reviewPaths.organisation(ID))).toEqual({ view: 'organisation', id: ID });
    expect(reviewRoute(reviewPaths.stale())).toEqual({ view: 'stale' });
    expect(reviewRoute(reviewPaths.mail())).toEqual({ view: 'mail' });
    expect(reviewRoute(reviewPaths.export())).toEqual({ view: 'export' });
    expect(reviewRoute(reviewPaths.reports())).toEqual({ view: 'reports' });
    expect(reviewRoute(reviewPaths.suggestions())).toEqual({ view: 'suggestions' });
  });

  it('sends unknown paths to not found', () => {
    expect(reviewRoute('/review/asset/123')).toEqual({ view: 'not-found' });
    expect(reviewRoute('/review/things')).toEqual({ view: 'not-found' });
  });
});
