// Which organisation view a path asks for. The app routes /organisation/* here; parsing the rest
// in one pure function keeps every view linkable and testable without a router.
import type { Uuid } from '../../domain/types';

export type OrgView =
  | { view: 'home' }
  | { view: 'register' }
  | { view: 'assets'; orgId: Uuid }
  | { view: 'profile'; orgId: Uuid }
  | { view: 'members'; orgId: Uuid }
  | { view: 'new-asset'; orgId: Uuid }
  | { view: 'asset'; orgId: Uuid; assetId: Uuid }
  | { view: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function orgRoute(pathname: string): OrgView {
  const parts = pathname.split('/').filter(Boolean);
  const at = parts.indexOf('organisation');
  const rest = at < 0 ? [] : parts.slice(at + 1).map(decodeURIComponent);
  if (rest.length === 0) return { view: 'home' };
  if (rest.length === 1 && rest[0] === 'register') return { view: 'register' };
  const [orgId, section, assetId, extra] = rest;
  if (!UUID.test(orgId) || extra !== undefined) return { view: 'not-found' };
  if (section === undefined) return assetId === undefined ? { view: 'assets', orgId } : { view: 'not-found' };
  if (section === 'profile' && assetId === undefined) return { view: 'profile', orgId };
  if (section === 'members' && assetId === undefined) return { view: 'members', orgId };
  if (section === 'assets' && assetId === 'new') return { view: 'new-asset', orgId };
  if (section === 'assets' && assetId && UUID.test(assetId)) return { view: 'asset', orgId, assetId };
  return { view: 'not-found' };
}
