// The resident's postcode lookup. Offline by default: the sample data's own postcode table,
// fetched once on first use (it is ~250 KB, so never on page load). With
// VITE_GEOCODER=postcodes.io the online service is asked first and the table catches what it
// cannot answer (offline, rate limited).
import { chainGeocoders, createOfflineGeocoder, createPostcodesIoGeocoder, type Geocoder } from '../../domain/geocoder';

let pending: Promise<Geocoder> | null = null;

async function offline(): Promise<Geocoder> {
  const res = await fetch(`${import.meta.env.BASE_URL}generated/postcodes.csv`);
  if (!res.ok) throw new Error(`The postcode table could not be loaded (${res.status}).`);
  return createOfflineGeocoder(await res.text());
}

export function loadGeocoder(mode = import.meta.env.VITE_GEOCODER): Promise<Geocoder> {
  if (!pending) {
    pending = offline().then((table) =>
      mode === 'postcodes.io'
        ? chainGeocoders(createPostcodesIoGeocoder((url, init) => fetch(url, init)), table, { onError: () => {} })
        : table,
    );
    pending.catch(() => (pending = null)); // a failed fetch may succeed on the next try
  }
  return pending;
}
