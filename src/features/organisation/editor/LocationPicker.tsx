// Where the listing is: look up a postcode, click the map or drag the pin, or type latitude and
// longitude (the keyboard equivalent of the map; the pin also moves with the arrow keys). For a
// listing that meets at a private address the map also shades the general area residents see.
import { Marker, type GeoJSONSource, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { Show, createEffect, createSignal, onMount } from 'solid-js';
import { createMap } from '../../../map/createMap';
import { normalisePostcode } from '../../../domain/postcodes';
import { ASSET_LIMITS } from '../../../domain/limits';
import { TextArea, TextField } from '../../../ui/TextField';
import { loadPostcodeGeocoder } from './loadPostcodeGeocoder';
import { generalAreaCentre, generalAreaRing } from '../../../domain/generalArea';
import { t } from './i18n';

const AREA_SOURCE = 'editor-general-area';

/** The shaded general area of a point, or nothing. */
function areaData(p: { lat: number; lng: number } | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: p ? [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [generalAreaRing(generalAreaCentre(p))] } }] : [],
  };
}

type LocationField = 'postcode' | 'address' | 'lat' | 'lng';

// Six decimal places is about 10 cm: enough for a door, short enough to read.
const fixed = (n: number) => String(Math.round(n * 1e6) / 1e6);

