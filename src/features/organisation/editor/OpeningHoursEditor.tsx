// Opening hours without learning OSM syntax: sessions of days and times (every week, some weeks
// of the month, every other week), term dates, closures, one-off sessions, "closed on bank
// holidays", and a preview in words. Experts can switch to the OSM text itself; values the
// sessions cannot express open in text mode so nothing is lost.
import { For, Index, Show, createEffect, createMemo, createSignal, on, untrack } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import { describe } from '../../../domain/openingHours';
import { ASSET_LIMITS } from '../../../domain/limits';
import { Choice, FieldSet } from '../../../ui/Field';
import { TextArea, TextField } from '../../../ui/TextField';
import { DAYS, DAY_NAMES, emptyRow, openingHoursToRows, rowsToOpeningHours, type Day, type HoursField, type HoursRows } from './hoursRows';
import { DateRangeList, OneOffList, RepeatFields, hoursControlId } from './hours/IrregularFields';
import { isIrregular, nextSessions, rowsInWords } from './hours/hoursWords';
import { t } from './hours/i18n';

export interface HoursRowError {
  /** id of the control to focus from the error summary */
  href: string;
  message: string;
}

export const hoursRowControlId = hoursControlId;

/** The rows with every list present, so the store can be written into. */
/** OpenStreetMap syntax, the same in every language. */
const OSM_EXAMPLE = 'Mo-Fr 09:00-17:00; Sa 10:00-12:00; PH off';

const withLists = (h: HoursRows): Required<HoursRows> => ({ terms: [], closures: [], oneOffs: [], ...h });

