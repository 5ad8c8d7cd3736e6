// A stand-in for the online basemap, served by the test itself through Playwright routes on the
// default style's own URLs (no real network): a small Positron-like style, its TileJSON, vector
// tiles cut on request from a made-up street grid over the borough with the real town names, and
// glyphs (the build's own Noto Sans file). Tiles can fail (a 503, as from a service that is down
// or a network that dropped out) or hang (a connection too slow to use).
import { readFileSync } from 'node:fs';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Page, Route } from 'playwright-core';
import { TOWNS } from '../../scripts/sample/towns';
import { DEFAULT_BASEMAP_STYLE_URL } from '../../src/map/basemapSetting';

export const TEST_BASEMAP_ATTRIBUTION =
  '<a href="https://openfreemap.org" target="_blank">OpenFreeMap</a> <a href="https://www.openmaptiles.org/" target="_blank">&copy; OpenMapTiles</a> Data from <a href="https://www.openstreetmap.org/copyright" target="_blank">OpenStreetMap</a>';

const ORIGIN = new URL(DEFAULT_BASEMAP_STYLE_URL).origin;
const W = -2.76;
const E = -2.4;
const S = 53.44;
const N = 53.63;

function line(coords: [number, number][], props: Record<string, string>): GeoJSON.Feature {
  return { type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: coords } };
}

/** Streets every ~450 m, main roads every ~2 km, with names on the main roads. */
function streets(): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  let n = 0;
  for (let x = W; x <= E; x += 0.0065) {
    const main = Math.round((x - W) / 0.0065) % 5 === 0;
    features.push(
      line(
        [
          [x, S],
          [x, N],
        ],
        { class: main ? 'primary' : 'minor', name: main ? `Test Road ${++n}` : '' },
      ),
    );
  }
  for (let y = S; y <= N; y += 0.004) {
    const main = Math.round((y - S) / 0.004) % 5 === 0;
    features.push(
      line(
        [
          [W, y],
          [E, y],
        ],
        { class: main ? 'primary' : 'minor', name: main ? `Test Street ${++n}` : '' },
      ),
    );
  }
  return { type: 'FeatureCollection', features };
}

function places(): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: TOWNS.map((t) => ({
      type: 'Feature',
      properties: { class: t.weight >= 2 ? 'town' : 'village', name: t.name },
      geometry: { type: 'Point', coordinates: [t.lng, t.lat] },
    })),
  };
}

export const testBasemapStyle = {
  version: 8,
  name: 'Test basemap (Positron-like)',
  sources: { openmaptiles: { type: 'vector', url: `${ORIGIN}/planet` } },
  glyphs: `${ORIGIN}/fonts/{fontstack}/{range}.pbf`,
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': 'rgb(242,243,240)' } },
    {
      id: 'highway_minor',
      type: 'line',
      source: 'openmaptiles',
      'source-layer': 'transportation',
      filter: ['==', ['get', 'class'], 'minor'],
      paint: { 'line-color': 'hsl(0,0%,86%)', 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.5, 16, 6] },
    },
    {
      id: 'highway_major_casing',
      type: 'line',
      source: 'openmaptiles',
      'source-layer': 'transportation',
      filter: ['==', ['get', 'class'], 'primary'],
      paint: { 'line-color': 'rgb(213,213,213)', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 3, 16, 14] },
    },
    {
      id: 'highway_major_inner',
      type: 'line',
      source: 'openmaptiles',
      'source-layer': 'transportation',
      filter: ['==', ['get', 'class'], 'primary'],
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 11] },
    },
    {
      id: 'highway_name_major',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'transportation',
      minzoom: 13,
      filter: ['==', ['get', 'class'], 'primary'],
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'], 'text-size': 12 },
      paint: { 'text-color': '#666666', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
    {
      id: 'label_village',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'place',
      minzoom: 11,
      filter: ['==', ['get', 'class'], 'village'],
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'], 'text-size': 12 },
      paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
    {
      id: 'label_town',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'place',
      filter: ['==', ['get', 'class'], 'town'],
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'], 'text-size': ['interpolate', ['linear'], ['zoom'], 9, 12, 14, 16] },
      paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
    },
  ],
};

/** The basemap's layer ids, which the app must remove when it falls back. */
export const TEST_BASEMAP_LAYERS = testBasemapStyle.layers.map((l) => l.id);

export interface TestBasemap {
  /** Tile, style and glyph requests served (or refused) so far. */
  requests: { style: number; tiles: number; glyphs: number; refused: number };
  /** From now on tile requests fail, like a connection that dropped out. */
  failTiles(): void;
}

/** Serves the stand-in on the default basemap's URLs for this page. Call before navigating. */
export async function serveTestBasemap(page: Page, opts: { tiles?: 'ok' | 'fail' | 'hang' } = {}): Promise<TestBasemap> {
  const indexes = {
    transportation: new GeoJSONVT(streets(), { maxZoom: 14, indexMaxZoom: 5, buffer: 512 }),
    place: new GeoJSONVT(places(), { maxZoom: 14, indexMaxZoom: 5, buffer: 512 }),
  };
  const glyphs = readFileSync('dist/generated/glyphs/Noto Sans Regular/0-255.pbf');
  let tilesFail = opts.tiles === 'fail';
  const requests = { style: 0, tiles: 0, glyphs: 0, refused: 0 };
  const json = (route: Route, body: unknown) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body), headers: { 'access-control-allow-origin': '*' } });

  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.href === DEFAULT_BASEMAP_STYLE_URL) {
      requests.style++;
      return json(route, testBasemapStyle);
    }
    if (url.pathname === '/planet') {
      return json(route, {
        tilejson: '3.0.0',
        tiles: [`${ORIGIN}/planet/{z}/{x}/{y}.pbf`],
        minzoom: 0,
        maxzoom: 14,
        attribution: TEST_BASEMAP_ATTRIBUTION,
        vector_layers: [
          { id: 'transportation', fields: {} },
          { id: 'place', fields: {} },
        ],
      });
    }
    const tile = url.pathname.match(/^\/planet\/(\d+)\/(\d+)\/(\d+)\.pbf$/);
    if (tile) {
      if (opts.tiles === 'hang') {
        // Answers after the app has long given up (if the page is still there to hear it).
        await new Promise((wait) => setTimeout(wait, 60_000).unref());
        return route.fulfill({ status: 503, headers: { 'access-control-allow-origin': '*' } }).catch(() => {});
      }
      if (tilesFail) {
        requests.refused++;
        return route.fulfill({ status: 503, body: 'Service Unavailable', headers: { 'access-control-allow-origin': '*' } });
      }
      requests.tiles++;
      const [z, x, y] = tile.slice(1).map(Number);
      const layers = Object.fromEntries(
        Object.entries(indexes).flatMap(([name, index]) => {
          const t = index.getTile(z, x, y);
          return t ? [[name, t]] : [];
        }),
      );
      return route.fulfill({
        status: 200,
        contentType: 'application/x-protobuf',
        body: Buffer.from(fromGeojsonVt(layers, { version: 2, extent: 4096 })),
        headers: { 'access-control-allow-origin': '*' },
      });
    }
    if (url.pathname.startsWith('/fonts/')) {
      requests.glyphs++;
      return route.fulfill({ status: 200, contentType: 'application/x-protobuf', body: glyphs, headers: { 'access-control-allow-origin': '*' } });
    }
    requests.refused++;
    return route.fulfill({ status: 404, body: 'Not found', headers: { 'access-control-allow-origin': '*' } });
  });
  return { requests, failTiles: () => (tilesFail = true) };
}
