import { describe, expect, it } from 'vitest';
import { orgRoute } from '../../../src/features/organisation/orgRoute';
import { orgPaths } from '../../../src/app/paths';

const ORG = '0a000000-0000-4000-8000-00000000000a';
const ASSET = '1b2c3d4e-0000-4000-8000-000000000001';

describe('orgRoute', () => {
  it('reads every path orgPaths writes', () => {
    expect(orgRoute(orgPaths.home())).toEqual({ view: 'home' });
    expect(orgRoute(orgPaths.register())).toEqual({ view: 'register' });
    expect(orgRoute(orgPaths.assets(ORG))).toEqual({ view: 'assets', orgId: ORG });
    expect(orgRoute(orgPaths.profile(ORG))).toEqual({ view: 'profile', orgId: ORG });
    expect(orgRoute(orgPaths.members(ORG))).toEqual({ view: 'members', orgId: ORG });
    expect(orgRoute(orgPaths.newAsset(ORG))).toEqual({ view: 'new-asset', orgId: ORG });
    expect(orgRoute(orgPaths.asset(ORG, ASSET))).toEqual({ view: 'asset', orgId: ORG, assetId: ASSET });
  });

  it('ignores a trailing slash and a base path', () => {
    expect(orgRoute(`/common-ground/organisation/${ORG}/`)).toEqual({ view: 'assets', orgId: ORG });
  });

  it('sends anything else to not found rather than guessing', () => {
    for (const p of ['/organisation/not-a-uuid', `/organisation/${ORG}/assets/123`, `/organisation/${ORG}/nope`, `/organisation/${ORG}/assets/new/extra`]) {
      expect(orgRoute(p), p).toEqual({ view: 'not-found' });
    }
  });
});
