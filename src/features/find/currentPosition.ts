// "Near me": the browser's location as a promise, with a message a resident can act on for each
// way it fails (permission denied, no fix, too slow, no support).

export type PositionResult = { ok: true; lat: number; lng: number } | { ok: false; message: string };

export function messageForGeolocationError(code: number): string {
  switch (code) {
    case 1:
      return 'Your browser did not share your location. Allow location for this site in your browser settings, or search by postcode instead.';
    case 2:
      return 'Your location is not available right now. Check that location services are on, or search by postcode instead.';
    case 3:
      return 'Finding your location took too long. Try again, or search by postcode instead.';
    default:
      return 'Your location could not be found. Search by postcode instead.';
  }
}

export function currentPosition(geo: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<PositionResult> {
  if (!geo) {
    return Promise.resolve({ ok: false, message: 'This browser cannot share your location. Search by postcode instead.' });
  }
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (p) => resolve({ ok: true, lat: p.coords.latitude, lng: p.coords.longitude }),
      (e) => resolve({ ok: false, message: messageForGeolocationError(e.code) }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
}
