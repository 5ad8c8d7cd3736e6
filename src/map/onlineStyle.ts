// An online basemap (streets and place names from a public vector style) with our ward and
// borough lines over it. The offline layers come along hidden, so that if the basemap stops
// working after the map has loaded, makeBasemap can remove its layers and show ours in place,
// keeping whatever the page has drawn on top.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { BOUNDARY_SOURCE, WARD_LINE_LAYER, boundaryLayers, offlineGroundLayers, placeLabelLayers, type OfflineUrls } from './offlineStyle';
import type { MapTheme } from './theme';

const hidden = (layer: LayerSpecification): LayerSpecification =>
  ({
    ...layer,
    layout: { ...(layer as { layout?: object }).layout, visibility: 'none' },
  }) as LayerSpecification;

/** Ids of the offline layers an online style carries hidden: what falling back shows. */
export function offlineOnlyLayerIds(theme: MapTheme): string[] {
  return [...offlineGroundLayers(theme), ...placeLabelLayers(theme)].map((l) => l.id);
}

export function onlineStyle(remote: StyleSpecification, theme: MapTheme, urls: OfflineUrls): StyleSpecification {
  if (BOUNDARY_SOURCE in remote.sources) throw new Error(`The basemap style already has a source named "${BOUNDARY_SOURCE}"`);
  const ours = new Set([...offlineGroundLayers(theme), ...boundaryLayers(theme), ...placeLabelLayers(theme)].map((l) => l.id));
  const clash = remote.layers.find((l) => ours.has(l.id));
  if (clash) throw new Error(`The basemap style already has a layer named "${clash.id}"`);
  return {
    ...remote,
    // A style without labels of its own still needs glyphs for ours if it ever falls back.
    glyphs: remote.glyphs ?? urls.glyphs,
    sources: { ...remote.sources, [BOUNDARY_SOURCE]: { type: 'geojson', data: urls.boundaries } },
    layers: [...offlineGroundLayers(theme).map(hidden), ...remote.layers, ...boundaryLayers(theme), ...placeLabelLayers(theme).map(hidden)],
  };
}

/**
 * Where a page's own fills (coverage cells, catchments) go: over the basemap's land and roads but
 * under its labels and our boundary lines, so names and wards stay readable through the colours.
 */
export function overlayBeforeLayer(layers: readonly { id: string; type: string }[]): string | undefined {
  return layers.find((l) => l.type === 'symbol' || l.id === WARD_LINE_LAYER)?.id;
}
