// Fetches an online basemap's style once per page load, giving up after a few seconds. Once a
// basemap has failed on this page, every later map skips it and goes straight to the offline
// style, so an unreachable service costs one failed request, not one per map or per tile.
import type { StyleSpecification } from 'maplibre-gl';

const STYLE_TIMEOUT_MS = 4000;
const styles = new Map<string, Promise<StyleSpecification | null>>();

export function fetchBasemapStyle(url: string): Promise<StyleSpecification | null> {
  let style = styles.get(url);
  if (!style) {
    style = load(url);
    styles.set(url, style);
  }
  return style;
}

export function markBasemapUnreachable(url: string) {
  styles.set(url, Promise.resolve(null));
}

function isStyle(json: unknown): json is StyleSpecification {
  const s = json as Partial<StyleSpecification> | null;
  return !!s && s.version === 8 && typeof s.sources === 'object' && s.sources !== null && Array.isArray(s.layers);
}

async function load(url: string): Promise<StyleSpecification | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(STYLE_TIMEOUT_MS) });
    if (!res.ok) return null;
    const json: unknown = await res.json();
    return isStyle(json) ? json : null;
  } catch {
    // Offline, blocked, too slow or not JSON: the offline style serves instead.
    return null;
  }
}
