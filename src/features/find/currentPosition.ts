// "Near me": the browser's location as a promise, with a message a resident can act on for each
// way it fails (permission denied, no fix, too slow, no support).
import { t } from './i18n';

export type PositionResult = { ok: true; lat: number; lng: number } | { ok: false; message: string };

export function messageForGeolocationError(code: number): string {
  switch (code) {
    case 1:
      return t('locationDenied');
    case 2:
      return t('locationUnavailable');
    case 3:
      return t('locationTimeout');
    default:
      return t('locationFailed');
  }
}

export function currentPosition(geo: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<PositionResult> {
  if (!geo) {
    return Promise.resolve({ ok: false, message: t('locationUnsupported') });
  }
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (p) => resolve({ ok: true, lat: p.coords.latitude, lng: p.coords.longitude }),
      (e) => resolve({ ok: false, message: messageForGeolocationError(e.code) }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });
}
