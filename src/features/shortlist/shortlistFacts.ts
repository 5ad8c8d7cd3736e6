// What the page, the paper, the messages and the CSV say about each shortlisted listing, worked
// out once: its current published details (or that it is no longer listed), its opening times in
// words, its address and its link.
import type { PublishedAssetProps } from '../../domain/types';
import type { HoursModule } from '../../domain/hoursModule';
import type { ShortlistItem } from '../../domain/shortlist';
import { isGeneralArea } from '../../domain/generalArea';
import { listingUrl } from '../../ui/shortlist/urls';
import { toCsv } from '../../domain/csvCell';
import { t } from './i18n';

export interface ListingFacts {
  item: ShortlistItem;
  /** The listing as published now; null when it is no longer published. */
  details: PublishedAssetProps | null;
  /** Opening times in words, one line each (or the text as given when it cannot be read). */
  times: string[];
  address: string;
  /** The listing's own page, absolute, for QR codes and messages. */
  url: string;
}

export function timesInWords(value: string | null, hours: HoursModule | null): string[] {
  if (!value?.trim()) return [t('timesNotGiven')];
  if (!hours) return [];
  const described = hours.describe(value);
  return described.ok ? described.lines : [t('timesAsGiven', { text: described.lines.join(' ') })];
}

export function addressText(d: PublishedAssetProps): string {
  if (isGeneralArea(d)) return t('privateAddress');
  return [d.address, d.postcode].filter(Boolean).join(', ') || t('noAddress');
}

export function listingFacts(item: ShortlistItem, details: PublishedAssetProps | null, hours: HoursModule | null): ListingFacts {
  return {
    item,
    details,
    times: details ? timesInWords(details.opening_hours, hours) : [],
    address: details ? addressText(details) : '',
    url: listingUrl(item.id),
  };
}

/** The shortlist as a spreadsheet: one row per listing, in the shortlist's order. */
export function shortlistCsv(facts: readonly ListingFacts[]): string {
  const header = [
    t('csvNumber'),
    t('csvName'),
    t('csvOffers'),
    t('csvTimes'),
    t('csvAddress'),
    t('csvPhone'),
    t('csvEmail'),
    t('csvWebsite'),
    t('csvNote'),
    t('csvLink'),
  ];
  const rows = facts.map((f, i) => {
    const d = f.details;
    return [
      String(i + 1),
      d?.name ?? `${f.item.name} (${t('messageNoLongerListed')})`,
      d?.description ?? '',
      f.times.join('; '),
      f.address,
      d?.phone ?? '',
      d?.email ?? '',
      d?.website ?? '',
      f.item.note,
      f.url,
    ];
  });
  return toCsv([header, ...rows]);
}

/** The text of an e-mail or text message: each listing's name, times and phone, the notes, then the link. */
export function shortlistMessage(facts: readonly ListingFacts[], link: string): string {
  const entries = facts
    .filter((f) => f.details)
    .map((f, i) => {
      const d = f.details!;
      const lines = [`${i + 1}. ${d.name}`, ...f.times];
      if (d.phone) lines.push(t('messagePhone', { phone: d.phone }));
      if (f.item.note) lines.push(f.item.note);
      return lines.join('\n');
    });
  return [t('messageIntro'), ...entries, `${t('messageLink')}\n${link}`].join('\n\n');
}
