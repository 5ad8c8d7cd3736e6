// "Near me" and postcode search. A postcode is checked and normalised before any lookup, so a
// typo gets a message saying what is wrong; an unknown one is told apart from a malformed one.
// Errors follow the GOV.UK error summary pattern: a summary that takes focus, linked to the field.
import { Show, createEffect, createSignal, on, onMount, untrack } from 'solid-js';
import { checkPostcode } from '../../domain/postcodes';
import type { NearPoint } from '../../domain/filters';
import { loadGeocoder } from '../../lib/loadGeocoder';
import { currentPosition } from './currentPosition';
import { t } from './i18n';
import { t as words } from '../../domain/i18n';

type LocationError = { field: 'postcode' | 'near-me'; message: string };

export function LocationForm(props: {
  near: NearPoint | null;
  /** A postcode from a hand-written link (`?pc=`), looked up once on arrival. */
  initialPostcode: string | null;
  onNear: (near: NearPoint | null) => void;
}) {
  // Starts from the link's postcode, or the one already in force; after that it is what was typed.
  const [text, setText] = createSignal(untrack(() => props.initialPostcode ?? (props.near && props.near.label !== 'your location' ? props.near.label : '')));
  // A postcode chosen elsewhere (Search offers "Search near WN2 3AN") shows here too.
  createEffect(
    on(
      () => props.near?.label,
      (label) => {
        if (label && label !== 'your location') setText(label);
      },
      { defer: true },
    ),
  );
  const [error, setError] = createSignal<LocationError | null>(null);
  const [busy, setBusy] = createSignal<'postcode' | 'near-me' | null>(null);
  let summary: HTMLDivElement | undefined;

  const fail = (e: LocationError) => {
    setError(e);
    queueMicrotask(() => summary?.focus());
  };

  const lookUp = async () => {
    const raw = text();
    if (!raw.trim()) return fail({ field: 'postcode', message: t('enterPostcode') });
    const check = checkPostcode(raw);
    if (!check.ok) return fail({ field: 'postcode', message: check.message });
    setText(check.postcode);
    setBusy('postcode');
    try {
      const geocoder = await loadGeocoder();
      const hit = await geocoder.lookup(check.postcode);
      if (!hit) {
        return fail({
          field: 'postcode',
          message: t('postcodeNotFound', { postcode: check.postcode }),
        });
      }
      setError(null);
      props.onNear({ lat: hit.lat, lng: hit.lng, label: check.postcode });
    } catch (e) {
      fail({ field: 'postcode', message: t('postcodeUnavailable', { reason: (e as Error).message }) });
    } finally {
      setBusy(null);
    }
  };

  const nearMe = async () => {
    setBusy('near-me');
    const r = await currentPosition();
    setBusy(null);
    if (!r.ok) return fail({ field: 'near-me', message: r.message });
    setError(null);
    setText('');
    props.onNear({ lat: r.lat, lng: r.lng, label: 'your location' });
  };

  onMount(() => {
    if (props.initialPostcode) void lookUp();
  });

  return (
    <form
      class="location-form"
      aria-labelledby="location-heading"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        void lookUp();
      }}
    >
      <Show when={error()}>
        {(err) => (
          <div class="error-summary" role="alert" tabindex="-1" ref={summary} aria-labelledby="location-error-title">
            <h2 id="location-error-title" class="error-summary-title">
              {t('thereIsAProblem')}
            </h2>
            <ul>
              <li>
                <a
                  href={err().field === 'postcode' ? '#postcode' : '#near-me'}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(err().field === 'postcode' ? 'postcode' : 'near-me')?.focus();
                  }}
                >
                  {err().message}
                </a>
              </li>
            </ul>
          </div>
        )}
      </Show>
      <h2 id="location-heading" class="find-subheading">
        {t('nearYou')}
      </h2>
      <div class="field" classList={{ 'has-error': error()?.field === 'postcode' }}>
        <label for="postcode">{t('postcode')}</label>
        <span class="hint" id="postcode-hint">
          {t('postcodeHint')}
        </span>
        <Show when={error()?.field === 'postcode'}>
          <span class="error-message" id="postcode-error">
            <span class="visually-hidden">{t('error')}</span> {error()!.message}
          </span>
        </Show>
        <div class="inline-controls">
          <input
            id="postcode"
            name="postcode"
            type="text"
            autocomplete="postal-code"
            spellcheck={false}
            class="input-postcode"
            value={text()}
            aria-describedby={error()?.field === 'postcode' ? 'postcode-hint postcode-error' : 'postcode-hint'}
            aria-invalid={error()?.field === 'postcode' ? 'true' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" disabled={busy() === 'postcode'}>
            {busy() === 'postcode' ? t('finding') : t('findNearPostcode')}
          </button>
        </div>
      </div>
      <div class="field" classList={{ 'has-error': error()?.field === 'near-me' }}>
        <Show when={error()?.field === 'near-me'}>
          <span class="error-message" id="near-me-error">
            <span class="visually-hidden">{t('error')}</span> {error()!.message}
          </span>
        </Show>
        <div class="inline-controls">
          <button
            type="button"
            id="near-me"
            class="secondary"
            disabled={busy() === 'near-me'}
            aria-describedby={error()?.field === 'near-me' ? 'near-me-error' : undefined}
            onClick={() => void nearMe()}
          >
            {busy() === 'near-me' ? t('findingLocation') : t('useMyLocation')}
          </button>
          <Show when={props.near}>
            {(near) => (
              <button
                type="button"
                class="link"
                onClick={() => {
                  setText('');
                  setError(null);
                  props.onNear(null);
                }}
              >
                {t('stopSorting', { place: near().label === 'your location' ? words('yourLocation') : near().label })}
              </button>
            )}
          </Show>
        </div>
      </div>
    </form>
  );
}