export function LocationPicker(props: {
  values: Record<LocationField, string>;
  set: (field: LocationField, value: string) => void;
  errors: Partial<Record<LocationField, string>>;
  idFor: (field: LocationField) => string;
  disabled?: boolean;
  /** Meets at a private address: shade the general area residents see instead of the pin. */
  generalArea?: boolean;
}) {
  let container!: HTMLDivElement;
  let map: MapLibreMap | undefined;
  let marker: Marker | undefined;
  const [lookupError, setLookupError] = createSignal<string | null>(null);
  const [status, setStatus] = createSignal('');
  const [looking, setLooking] = createSignal(false);

  const point = () => {
    const lat = Number(props.values.lat);
    const lng = Number(props.values.lng);
    return props.values.lat.trim() && props.values.lng.trim() && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
      ? { lat, lng }
      : null;
  };

  function place(lat: number, lng: number, how: string) {
    props.set('lat', fixed(lat));
    props.set('lng', fixed(lng));
    setStatus(`${how} Latitude ${fixed(lat)}, longitude ${fixed(lng)}.`);
  }

  // Map events, not DOM events: named so it is clear they read the props when they happen.
  function movePinTo(e: MapMouseEvent) {
    if (props.disabled) return;
    place(e.lngLat.lat, e.lngLat.lng, t('pinMovedClick'));
  }
  function pinDropped() {
    const at = marker!.getLngLat();
    place(at.lat, at.lng, t('pinMoved'));
  }

  onMount(() => {
    const created = createMap({ container, label: t('pickerMapLabel') });
    map = created.map;
    (window as unknown as { __cgEditorMap?: unknown }).__cgEditorMap = map;
    const p = point();
    if (p) map.jumpTo({ center: [p.lng, p.lat], zoom: 15 });
    map.on('click', movePinTo);
    // The general area follows the pin while the box is ticked.
    createEffect(() => {
      const data = areaData(props.generalArea ? point() : null);
      if (!created.loaded()) return;
      const source = map!.getSource(AREA_SOURCE) as GeoJSONSource | undefined;
      if (source) return void source.setData(data);
      map!.addSource(AREA_SOURCE, { type: 'geojson', data });
      map!.addLayer({ id: `${AREA_SOURCE}-fill`, type: 'fill', source: AREA_SOURCE, paint: { 'fill-color': '#1d4e89', 'fill-opacity': 0.15 } });
      map!.addLayer({ id: `${AREA_SOURCE}-outline`, type: 'line', source: AREA_SOURCE, paint: { 'line-color': '#1d4e89', 'line-width': 2, 'line-dasharray': [2, 1] } });
    });
  });

  // The pin follows the form, whichever way the values were set.
  createEffect(() => {
    const p = point();
    if (!map) return;
    if (!p) {
      marker?.remove();
      marker = undefined;
      return;
    }
    if (!marker) {
      marker = new Marker({ draggable: !props.disabled, color: '#1d4e89' }).setLngLat([p.lng, p.lat]).addTo(map);
      const el = marker.getElement();
      el.setAttribute('aria-label', t('pinLabel'));
      marker.on('dragend', pinDropped);
    } else {
      marker.setLngLat([p.lng, p.lat]);
    }
    // A listing can be unlocked (restored) while the editor is open: the pin follows.
    marker.setDraggable(!props.disabled);
    if (!map.getBounds().contains([p.lng, p.lat])) map.easeTo({ center: [p.lng, p.lat] });
  });

  async function lookup() {
    setLookupError(null);
    const raw = props.values.postcode.trim();
    const pc = raw ? normalisePostcode(raw) : null;
    if (!pc) {
      setLookupError(raw ? t('notAPostcode', { raw }) : t('enterPostcode'));
      return;
    }
    setLooking(true);
    try {
      const g = await loadPostcodeGeocoder();
      const hit = await g.lookup(pc);
      if (!hit) {
        setLookupError(t('postcodeNotFound', { postcode: pc }));
        return;
      }
      props.set('postcode', pc);
      place(hit.lat, hit.lng, t('pinPlacedAt', { postcode: pc }));
      map?.flyTo({ center: [hit.lng, hit.lat], zoom: 16 });
    } catch (e) {
      setLookupError(t('lookupBroken', { reason: (e as Error).message }));
    } finally {
      setLooking(false);
    }
  }

  const textField = (
    f: Exclude<LocationField, 'address'>,
    label: string,
    hint: string,
    extra: { inputmode?: 'decimal'; autocomplete?: string; error?: () => string | null | undefined } = {},
  ) => (
    <TextField
      id={props.idFor(f)}
      name={f}
      class="short"
      label={label}
      hint={hint}
      error={extra.error ? extra.error() : props.errors[f]}
      inputmode={extra.inputmode}
      autocomplete={extra.autocomplete ?? 'off'}
      spellcheck={false}
      disabled={props.disabled}
      value={props.values[f]}
      onInput={(v) => props.set(f, v)}
    />
  );

  return (
    <>
      <div class="postcode-lookup">
        {textField('postcode', t('postcode'), t('postcodeHint'), { autocomplete: 'postal-code', error: () => props.errors.postcode ?? lookupError() })}
        <button type="button" class="secondary" disabled={props.disabled || looking()} onClick={() => void lookup()}>
          {t('findPostcode')}
        </button>
      </div>
      <TextArea
        id={props.idFor('address')}
        name="address"
        rows={2}
        label={t('address')}
        hint={t('addressHint')}
        error={props.errors.address}
        autocomplete="street-address"
        maxlength={ASSET_LIMITS.address}
        disabled={props.disabled}
        value={props.values.address}
        onInput={(v) => props.set('address', v)}
      />
      <p id="location-map-hint" class="muted">
        {t('mapHint')}
      </p>
      <div class="editor-map" ref={container} />
      <p class="visually-hidden" aria-live="polite">
        {status()}
      </p>
      <Show when={!point() && !props.errors.lat && !props.errors.lng}>
        <p class="muted">{t('noPin')}</p>
      </Show>
      <Show when={props.generalArea && point()}>
        <p class="muted">{t('shadedOnly')}</p>
      </Show>
      <div class="latlng">
        {textField('lat', t('latitude'), t('latitudeHint'), { inputmode: 'decimal' })}
        {textField('lng', t('longitude'), t('longitudeHint'), { inputmode: 'decimal' })}
      </div>
    </>
  );
}
