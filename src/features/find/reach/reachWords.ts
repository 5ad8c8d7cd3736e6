// A reach preset in words, in the current language: "Within a 15 minute walk (about 1.2 km)"
// for the control, "within a 15 minute walk" for the result summary.
import { formatNumber } from '../../../i18n';
import { reachPreset, type ReachPreset } from '../../../domain/reach';
import { t } from './i18n';

export function reachDistance(metres: number): string {
  return metres < 1000 ? `${formatNumber(metres)} m` : `${formatNumber(metres / 1000, { maximumFractionDigits: 1 })} km`;
}

export function reachLabel(p: ReachPreset): string {
  const args = { minutes: p.minutes, distance: reachDistance(p.metres) };
  return p.mode === 'walk' ? t('walk', args) : t('drive', args);
}

/** For the result count: null when no preset is in force (no location, or any distance). */
export function reachSummary(id: string | null, hasPlace: boolean): string | null {
  const p = hasPlace ? reachPreset(id) : null;
  if (!p) return null;
  return p.mode === 'walk' ? t('summaryWalk', { minutes: p.minutes }) : t('summaryDrive', { minutes: p.minutes });
}

/** "Search again over a wider area: within a 30 minute walk (about 2.4 km) (3 results)". */
export function widerAreaLabel(reach: string | null | undefined, count: number): string {
  const p = reachPreset(reach);
  const area = p ? reachLabel(p).replace(/^./, (c) => c.toLowerCase()) : t('anyDistanceArea');
  return t('widerArea', { area, count });
}
