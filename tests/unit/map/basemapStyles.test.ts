import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BASEMAP_STYLE_URL, basemapPrivacyNotice, basemapSetting } from '../../../src/map/basemapSetting';
import { BOUNDARY_SOURCE, TOWN_LABEL_LAYER, WARD_LABEL_LAYER, WARD_LINE_LAYER, offlineStyle } from '../../../src/map/offlineStyle';
import { offlineOnlyLayerIds, onlineStyle, overlayBeforeLayer } from '../../../src/map/onlineStyle';
import { LIGHT_THEME } from '../../../src/map/theme';

const urls = { boundaries: 'https://app.example/generated/boundaries.json', glyphs: 'https://app.example/generated/glyphs/{fontstack}/{range}.pbf' };

/** The shape of OpenFreeMap's Positron, cut down: a vector source, a background, roads, names. */
const remote: StyleSpecification = {
  version: 8,
  name: 'Positron-like',
  sources: { openmaptiles: { type: 'vector', url: 'https://tiles.example/planet' } },
  sprite: 'https://tiles.example/sprites/ofm',
  glyphs: 'https://tiles.example/fonts/{fontstack}/{range}.pbf',
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': 'rgb(242,243,240)' } },
    { id: 'highway_minor', type: 'line', source: 'openmaptiles', 'source-layer': 'transportation', paint: { 'line-color': '#e0e0e0' } },
    {
      id: 'label_town',
      type: 'symbol',
      source: 'openmaptiles',
      'source-layer': 'place',
      layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] },
    },
  ],
};

const visibility = (style: StyleSpecification, id: string) =>
  (style.layers.find((l) => l.id === id) as { layout?: { visibility?: string } }).layout?.visibility ?? 'visible';

describe('the offline basemap style', () => {
  const style = offlineStyle(LIGHT_THEME, urls);

  it('is a valid MapLibre style whose glyphs come from our own origin', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBe(urls.glyphs);
    expect(style.sources[BOUNDARY_SOURCE]).toEqual({ type: 'geojson', data: urls.boundaries });
  });

  it('names towns over wards: town labels are the top layer, so they are placed first', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(TOWN_LABEL_LAYER)).toBeGreaterThan(ids.indexOf(WARD_LABEL_LAYER));
    expect(ids.indexOf(WARD_LABEL_LAYER)).toBeGreaterThan(ids.indexOf(WARD_LINE_LAYER));
    expect(ids.at(-1)).toBe(TOWN_LABEL_LAYER);
  });

  it('stays valid with another theme', () => {
    expect(validateStyleMin(offlineStyle({ ...LIGHT_THEME, townText: '#000000', wardText: '#333333' }, urls))).toEqual([]);
  });
});

describe('an online basemap with our boundaries', () => {
  const style = onlineStyle(remote, LIGHT_THEME, urls);

  it('is a valid MapLibre style keeping the basemap’s sources, sprite and glyphs', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.sources.openmaptiles).toEqual(remote.sources.openmaptiles);
    expect(style.sprite).toBe(remote.sprite);
    expect(style.glyphs).toBe(remote.glyphs);
  });

  it('draws ward lines over the streets and hides the offline ground and names until a fallback', () => {
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf(WARD_LINE_LAYER)).toBeGreaterThan(ids.indexOf('label_town'));
    expect(visibility(style, WARD_LINE_LAYER)).toBe('visible');
    for (const id of offlineOnlyLayerIds(LIGHT_THEME)) expect(visibility(style, id)).toBe('none');
    for (const l of remote.layers) expect(visibility(style, l.id)).toBe('visible');
  });

  it('gives a style without glyphs ours, so the offline names can still be drawn', () => {
    const { glyphs: _, ...noGlyphs } = remote;
    const noLabels = { ...noGlyphs, layers: remote.layers.slice(0, 2) };
    expect(onlineStyle(noLabels, LIGHT_THEME, urls).glyphs).toBe(urls.glyphs);
  });

  it('refuses a basemap whose names clash with ours, saying which', () => {
    expect(() => onlineStyle({ ...remote, sources: { ...remote.sources, [BOUNDARY_SOURCE]: remote.sources.openmaptiles } }, LIGHT_THEME, urls)).toThrow(
      'already has a source named "boundaries"',
    );
    const clash = { ...remote, layers: [...remote.layers, { id: WARD_LINE_LAYER, type: 'background' as const }] };
    expect(() => onlineStyle(clash, LIGHT_THEME, urls)).toThrow('already has a layer named "ward-lines"');
  });
});

describe('where a page’s own fills go', () => {
  it('under the basemap’s first label online, and under the ward lines offline', () => {
    expect(overlayBeforeLayer(onlineStyle(remote, LIGHT_THEME, urls).layers)).toBe('label_town');
    expect(overlayBeforeLayer(offlineStyle(LIGHT_THEME, urls).layers)).toBe(WARD_LINE_LAYER);
    expect(overlayBeforeLayer([{ id: 'bg', type: 'background' }])).toBeUndefined();
  });
});

describe('the basemap setting (VITE_BASEMAP_STYLE_URL)', () => {
  it('defaults to OpenFreeMap, can be forced offline, or names another style', () => {
    expect(basemapSetting(undefined)).toEqual({ kind: 'online', styleUrl: DEFAULT_BASEMAP_STYLE_URL });
    expect(basemapSetting('  ')).toEqual({ kind: 'online', styleUrl: DEFAULT_BASEMAP_STYLE_URL });
    expect(basemapSetting('offline')).toEqual({ kind: 'offline' });
    expect(basemapSetting('OFFLINE')).toEqual({ kind: 'offline' });
    expect(basemapSetting('https://maps.example/style.json')).toEqual({ kind: 'online', styleUrl: 'https://maps.example/style.json' });
  });

  it('tells people which service sees their IP address and map area', () => {
    expect(basemapPrivacyNotice(basemapSetting(undefined))).toMatch(
      /^Street maps are fetched from OpenFreeMap \(tiles\.openfreemap\.org\), which sees your IP address and the part of the map you are looking at\./,
    );
    expect(basemapPrivacyNotice(basemapSetting('https://maps.example/style.json'))).toMatch(/fetched from maps\.example, which sees your IP address/);
    expect(basemapPrivacyNotice(basemapSetting('offline'))).toBe('Maps are drawn from files on this site: no map service is contacted.');
  });
});
