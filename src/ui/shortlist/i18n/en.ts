// The shortlist's buttons on results and asset pages, and its link in the header.
import { plural } from '../../../i18n';

export default {
  add: 'Add to shortlist',
  remove: 'Remove from shortlist',
  added: (p: { count: number }) => plural(p.count, { one: 'Added. Your shortlist has 1 listing.', other: `Added. Your shortlist has ${p.count} listings.` }),
  removed: 'Removed from your shortlist.',
  full: (p: { max: number }) => `Your shortlist is full (${p.max} listings). Remove one to add another.`,
  notSaved: 'Added for now, but this browser is not saving it: print, send or download the shortlist before you close this tab.',
  navLink: 'Shortlist',
  navCount: (p: { count: number }) => plural(p.count, { one: '1 listing', other: `${p.count} listings` }),
  qrLabel: (p: { name: string }) => `QR code for ${p.name}`,
  qrCaption: 'Scan to open this listing',
} as const;
