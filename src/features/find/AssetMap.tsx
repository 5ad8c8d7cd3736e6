// A small map of one asset's location on its page, with the same marker as the find map (or,
// for a listing that meets at a private address, the same general area).
// Loaded on its own so the page's words never wait for maplibre-gl.
import { onMount, type Accessor } from 'solid-js';
import type { AssetFeature, Category } from '../../domain/types';
import { createMap } from '../../map/createMap';
import { createAssetLayer } from '../../map/createAssetLayer';
import { isGeneralArea } from '../../domain/generalArea';

const PAD = 0.004; // degrees around the point: a few streets each way
const AREA_PAD = 0.012; // around a general area (radius about 0.0064 degrees of latitude): all of it, with streets around

export default function AssetMap(props: { feature: AssetFeature; categories: Accessor<readonly Category[]> }) {
  let container!: HTMLDivElement;
  onMount(() => {
    const [lng, lat] = props.feature.geometry.coordinates;
    const pad = isGeneralArea(props.feature.properties) ? AREA_PAD : PAD;
    const { map, loaded } = createMap({
      container,
      label: isGeneralArea(props.feature.properties)
        ? `Map showing the general area where ${props.feature.properties.name} meets`
        : `Map showing where ${props.feature.properties.name} is`,
      bounds: [
        [lng - pad * 1.6, lat - pad],
        [lng + pad * 1.6, lat + pad],
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
