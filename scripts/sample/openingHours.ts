// Opening hours in OpenStreetMap `opening_hours` syntax, in the shapes real directories hold:
// office hours for places, a few sessions a week for services, and one slot a week (or a month)
// for groups. Every value is built from parts the opening_hours parser accepts without warnings;
// tests/unit/sample-data.test.ts checks each one in data/assets.json.
import type { AssetKind } from '../../src/domain/types';
import type { Random } from './random';

const PLACE_HOURS = [
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 08:30-16:30',
  'Mo-Fr 09:00-17:00; PH off',
  'Mo-Sa 09:00-17:30; Su 10:00-16:00',
  'Mo-Fr 09:00-21:00; Sa 09:00-13:00',
  'Mo-Th 09:00-20:00; Fr 09:00-17:00; Sa 10:00-14:00',
  'Mo-Fr 09:00-12:00,13:00-17:00',
  'Tu-Sa 10:00-16:00',
  'Mo-Su 08:00-20:00',
  'Mo,We,Fr 09:30-15:30',
];
const OUTDOOR_HOURS = ['24/7', '24/7', 'Mo-Su 07:30-20:00', 'Mo-Su 08:00-18:00; Apr-Sep 08:00-21:00'];
const SERVICE_HOURS = [
  'Mo-Fr 09:00-17:00',
  'Mo-Fr 09:00-16:00; Th 09:00-19:00',
  'Tu,Th 10:00-14:00',
  'Mo,We,Fr 10:00-15:00',
  'Mo 13:00-16:00',
  'We 09:30-12:30',
  'Th 10:00-12:00',
  'Mo-Th 09:30-16:30; Fr 09:30-13:00',
  'Tu 10:00-12:00; Th 17:00-19:00',
  'Fr 09:00-12:00',
];
const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const SLOTS = ['09:30-11:30', '10:00-12:00', '10:30-12:30', '13:00-15:00', '13:30-15:30', '14:00-16:00', '18:00-20:00', '18:30-20:30', '19:00-21:00'];
const WEEKS = ['[1]', '[2]', '[3]', '[4]', '[-1]', '[1,3]', '[2,4]'];

/** One weekly, fortnightly or monthly session, e.g. "We[1,3] 18:00-20:00" or "Tu,Th 10:00-12:00". */
function groupHours(rnd: Random): string {
  const day = rnd.pick(DAYS.slice(0, 6));
  const slot = rnd.pick(SLOTS);
  const shape = rnd.next();
  if (shape < 0.6) return `${day} ${slot}`;
  if (shape < 0.8) return `${day}${rnd.pick(WEEKS)} ${slot}`;
  const [a, b] = rnd.sample(DAYS.slice(0, 5), 2).sort((x, y) => DAYS.indexOf(x) - DAYS.indexOf(y));
  return `${a},${b} ${slot}`;
}

/**
 * Hours for one asset, or null for a group that meets "by arrangement" (the description says so).
 * Outdoor places (parks, gardens) are mostly always open.
 */
export function pickOpeningHours(rnd: Random, kind: AssetKind, primaryCategory: string): string | null {
  if (kind === 'place') {
    if (primaryCategory === 'green-spaces') return rnd.pick(OUTDOOR_HOURS);
    if (primaryCategory === 'housing' && rnd.chance(0.2)) return '24/7';
    return rnd.pick(PLACE_HOURS);
  }
  if (kind === 'service') return rnd.chance(0.06) ? null : rnd.pick(SERVICE_HOURS);
  return rnd.chance(0.15) ? null : groupHours(rnd);
}
