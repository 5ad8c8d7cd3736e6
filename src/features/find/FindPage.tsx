// The resident front door: the map of published assets (the list and filters arrive with issue 3).
import { onMount } from 'solid-js';
import { createMap } from '../../map/createMap';
import { createAssetLayer } from '../../map/createAssetLayer';
import { usePublished } from '../../ui/PublishedProvider';

export default function FindPage() {
  const published = usePublished();
  let container!: HTMLDivElement;
  onMount(() => {
    const { map, loaded } = createMap({ container, label: 'Map of community assets' });
    (window as unknown as { __cgMap?: unknown }).__cgMap = map;
    createAssetLayer({ map, loaded, features: published.features, categories: published.categories });
  });
  return (
    <div class="find-page">
      <h1 class="visually-hidden">Find local groups, places and services</h1>
      <div class="map-container" ref={container} />
    </div>
  );
}
