// A shortlist travels in a link and sits in localStorage: whatever comes back (cut short,
// altered, from an older version, longer than allowed) keeps what it can and says what it lost.
import { describe, expect, it } from 'vitest';
import {
  SHORTLIST_MAX_ITEMS,
  SHORTLIST_NOTE_MAX,
  decodeShortlist,
  encodeShortlist,
  mergeShortlists,
  moveShortlistItem,
  readShortlistItems,
  type ShortlistItem,
} from '../../../src/domain/shortlist';

const id = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const item = (n: number, note = ''): ShortlistItem => ({ id: id(n), name: `Listing ${n}`, note });
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('a shortlist link', () => {
  it('reopens the same items in the same order, notes and all (accents, emoji, quotes)', () => {
    const items = [item(1, 'ask for Jean'), item(2), item(3, 'Zażółć gęślą jaźń 😀 "quoted", & more')];
    const decoded = decodeShortlist(encodeShortlist(items));
    expect(decoded).toEqual({ ok: true, items, skipped: 0, overLimit: 0, shortenedNotes: [] });
  });

  it('is only letters, digits and -_. so no mail program or phone breaks it', () => {
    expect(encodeShortlist([item(1, 'a/b+c=d?&#')])).toMatch(/^1\.[A-Za-z0-9_-]+$/);
  });

  it('refuses a link cut short, altered, of another version or not a shortlist at all', () => {
    const good = encodeShortlist([item(1, 'note'), item(2)]);
    for (const bad of [
      good.slice(0, good.length - 7),
      good.slice(0, 10),
      good.replace(/^1\./, '2.'),
      good.replace(/.$/, '!'),
      '1.' + b64('{"not":"a list"}'),
      '1.' + b64('[["not-a-uuid","x"]]'),
      '1.' + b64('not json'),
      '',
      null,
    ]) {
      expect(decodeShortlist(bad), String(bad)).toEqual({ ok: false });
    }
  });

  it('keeps the good entries of a tampered link and counts the rest', () => {
    const raw = [[id(1), 'One'], ['nope', 'Bad'], 42, [id(1), 'Repeat'], [id(2), 'Two', 'hi']];
    const decoded = decodeShortlist('1.' + b64(JSON.stringify(raw)));
    expect(decoded.ok && decoded.items.map((i) => i.name)).toEqual(['One', 'Two']);
    expect(decoded.ok && decoded.skipped).toBe(3);
  });

  it('cuts an over-long note to the limit and names whose it was', () => {
    const decoded = decodeShortlist('1.' + b64(JSON.stringify([[id(1), 'Long one', 'x'.repeat(SHORTLIST_NOTE_MAX + 50)]])));
    expect(decoded.ok && decoded.items[0].note.length).toBe(SHORTLIST_NOTE_MAX);
    expect(decoded.ok && decoded.shortenedNotes).toEqual(['Long one']);
  });

  it('keeps the first listings up to the limit and counts those left out', () => {
    const many = Array.from({ length: SHORTLIST_MAX_ITEMS + 3 }, (_, i) => [id(i + 1), `L${i}`]);
    const read = readShortlistItems(many);
    expect(read.items).toHaveLength(SHORTLIST_MAX_ITEMS);
    expect(read.overLimit).toBe(3);
  });
});

describe('merging a sent shortlist into mine', () => {
  it('keeps mine first, adds the new ones after, and joins differing notes on a listing both hold', () => {
    const { items } = mergeShortlists([item(1, 'mine'), item(2)], [item(3), item(1, 'theirs'), item(2, 'only theirs')]);
    expect(items.map((i) => [i.id, i.note])).toEqual([
      [id(1), 'mine / theirs'],
      [id(2), 'only theirs'],
      [id(3), ''],
    ]);
  });

  it('keeps my note when joining would pass the limit, and counts listings past the list limit', () => {
    const mine = Array.from({ length: SHORTLIST_MAX_ITEMS }, (_, i) => item(i + 1, i === 0 ? 'm'.repeat(SHORTLIST_NOTE_MAX - 2) : ''));
    const { items, overLimit } = mergeShortlists(mine, [item(1, 'long enough'), item(99)]);
    expect(items[0].note).toBe('m'.repeat(SHORTLIST_NOTE_MAX - 2));
    expect(items).toHaveLength(SHORTLIST_MAX_ITEMS);
    expect(overLimit).toBe(1);
  });
});

describe('moving an item', () => {
  it('moves up and down one place and stops at either end', () => {
    const list = [item(1), item(2), item(3)];
    const names = (l: ShortlistItem[]) => l.map((i) => i.name.slice(-1)).join('');
    expect(names(moveShortlistItem(list, id(3), -1))).toBe('132');
    expect(names(moveShortlistItem(list, id(1), 1))).toBe('213');
    expect(names(moveShortlistItem(list, id(1), -1))).toBe('123');
    expect(names(moveShortlistItem(list, id(3), 1))).toBe('123');
  });
});
