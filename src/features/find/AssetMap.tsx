// A small map of one asset's location on its page, with the same marker as the find map.
// Loaded on its own so the page's words never wait for maplibre-gl.
import { onMount, type Accessor } from 'solid-js';
import type { AssetFeature, Category } from '../../domain/types';
import { createMap } from '../../map/createMap';
import { createAssetLayer } from '../../map/createAssetLayer';

const PAD = 0.004; // degrees around the point: a few streets each way

export default function AssetMap(props: { feature: AssetFeature; categories: Accessor<readonly Category[]> }) {
  let container!: HTMLDivElement;
  onMount(() => {
    const [lng, lat] = props.feature.geometry.coordinates;
    const { map, loaded } = createMap({
      container,
      label: `Map showing where ${props.feature.properties.name} is`,
      bounds: [
        [lng - PAD * 1.6, lat - PAD],
        [lng + PAD * 1.6, lat + PAD],
      ],
    });
    (window as unknown as { __cgAssetMap?: unknown }).__cgAssetMap = map;
    createAssetLayer({
      map,
      loaded,
      features: () => [props.feature],
      categories: props.categories,
      selected: () => props.feature.properties.id,
      markers: true,
    });
  });
  return <div class="map-container" ref={container} />;
}
