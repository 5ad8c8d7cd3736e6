import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTBOX_KINDS, bodyText, isAppPath, kindInWords, recipients } from '../../../src/features/outbox/outboxView';
import en from '../../../src/features/outbox/i18n/en';
import type { OutboxMessage } from '../../../src/backend/api';

const message = (to_email: string, text_body = 'Hello.'): OutboxMessage => ({
  id: to_email,
  kind: 'decision',
  to_email,
  subject: 'S',
  text_body,
  links: [],
  unsubscribe_url: null,
  optional: false,
  status: 'queued',
  created_at: '2026-12-03T09:00:00Z',
});

describe('the Outbox page’s view of messages', () => {
  it('names each kind of message in words, and any new kind readably', () => {
    expect(kindInWords('check_due')).toBe('Check reminder');
    expect(kindInWords('something_new')).toBe('something new');
  });

  it('has words in the dictionary for every kind the database allows', () => {
    const sql = readFileSync(join(__dirname, '../../../supabase/migrations/20261202180000_outbox.sql'), 'utf8');
    const check = /constraint outbox_kind_check check \(kind in \(([^)]*)\)\)/.exec(sql)?.[1] ?? '';
    const kinds = [...check.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThan(0);
    expect([...OUTBOX_KINDS].sort()).toEqual([...kinds].sort());
    for (const kind of OUTBOX_KINDS) {
      expect(en[`kind_${kind}`]).toBeTruthy();
      expect(kindInWords(kind)).toBe(en[`kind_${kind}`]);
    }
  });

  it('lists each recipient once, alphabetically, with their count', () => {
    expect(recipients([message('b@example.org'), message('a@example.org'), message('b@example.org')])).toEqual([
      { email: 'a@example.org', count: 1 },
      { email: 'b@example.org', count: 2 },
    ]);
  });

  it('shows the text without the sign-off, which the page gives as a link', () => {
    expect(bodyText(message('a@example.org', 'Line one.\n\nSee it: /x\n\n-- \nCommon Ground.\nYou can stop these e-mails: /unsubscribe?token=t'))).toBe(
      'Line one.\n\nSee it: /x',
    );
    expect(bodyText(message('a@example.org', 'No footer'))).toBe('No footer');
  });

  it('opens app paths in the app, and nothing else as one', () => {
    expect(isAppPath('/confirm?token=x')).toBe(true);
    expect(isAppPath('//evil.example/x')).toBe(false);
    expect(isAppPath('https://map.example.gov.uk/confirm')).toBe(false);
  });
});
