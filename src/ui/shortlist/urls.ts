// Absolute addresses for paper and messages: a QR code or a text message needs the whole URL.
import { encodeShortlist, type ShortlistItem } from '../../domain/shortlist';

export const SHORTLIST_PATH = '/shortlist';

/** The app's own absolute address for one of its paths (routes are from the site's root). */
export const appUrl = (path: string) => new URL(path, location.origin).href;

export const listingUrl = (id: string) => appUrl(`/asset/${encodeURIComponent(id)}`);

/** The link that reopens a shortlist: in the fragment, which browsers never send to a server or in a Referer. */
export const shortlistLink = (items: readonly ShortlistItem[]) => `${appUrl(SHORTLIST_PATH)}#s=${encodeShortlist(items)}`;
