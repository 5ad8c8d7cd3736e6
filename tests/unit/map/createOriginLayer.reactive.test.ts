// The point results are measured from is drawn once the map's style has loaded, and moves (or
// goes) with the origin signal; the map is a stand-in recording what it was asked.
import { createRoot, createSignal } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createOriginLayer, ORIGIN_LAYER, ORIGIN_SOURCE } from '../../../src/map/createOriginLayer';
import { fakeMap } from './fakeMap';

let dispose = () => {};
afterEach(() => dispose());

type Point = { lat: number; lng: number } | null;
function originOn(initial: Point, loaded = true) {
  const m = fakeMap();
  const [origin, setOrigin] = createSignal<Point>(initial);
  const [isLoaded, setLoaded] = createSignal(loaded);
  createRoot((d) => {
    dispose = d;
    createOriginLayer({ map: m.map, loaded: isLoaded, origin });
  });
  const drawn = () => m.dataOf(ORIGIN_SOURCE)?.features.map((f) => (f.geometry as GeoJSON.Point).coordinates);
  return { ...m, setOrigin, setLoaded, drawn };
}

describe('createOriginLayer', () => {
  it('waits for the style, then draws the origin as one layer', () => {
    const o = originOn({ lat: 53.54, lng: -2.63 }, false);
    expect(o.calls).toEqual([]);
    o.setLoaded(true);
    expect(o.calls).toEqual([`addSource ${ORIGIN_SOURCE}`, `addLayer ${ORIGIN_LAYER}`]);
    expect(o.drawn()).toEqual([[-2.63, 53.54]]);
  });

  it('moves the point with the origin, and draws nothing once there is none', () => {
    const o = originOn(null);
    expect(o.drawn()).toEqual([]);
    o.setOrigin({ lat: 53.5, lng: -2.52 });
    expect(o.drawn()).toEqual([[-2.52, 53.5]]);
    o.setOrigin(null);
    expect(o.drawn()).toEqual([]);
    expect(o.calls.filter((c) => c.startsWith('add'))).toHaveLength(2); // installed once
  });
});