export function OpeningHoursEditor(props: {
  /** id of the whole group (the error summary links here) */
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The error for the value as a whole (from validation or the server). */
  error?: string | null;
  /** Row errors are shown only after a save was tried, not while someone is still typing. */
  showRowErrors: boolean;
  onRowErrors: (errors: HoursRowError[]) => void;
}) {
  // The rows are this editor's own state, started from the value it was given...
  const initial = openingHoursToRows(untrack(() => props.value));
  const [mode, setMode] = createSignal<'rows' | 'text'>(initial ? 'rows' : 'text');
  const [hours, setHours] = createStore<Required<HoursRows>>(withLists(initial ?? { rows: [emptyRow()], closedOnBankHolidays: false }));
  const [switchNote, setSwitchNote] = createSignal<string | null>(null);

  const result = createMemo(() => rowsToOpeningHours(hours));
  const rowErrors = createMemo(() => {
    const r = result();
    return mode() === 'rows' && !r.ok ? r.errors : [];
  });
  // Rows write the value as soon as they make sense; half-filled rows leave it alone.
  createEffect(
    on(
      result,
      (r) => {
        if (mode() === 'rows' && r.ok) props.onChange(r.value ?? '');
      },
      { defer: true },
    ),
  );
  // ...and started again when the value is replaced from outside (a restored draft, "load their
  // version"), not by the rows themselves. In text mode the text box shows the value as it is.
  createEffect(
    on(
      () => props.value,
      (value) => {
        if (mode() !== 'rows') return;
        const own = result();
        if (own.ok && (own.value ?? '') === value) return;
        const parsed = openingHoursToRows(value);
        if (parsed) setHours(withLists(parsed));
        else setMode('text');
      },
      { defer: true },
    ),
  );
  createEffect(() => props.onRowErrors(rowErrors().map((e) => ({ href: hoursControlId(e.row, e.field, e.list), message: t('rowErrorPrefix', { message: e.message }) }))));
  const errorFor = (row: number, field: HoursField) =>
    props.showRowErrors ? rowErrors().find((e) => !e.list && e.row === row && e.field === field)?.message : undefined;
  const listErrors = () => (props.showRowErrors ? rowErrors() : []);

  const preview = createMemo(() => describe(props.value || null));
  // Irregular rows are said in words from the rows, beside the next sessions the parser finds.
  const irregular = createMemo(() => mode() === 'rows' && result().ok && isIrregular(hours));

  function toggleDay(i: number, day: Day, on: boolean) {
    setHours(
      'rows',
      i,
      'days',
      produce((days) => {
        const at = days.indexOf(day);
        if (on && at < 0) days.push(day);
        if (!on && at >= 0) days.splice(at, 1);
      }),
    );
  }

  function switchToRows() {
    const parsed = openingHoursToRows(props.value);
    if (!parsed) {
      setSwitchNote(t('staysAsText'));
      return;
    }
    setHours(withLists(parsed));
    setSwitchNote(null);
    setMode('rows');
  }

  return (
    <FieldSet id={props.id} legend={t('openingHours')} hint={t('openingHoursHint')} error={props.error}>
      <Show
        when={mode() === 'rows'}
        fallback={
          <TextArea
            id={`${props.id}-text`}
            rows={2}
            label={t('osmLabel')}
            hint={
              <>
                {t('forExample')}
                <code>{OSM_EXAMPLE}</code>
                {t('seeThe')}
                <a href="https://wiki.openstreetmap.org/wiki/Key:opening_hours" rel="noopener noreferrer" target="_blank">
                  {t('osmGuide')}
                </a>
                .
              </>
            }
            spellcheck={false}
            maxlength={ASSET_LIMITS.opening_hours}
            value={props.value}
            onInput={(v) => props.onChange(v)}
          />
        }
      >
        <Index each={hours.rows}>
          {(row, i) => {
            const n = i + 1;
            return (
              <fieldset class="hours-row">
                <legend>{t('sessionN', { n })}</legend>
                <FieldSet id={hoursRowControlId(n, 'days')} legend={t('days')} error={errorFor(n, 'days')}>
                  <div class="choices inline">
                    <For each={DAYS}>
                      {(day) => (
                        <Choice
                          type="checkbox"
                          id={`${hoursRowControlId(n, 'days')}-${day}`}
                          name={`${hoursRowControlId(n, 'days')}`}
                          value={day}
                          checked={row().days.includes(day)}
                          onChange={(on) => toggleDay(i, day, on)}
                          label={DAY_NAMES[day]}
                        />
                      )}
                    </For>
                  </div>
                </FieldSet>
                <RepeatFields n={n} row={row()} errorFor={(field) => errorFor(n, field)} onChange={(patch) => setHours('rows', i, patch)} />
                <div class="times">
                  <TextField
                    id={hoursRowControlId(n, 'opens')}
                    type="time"
                    label={t('opens')}
                    error={errorFor(n, 'opens')}
                    value={row().opens}
                    onInput={(v) => setHours('rows', i, 'opens', v)}
                  />
                  <TextField
                    id={hoursRowControlId(n, 'closes')}
                    type="time"
                    label={t('closes')}
                    error={errorFor(n, 'closes')}
                    value={row().closes}
                    onInput={(v) => setHours('rows', i, 'closes', v)}
                  />
                  <Show when={hours.rows.length > 1}>
                    <p>
                      <button type="button" class="secondary" onClick={() => setHours('rows', (rows) => rows.filter((_, j) => j !== i))}>
                        {t('removeSession', { n })}
                      </button>
                    </p>
                  </Show>
                </div>
              </fieldset>
            );
          }}
        </Index>
        <div class="button-group">
          <button type="button" class="secondary" onClick={() => setHours('rows', hours.rows.length, emptyRow())}>
            {t('addSession')}
          </button>
        </div>
        <DateRangeList list="terms" ranges={hours.terms} errors={listErrors()} onChange={(terms) => setHours('terms', terms)} />
        <DateRangeList list="closures" ranges={hours.closures} errors={listErrors()} onChange={(closures) => setHours('closures', closures)} />
        <OneOffList sessions={hours.oneOffs} errors={listErrors()} onChange={(oneOffs) => setHours('oneOffs', oneOffs)} />
        <Choice
          type="checkbox"
          id={`${props.id}-bank-holidays`}
          name="bank-holidays"
          value="closed"
          checked={hours.closedOnBankHolidays}
          onChange={(on) => setHours('closedOnBankHolidays', on)}
          label={t('closedBankHolidays')}
        />
      </Show>
      <div class="hours-preview" aria-live="polite">
        <Show when={props.value.trim()} fallback={<p>{t('noHours')}</p>}>
          <Show
            when={irregular()}
            fallback={
              <Show when={preview().ok} fallback={<p>{t('seeAsWritten', { value: props.value.trim() })}</p>}>
                <p>{t('residentsSee')}</p>
                <ul>
                  <For each={preview().lines}>{(line) => <li>{line}</li>}</For>
                </ul>
              </Show>
            }
          >
            <ul>
              <For each={rowsInWords(hours)}>{(line) => <li>{line}</li>}</For>
            </ul>
            <p>{t('nextSessions')}</p>
            <Show when={nextSessions(props.value.trim(), new Date()).length > 0} fallback={<p>{t('noNextSessions')}</p>}>
              <ul class="next-sessions">
                <For each={nextSessions(props.value.trim(), new Date())}>{(line) => <li>{line}</li>}</For>
              </ul>
            </Show>
          </Show>
          <p class="muted">
            {t('savedAs')}
            <code>{props.value.trim()}</code>
          </p>
        </Show>
      </div>
      <Show when={switchNote()}>
        <p class="muted">{switchNote()}</p>
      </Show>
      <button type="button" class="link" onClick={() => (mode() === 'rows' ? (setMode('text'), setSwitchNote(null)) : switchToRows())}>
        {mode() === 'rows' ? t('useText') : t('useRows')}
      </button>
    </FieldSet>
  );
}
