// Loading boundaries with population and deprivation (planners): a GeoJSON, optionally joined to
// a CSV by area code, checked feature by feature before anything is sent. Loading is all or
// nothing, like api.load_areas itself, so a half-loaded set never skews an analysis.
import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Api } from '../../backend/api';
import {
  AREA_FIELDS,
  AreaFileError,
  buildAreas,
  guessFieldMap,
  parseAreaCsv,
  parseAreaGeoJSON,
  type AreaFieldMap,
  type ParsedCsv,
  type ParsedGeoJSON,
} from '../../domain/areaFiles';
import { t } from './i18n';
import { AGE_BANDS, type AreaKind } from '../../domain/types';

const KINDS: { value: AreaKind; label: 'kindWards' | 'kindLsoas' | 'kindCustom' }[] = [
  { value: 'ward', label: 'kindWards' },
  { value: 'lsoa', label: 'kindLsoas' },
  { value: 'custom', label: 'kindCustom' },
];
const SHOW_PROBLEMS = 50;

export function LoadAreasPanel(props: { api: Api; onLoaded: (kind: AreaKind) => void }) {
  const [kind, setKind] = createSignal<AreaKind>('custom');
  const [geo, setGeo] = createSignal<{ name: string; parsed: ParsedGeoJSON } | null>(null);
  const [csv, setCsv] = createSignal<{ name: string; parsed: ParsedCsv } | null>(null);
  const [fileError, setFileError] = createSignal<string | null>(null);
  const [fields, setFields] = createSignal<AreaFieldMap>({ code: '', name: '', parent_code: '', population: '', imd_decile: '', imd_rank: '' });
  const [csvCode, setCsvCode] = createSignal('');
  const [onlyJoined, setOnlyJoined] = createSignal(false);
  const [replace, setReplace] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [status, setStatus] = createSignal<{ ok: boolean; text: string } | null>(null);

  const names = () => [...new Set([...(geo()?.parsed.properties ?? []), ...(csv()?.parsed.columns ?? [])])];
  const reguess = () => {
    setFields(guessFieldMap(names()));
    const columns = csv()?.parsed.columns ?? [];
    setCsvCode(guessFieldMap(columns).code || columns[0] || '');
  };

  const readFile = async (input: HTMLInputElement, which: 'geo' | 'csv') => {
    setStatus(null);
    setFileError(null);
    const file = input.files?.[0];
    if (!file) {
      if (which === 'geo') setGeo(null);
      else setCsv(null);
      return;
    }
    try {
      const text = await file.text();
      if (which === 'geo') setGeo({ name: file.name, parsed: parseAreaGeoJSON(text) });
      else setCsv({ name: file.name, parsed: parseAreaCsv(text) });
      reguess();
    } catch (e) {
      if (which === 'geo') setGeo(null);
      else setCsv(null);
      setFileError(e instanceof AreaFileError ? `${file.name}: ${e.message}` : t('couldNotRead', { file: file.name, reason: (e as Error).message }));
    }
  };

  const built = createMemo(() => {
    const g = geo();
    if (!g) return null;
    const c = csv();
    return buildAreas({ geojson: g.parsed, kind: kind(), fields: fields(), csv: c ? { data: c.parsed, codeColumn: csvCode() } : null, onlyJoined: onlyJoined() });
  });
  const fieldHint = (key: keyof AreaFieldMap, required: boolean) => {
    if (key === 'population') return kind() === 'lsoa' ? t('populationNeeded') : t('populationOptional');
    if ((AGE_BANDS as readonly string[]).includes(key)) return t('ageOptional');
    return required ? '' : t('optional');
  };
  const canLoad = () => !busy() && !!built() && built()!.problems.length === 0 && built()!.areas.features.length > 0;

  const load = async () => {
    const b = built();
    if (!b || !canLoad()) return;
    setBusy(true);
    setStatus(null);
    try {
      const res = await props.api.loadAreas(kind(), b.areas, replace());
      setStatus({ ok: true, text: t('loaded', { count: res.loaded, kind: t(KINDS.find((k) => k.value === kind())!.label).toLowerCase() }) });
      props.onLoaded(kind());
    } catch (e) {
      setStatus({ ok: false, text: t('nothingLoaded', { reason: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="plan-load" aria-labelledby="plan-load-title">
      <h2 id="plan-load-title">{t('loadAreas')}</h2>
      <p class="hint">{t('loadHint')}</p>
      <fieldset>
        <legend>{t('theseAreasAre')}</legend>
        <For each={KINDS}>
          {(k) => (
            <div class="radio">
              <input id={`load-kind-${k.value}`} type="radio" name="load-kind" checked={kind() === k.value} onChange={() => setKind(k.value)} />
              <label for={`load-kind-${k.value}`}>{t(k.label)}</label>
            </div>
          )}
        </For>
      </fieldset>
      <div class="field">
        <label for="load-geojson">{t('boundaryFile')}</label>
        <input id="load-geojson" type="file" accept=".geojson,.json,application/geo+json,application/json" onChange={(e) => void readFile(e.currentTarget, 'geo')} />
      </div>
      <div class="field">
        <label for="load-csv">
          {t('figuresCsv')}
          <span class="hint">{t('figuresCsvHint')}</span>
        </label>
        <input id="load-csv" type="file" accept=".csv,text/csv" onChange={(e) => void readFile(e.currentTarget, 'csv')} />
      </div>
      <Show when={fileError()}>
        <p class="error-message" role="alert">
          {fileError()}
        </p>
      </Show>
      <Show when={geo()}>
        <fieldset>
          <legend>{t('whichField')}</legend>
          <Show when={csv()}>
            <div class="field">
              <label for="load-csv-code">{t('csvCodeColumn')}</label>
              <select id="load-csv-code" value={csvCode()} onChange={(e) => setCsvCode(e.currentTarget.value)}>
                <For each={csv()!.parsed.columns}>{(c) => <option value={c}>{c}</option>}</For>
              </select>
            </div>
          </Show>
          <For each={AREA_FIELDS}>
            {(f) => (
              <div class="field">
                <label for={`load-field-${f.key}`}>
                  {f.label}
                  {fieldHint(f.key, f.required)}
                </label>
                <select id={`load-field-${f.key}`} value={fields()[f.key] ?? ''} onChange={(e) => setFields({ ...fields(), [f.key]: e.currentTarget.value })}>
                  <option value="">{f.key === 'name' ? t('useTheCode') : t('notInFiles')}</option>
                  <For each={names()}>{(name) => <option value={name}>{name}</option>}</For>
                </select>
              </div>
            )}
          </For>
          <Show when={csv()}>
            <div class="checkbox">
              <input id="load-only-joined" type="checkbox" checked={onlyJoined()} onChange={(e) => setOnlyJoined(e.currentTarget.checked)} />
              <label for="load-only-joined">{t('onlyJoined')}</label>
            </div>
          </Show>
          <div class="checkbox">
            <input id="load-replace" type="checkbox" checked={replace()} onChange={(e) => setReplace(e.currentTarget.checked)} />
            <label for="load-replace">{t('replaceAll')}</label>
          </div>
        </fieldset>
      </Show>
      <Show when={built()}>
        {(b) => (
          <div class="load-preview" aria-live="polite">
            <h3>{t('preview')}</h3>
            <p>
              {t('featuresIn', { count: b().total, file: geo()!.name })}
              <Show when={b().skipped > 0}>{t('leftOutNoRow', { count: b().skipped })}</Show>:{' '}
              <Show when={b().problems.length > 0} fallback={<strong>{t('readyToLoad', { count: b().areas.features.length })}</strong>}>
                <strong>{t('problems', { count: b().problems.length })}</strong>
                {t('withoutProblems', { count: b().areas.features.length })}
              </Show>
              .<Show when={b().decilesFromRank > 0}>{t('decilesFromRank', { count: b().decilesFromRank })}</Show>
            </p>
            <Show when={csv() && b().unmatchedCsvCodes.length > 0}>
              <p class="hint">
                {t('unmatchedCodes', { count: b().unmatchedCsvCodes.length, codes: b().unmatchedCsvCodes.slice(0, 10).join(', ') })}
                {b().unmatchedCsvCodes.length > 10 ? '…' : ''}
              </p>
            </Show>
            <Show when={b().problems.length > 0}>
              <div class="error-summary" role="alert" aria-labelledby="load-problems-title">
                <h4 id="load-problems-title" class="error-summary-title">
                  {t('fixFirst')}
                </h4>
                <ul class="load-problems">
                  <For each={b().problems.slice(0, SHOW_PROBLEMS)}>{(p) => <li>{p.message}</li>}</For>
                </ul>
                <Show when={b().problems.length > SHOW_PROBLEMS}>
                  <p>{t('andMore', { count: b().problems.length - SHOW_PROBLEMS })}</p>
                </Show>
              </div>
            </Show>
          </div>
        )}
      </Show>
      <Show when={geo()}>
        <button type="button" disabled={!canLoad()} onClick={() => void load()}>
          {busy() ? t('loading') : built()?.problems.length ? t('loadAreas') : t('loadCount', { count: built()?.areas.features.length ?? 0 })}
        </button>
      </Show>
      <div role="status" class="load-status">
        <Show when={status()}>{(s) => <p class={s().ok ? 'ok' : 'error-message'}>{s().text}</p>}</Show>
      </div>
    </section>
  );
}
