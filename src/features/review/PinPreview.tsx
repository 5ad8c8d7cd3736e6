// A small map of a listing's pin for the moderator, with the same marker residents will see; for
// an edit that moves the pin, where residents see it now as well. Loaded on its own so the
// review page's words never wait for maplibre-gl. Offline the basemap falls back to the
// boundaries and place names built from data/ (src/map/makeBasemap.ts).
import { onMount, type Accessor } from 'solid-js';
import type { LatLng } from '../../domain/distance';
import type { AssetFeature, Category } from '../../domain/types';
import { createAssetLayer } from '../../map/createAssetLayer';
import { createMap } from '../../map/createMap';
import { createOriginLayer } from '../../map/createOriginLayer';

const PAD = 0.003; // degrees around the pins: a few streets each way

export default function PinPreview(props: { feature: AssetFeature; from: LatLng | null; categories: Accessor<readonly Category[]> }) {
  let container!: HTMLDivElement;
  onMount(() => {
    const [lng, lat] = props.feature.geometry.coordinates;
    const lngs = [lng, ...(props.from ? [props.from.lng] : [])];
    const lats = [lat, ...(props.from ? [props.from.lat] : [])];
    const { map, loaded } = createMap({
      container,
      label: props.from ? `Map of where ${props.feature.properties.name} would move to, and where it is now` : `Map of where ${props.feature.properties.name} would be`,
      bounds: [
        [Math.min(...lngs) - PAD * 1.6, Math.min(...lats) - PAD],
        [Math.max(...lngs) + PAD * 1.6, Math.max(...lats) + PAD],
      ],
    });
    (window as unknown as { __cgReviewMap?: unknown }).__cgReviewMap = map;
    createAssetLayer({ map, loaded, features: () => [props.feature], categories: props.categories, selected: () => props.feature.properties.id, markers: true });
    createOriginLayer({ map, loaded, origin: () => props.from });
  });
  return <div class="map-container" ref={container} />;
}
