// The import's postcode lookup: the repo's offline table (fetched once, on the first check)
// and, with VITE_GEOCODER=postcodes.io, the online bulk lookup for what the table lacks. The
// table goes first here, unlike the resident search, because an import may hold thousands of
// postcodes and every one the table knows is a request postcodes.io is spared.
import { chainGeocoders, createOfflineGeocoder, createPostcodesIoGeocoder, type Geocoder } from '../../domain/geocoder';

let pending: Promise<Geocoder> | null = null;

export function loadImportGeocoder(mode = import.meta.env.VITE_GEOCODER, onError: (e: unknown) => void = () => {}): Promise<Geocoder> {
  if (!pending) {
    pending = fetch(`${import.meta.env.BASE_URL}generated/postcodes.csv`)
      .then(async (res) => {
        if (!res.ok) throw new Error(`The postcode table could not be loaded (${res.status}).`);
        return createOfflineGeocoder(await res.text());
      })
      .then((table) =>
        mode === 'postcodes.io'
          ? chainGeocoders(
              table,
              createPostcodesIoGeocoder((url, init) => fetch(url, init)),
              { onError },
            )
          : table,
      );
    pending.catch(() => (pending = null)); // a failed fetch may succeed on the next try
  }
  return pending;
}
