// Domain words in the resident's language. src/i18n is a base layer: the domain may use it.
import { createTranslator, formatDate } from '../../i18n';
import type { AccessibilityFeature, AgeGroup, AssetKind } from '../types';
import en from './en';

export const t = createTranslator(en, { pl: () => import('./pl') });

export const kindLabel = (k: AssetKind) => t(`kind_${k}`);
export const kindPlural = (k: AssetKind) => t(`kinds_${k}`);
export const ageLabel = (a: AgeGroup | string) => (`age_${a}` in en ? t(`age_${a as AgeGroup}`) : a);
export const accessLabel = (a: AccessibilityFeature | string) => (`access_${a}` in en ? t(`access_${a as AccessibilityFeature}`) : a);

/** "Monday", "poniedziałek": a weekday (0 Sunday .. 6 Saturday) in the current language. */
export function weekdayName(day: number): string {
  // 2023-01-01 was a Sunday.
  return formatDate(new Date(2023, 0, 1 + day), { weekday: 'long' });
}

/** A taxonomy category's name in the current language (its own label where none is given). */
export const categoryName = (c: { slug: string; label: string }) => t('categoryName', { slug: c.slug, label: c.label });
