// The editor's postcode lookup: the offline table the build ships (public/generated/postcodes.csv),
// fetched once, on the first lookup, never on page load.
import { createOfflineGeocoder, type Geocoder } from '../../../domain/geocoder';

let pending: Promise<Geocoder> | null = null;

export function loadPostcodeGeocoder(): Promise<Geocoder> {
  if (!pending) {
    pending = fetch(`${import.meta.env.BASE_URL}generated/postcodes.csv`).then(async (res) => {
      if (!res.ok) throw new Error(`the postcode table could not be loaded (${res.status})`);
      return createOfflineGeocoder(await res.text());
    });
    pending.catch(() => (pending = null)); // a failed fetch may work next time
  }
  return pending;
}
