// Gives one map its basemap: the online style when it can be reached, else the offline one, and
// the offline one in place if the online basemap fails later (a style, tile, sprite or glyph
// error, or no first draw within LOAD_TIMEOUT_MS). Before the map's first load it swaps the whole
// style (nothing of the page's is drawn yet); after it, it removes the basemap's layers and shows
// the offline layers the online style carries hidden, so the page's own layers stay. The map's
// container says which basemap it shows in data-basemap ("online" or "offline").
import type { ErrorEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapSetting } from './basemapSetting';
import { fetchBasemapStyle, markBasemapUnreachable } from './fetchBasemapStyle';
import { offlineStyle, type OfflineUrls } from './offlineStyle';
import { offlineOnlyLayerIds, onlineStyle } from './onlineStyle';
import type { MapTheme } from './theme';

const LOAD_TIMEOUT_MS = 10_000;

export interface BasemapOptions {
  setting: BasemapSetting;
  theme: MapTheme;
  urls: OfflineUrls;
}

/** A failed request for something not on our own origin (a sprite, glyphs, a style's TileJSON). */
function offsiteRequestFailed(error: unknown): boolean {
  const url = (error as { url?: unknown } | null)?.url;
  return typeof url === 'string' && new URL(url, location.href).origin !== location.origin;
}

export function makeBasemap(map: MapLibreMap, o: BasemapOptions): () => void {
  let stopped = false;
  let loaded = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let online: { url: string; layers: string[]; sources: string[] } | null = null;
  // Kept after a fallback: late errors from the basemap's requests are expected, not news.
  const basemapSources = new Set<string>();
  const show = (kind: 'online' | 'offline') => (map.getContainer().dataset.basemap = kind);
  const useOffline = () => {
    show('offline');
    map.setStyle(offlineStyle(o.theme, o.urls), { diff: false });
  };

  const fallBack = () => {
    if (!online || stopped) return;
    const was = online;
    online = null;
    clearTimeout(timer);
    markBasemapUnreachable(was.url);
    if (!loaded) return useOffline();
    for (const id of was.layers) if (map.getLayer(id)) map.removeLayer(id);
    for (const id of was.sources) if (map.getSource(id)) map.removeSource(id);
    map.setGlyphs(o.urls.glyphs);
    for (const id of offlineOnlyLayerIds(o.theme)) map.setLayoutProperty(id, 'visibility', 'visible');
    show('offline');
  };

  // A hidden tab draws nothing, so it cannot load: only time spent visible counts as slow.
  const armWatchdog = () => {
    timer = setTimeout(() => (document.hidden ? armWatchdog() : fallBack()), LOAD_TIMEOUT_MS);
  };

  const onError = (e: ErrorEvent & { sourceId?: string }) => {
    if ((e.sourceId !== undefined && basemapSources.has(e.sourceId)) || offsiteRequestFailed(e.error)) return fallBack();
    // Listening replaces MapLibre's own logging; anything else is still worth seeing.
    console.error(e.error);
  };
  const onLoad = () => {
    loaded = true;
    clearTimeout(timer);
  };
  map.on('error', onError);
  map.once('load', onLoad);

  if (o.setting.kind === 'offline') {
    useOffline();
  } else {
    const url = o.setting.styleUrl;
    void fetchBasemapStyle(url).then((remote) => {
      if (stopped) return;
      if (!remote) return useOffline();
      let style;
      try {
        style = onlineStyle(remote, o.theme, o.urls);
      } catch (e) {
        console.error(`The basemap ${url} cannot be used: ${(e as Error).message}. Showing the offline map.`);
        return useOffline();
      }
      online = { url, layers: remote.layers.map((l) => l.id), sources: Object.keys(remote.sources) };
      for (const id of online.sources) basemapSources.add(id);
      show('online');
      map.setStyle(style, { diff: false });
      armWatchdog();
    });
  }

  return () => {
    stopped = true;
    clearTimeout(timer);
    map.off('error', onError);
    map.off('load', onLoad);
  };
}
