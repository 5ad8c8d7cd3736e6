// Which basemap the maps try first, from VITE_BASEMAP_STYLE_URL: unset means OpenFreeMap's
// Positron (keyless, free, no cookies; OpenStreetMap data under the ODbL, OpenMapTiles design under
// CC BY 4.0, credited by the tiles' own attribution), "offline" means never go online, anything else
// is the URL of another MapLibre style. Plain data, so the About page can say which service it is
// without loading the map.
import { t } from './i18n';

/** A light, quiet style: streets and place names that stay behind the listings' markers. */
export const DEFAULT_BASEMAP_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';

export type BasemapSetting = { kind: 'offline' } | { kind: 'online'; styleUrl: string };

export function basemapSetting(value: string | undefined): BasemapSetting {
  const v = value?.trim();
  if (!v) return { kind: 'online', styleUrl: DEFAULT_BASEMAP_STYLE_URL };
  if (v.toLowerCase() === 'offline') return { kind: 'offline' };
  return { kind: 'online', styleUrl: v };
}

/** The privacy notice's sentence about map tiles. */
export function basemapPrivacyNotice(setting: BasemapSetting): string {
  if (setting.kind === 'offline') return t('basemapOffline');
  const host = new URL(setting.styleUrl, 'https://invalid.example').host;
  const who = setting.styleUrl === DEFAULT_BASEMAP_STYLE_URL ? `OpenFreeMap (${host})` : host;
  return t('basemapOnline', { who });
}
