// Draws a cluster's count as an image when MapLibre first asks for it (the missing-image resolver), so
// counts show with no glyph server: the map works offline and in tests.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLUSTER_COUNT_IMAGE_PREFIX } from './assetLayers';

export function makeClusterCountImages(map: MapLibreMap): () => void {
  const resolve = (id: string) => {
    if (!id.startsWith(CLUSTER_COUNT_IMAGE_PREFIX) || map.hasImage(id)) return;
    const text = id.slice(CLUSTER_COUNT_IMAGE_PREFIX.length);
    const ratio = 2;
    const canvas = document.createElement('canvas');
    const w = (10 + text.length * 9) * ratio;
    const h = 18 * ratio;
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d')!;
    ctx.font = `bold ${13 * ratio}px system-ui, sans-serif`;
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, w / 2, h / 2 + ratio);
    map.addImage(id, ctx.getImageData(0, 0, w, h), { pixelRatio: ratio });
  };
  map.setMissingStyleImageResolver(resolve);
  return () => map.setMissingStyleImageResolver(null);
}
