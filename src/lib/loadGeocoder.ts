// The resident's postcode lookup. Offline by default: the sample data's own postcode table,
// fetched once on first use (it is ~250 KB, so never on page load). With
// VITE_GEOCODER=postcodes.io the online service is asked first and the table catches what it
// cannot answer (offline, rate limited). Districts ("WN2") are always placed from the table.
import { chainGeocoders, createOfflineGeocoder, createPostcodesIoGeocoder, type Geocoder, type OfflineGeocoder } from '../domain/geocoder';

let table: Promise<OfflineGeocoder> | null = null;
let pending: Promise<Geocoder> | null = null;

/** The offline postcode table, fetched once (a failed fetch may succeed on the next try). */
export function loadPostcodeTable(): Promise<OfflineGeocoder> {
  if (!table) {
    table = (async () => {
      const res = await fetch(`${import.meta.env.BASE_URL}generated/postcodes.csv`);
      if (!res.ok) throw new Error(`The postcode table could not be loaded (${res.status}).`);
      return createOfflineGeocoder(await res.text());
    })();
    table.catch(() => (table = null));
  }
  return table;
}

export function loadGeocoder(mode = import.meta.env.VITE_GEOCODER): Promise<Geocoder> {
  if (!pending) {
    pending = loadPostcodeTable().then((offline) =>
      mode === 'postcodes.io'
        ? chainGeocoders(
            createPostcodesIoGeocoder((url, init) => fetch(url, init)),
            offline,
            { onError: () => {} },
          )
        : offline,
    );
    pending.catch(() => (pending = null)); // a failed fetch may succeed on the next try
  }
  return pending;
}
