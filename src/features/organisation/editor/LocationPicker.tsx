// Where the listing is: look up a postcode, click the map or drag the pin, or type latitude and
// longitude (the keyboard equivalent of the map; the pin also moves with the arrow keys).
import { Marker, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import { Show, createEffect, createSignal, onMount } from 'solid-js';
import { createMap } from '../../../map/createMap';
import { normalisePostcode } from '../../../domain/postcodes';
import { Field } from '../../../ui/Field';
import { loadPostcodeGeocoder } from './loadPostcodeGeocoder';

type LocationField = 'postcode' | 'address' | 'lat' | 'lng';

// Six decimal places is about 10 cm: enough for a door, short enough to read.
const fixed = (n: number) => String(Math.round(n * 1e6) / 1e6);

export function LocationPicker(props: {
  values: Record<LocationField, string>;
  set: (field: LocationField, value: string) => void;
  errors: Partial<Record<LocationField, string>>;
  idFor: (field: LocationField) => string;
  disabled?: boolean;
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
    place(e.lngLat.lat, e.lngLat.lng, 'Pin moved to where you clicked.');
  }
  function pinDropped() {
    const at = marker!.getLngLat();
    place(at.lat, at.lng, 'Pin moved.');
  }

  onMount(() => {
    const created = createMap({ container, label: 'Map for placing the listing. Click to move the pin.' });
    map = created.map;
    (window as unknown as { __cgEditorMap?: unknown }).__cgEditorMap = map;
    const p = point();
    if (p) map.jumpTo({ center: [p.lng, p.lat], zoom: 15 });
    map.on('click', movePinTo);
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
      el.setAttribute('aria-label', 'Listing location pin. Drag it, or focus it and use the arrow keys.');
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
      setLookupError(raw ? `“${raw}” is not a UK postcode. Enter it like WN1 1AA.` : 'Enter a postcode to look up, like WN1 1AA');
      return;
    }
    setLooking(true);
    try {
      const g = await loadPostcodeGeocoder();
      const hit = await g.lookup(pc);
      if (!hit) {
        setLookupError(`We could not find ${pc}. Check it, or place the pin on the map.`);
        return;
      }
      props.set('postcode', pc);
      place(hit.lat, hit.lng, `Pin placed at the middle of ${pc}. Drag it to the exact spot if you need to.`);
      map?.flyTo({ center: [hit.lng, hit.lat], zoom: 16 });
    } catch (e) {
      setLookupError(`The postcode lookup is not working: ${(e as Error).message}. Place the pin on the map instead.`);
    } finally {
      setLooking(false);
    }
  }

  const textInput = (f: LocationField, extra: { inputmode?: 'decimal' | 'text'; autocomplete?: string; class?: string } = {}) => (c: {
    id: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => (
    <input
      id={c.id}
      name={f}
      type="text"
      class={extra.class}
      inputmode={extra.inputmode}
      autocomplete={extra.autocomplete ?? 'off'}
      spellcheck={false}
      disabled={props.disabled}
      aria-describedby={c.describedBy}
      aria-invalid={c.invalid || undefined}
      value={props.values[f]}
      onInput={(e) => props.set(f, e.currentTarget.value)}
    />
  );

  return (
    <>
      <div class="postcode-lookup">
        <Field
          id={props.idFor('postcode')}
          label="Postcode"
          hint="Look it up to place the pin"
          error={props.errors.postcode ?? lookupError()}
        >
          {textInput('postcode', { class: 'short', autocomplete: 'postal-code' })}
        </Field>
        <button type="button" class="secondary" disabled={props.disabled || looking()} onClick={() => void lookup()}>
          Find postcode
        </button>
      </div>
      <Field id={props.idFor('address')} label="Address (optional)" hint="Building, street and town, as a visitor would need it" error={props.errors.address}>
        {(c) => (
          <textarea
            id={c.id}
            name="address"
            rows={2}
            autocomplete="street-address"
            disabled={props.disabled}
            aria-describedby={c.describedBy}
            aria-invalid={c.invalid || undefined}
            value={props.values.address}
            onInput={(e) => props.set('address', e.currentTarget.value)}
          />
        )}
      </Field>
      <p id="location-map-hint" class="muted">
        Click the map or drag the pin to mark the exact spot. Or type the latitude and longitude below.
      </p>
      <div class="editor-map" ref={container} />
      <p class="visually-hidden" aria-live="polite">
        {status()}
      </p>
      <Show when={!point() && !props.errors.lat && !props.errors.lng}>
        <p class="muted">No pin yet.</p>
      </Show>
      <div class="latlng">
        <Field id={props.idFor('lat')} label="Latitude" hint="For example 53.5448" error={props.errors.lat}>
          {textInput('lat', { inputmode: 'decimal', class: 'short' })}
        </Field>
        <Field id={props.idFor('lng')} label="Longitude" hint="For example -2.6318" error={props.errors.lng}>
          {textInput('lng', { inputmode: 'decimal', class: 'short' })}
        </Field>
      </div>
    </>
  );
}
