// The map half of the find page, loaded on its own (maplibre-gl is most of the page's weight) so
// the list never waits for it. It draws exactly the features the list shows; a click on an asset
// selects it, a selection made in the list eases the map to it.
import { Show, createEffect, createMemo, on, onMount, type Accessor, type JSX } from 'solid-js';
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import type { AssetFeature, Category } from '../../domain/types';
import type { NearPoint } from '../../domain/filters';
import { createMap } from '../../map/createMap';
import { createAssetLayer } from '../../map/createAssetLayer';
import { createOriginLayer } from '../../map/createOriginLayer';
import { MapLegend } from '../../map/legend/MapLegend';
import { makeTaxonomy } from '../../domain/taxonomy';
import { sameMembers } from './sameMembers';
import { isGeneralArea } from '../../domain/generalArea';

export default function MapPanel(props: {
  features: Accessor<readonly AssetFeature[]>;
  categories: Accessor<readonly Category[]>;
  selected: Accessor<string | null>;
  near: Accessor<NearPoint | null>;
  visible: Accessor<boolean>;
  /** Bumped when the list asks the map to show an asset. */
  flyTo: Accessor<{ id: string } | null>;
  onSelect: (id: string) => void;
  /** The person moved the map: its new centre. */
  onMoved?: (centre: { lat: number; lng: number }) => void;
  /** Drawn on the map above its key (the selected asset's card). */
  children?: JSX.Element;
}) {
  let container!: HTMLDivElement;
  let map: MapLibreMap | undefined;
  // Re-clustering 20k points costs the map's worker seconds on a slow phone; skip it when only
  // the order changed (the search index arriving, a sort by distance).
  const drawn = createMemo(() => props.features(), undefined, { equals: sameMembers });

  onMount(() => {
    const made = createMap({ container, label: 'Map of the results. Every result is also in the list.' });
    map = made.map;
    (window as unknown as { __cgMap?: unknown }).__cgMap = map;
    createAssetLayer({
      map,
      loaded: made.loaded,
      features: drawn,
      categories: props.categories,
      selected: props.selected,
      onSelect: props.onSelect,
      markers: true,
    });
    createOriginLayer({ map, loaded: made.loaded, origin: props.near });
    // Where the person moved the map to (not where it started or flew by itself).
    const onMoved = props.onMoved;
    if (onMoved) {
      map.on('moveend', (e) => {
        if (!(e as { originalEvent?: unknown }).originalEvent) return;
        const c = map!.getCenter();
        onMoved({ lat: c.lat, lng: c.lng });
      });
    }

    // Hidden maps have no size: a phone switching to the map must resize it before moving it.
    createEffect(on(props.visible, (v) => v && map!.resize(), { defer: true }));

    // Not deferred: a phone's "Show on map" asks before this panel exists, and is answered here.
    createEffect(
      on(props.flyTo, (req) => {
        if (!req || !map) return;
        const f = props.features().find((x) => x.properties.id === req.id);
        if (!f) return;
        map.resize();
        // Past the cluster limit (15), so the asset stands alone and its marker can be seen; a
        // general area (about 1.4 km across) is framed whole instead.
        const zoom = isGeneralArea(f.properties) ? 13.5 : Math.max(map.getZoom(), 16);
        map.easeTo({ center: f.geometry.coordinates, zoom, duration: 600 });
      }),
    );

    // A new starting point frames it with the nearest results.
    createEffect(
      on(props.near, (near) => {
        if (!near || !map) return;
        const nearest = props.features().slice(0, 5);
        const lngs = [near.lng, ...nearest.map((f) => f.geometry.coordinates[0])];
        const lats = [near.lat, ...nearest.map((f) => f.geometry.coordinates[1])];
        const bounds: LngLatBoundsLike = [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ];
        map.fitBounds(bounds, { padding: 60, maxZoom: 15, duration: 600 });
      }),
    );
  });

  return (
    <div class="map-panel">
      <div class="map-container" ref={container} />
      {/* One column down the map's left side, the card at the top and the key at the bottom, so
          neither can cover the other: the open key scrolls in the room the card leaves it. */}
      <div class="map-overlays">
        {props.children}
        <Show when={props.categories().length > 0}>
          <MapLegend categories={makeTaxonomy(props.categories()).top} />
        </Show>
      </div>
    </div>
  );
}
