// The irregular parts of the hours editor: how often a session repeats (every week, some weeks of
// the month, every other week from a date), and the lists of term dates, closures and one-off
// sessions. Native controls only; every control has its own id for the error summary.
import { For, Index, Show } from 'solid-js';
import { Choice, FieldSet } from '../../../../ui/Field';
import { TextField } from '../../../../ui/TextField';
import type { HoursError, HoursField, HoursList, HoursRow } from '../hoursRows';
import { WEEKS_OF_MONTH, type DateRange, type OneOff, type Repeat, type WeekOfMonth } from './irregular';
import { t } from './i18n';

export const hoursControlId = (row: number, field: HoursField, list?: HoursList) => (list ? `hours-${list}-${row}-${field}` : `hours-${row}-${field}`);

const WEEK_LABEL: Record<WeekOfMonth, () => string> = { 1: () => t('week1'), 2: () => t('week2'), 3: () => t('week3'), 4: () => t('week4'), [-1]: () => t('weekLast') };

export function RepeatFields(props: { n: number; row: HoursRow; errorFor: (field: HoursField) => string | undefined; onChange: (patch: Partial<HoursRow>) => void }) {
  const repeat = () => props.row.repeat ?? 'weekly';
  const toggleWeek = (w: WeekOfMonth, on: boolean) => {
    const weeks = (props.row.weeks ?? []).filter((x) => x !== w);
    props.onChange({ weeks: on ? [...weeks, w] : weeks });
  };
  return (
    <>
      <div class="field">
        <label for={hoursControlId(props.n, 'days') + '-repeat'}>{t('howOften')}</label>
        <select id={hoursControlId(props.n, 'days') + '-repeat'} value={repeat()} onChange={(e) => props.onChange({ repeat: e.currentTarget.value as Repeat })}>
          <option value="weekly">{t('everyWeek')}</option>
          <option value="monthly">{t('someWeeks')}</option>
          <option value="fortnightly">{t('everyOtherWeek')}</option>
        </select>
      </div>
      <Show when={repeat() === 'monthly'}>
        <FieldSet id={hoursControlId(props.n, 'weeks')} legend={t('whichWeeks')} error={props.errorFor('weeks')}>
          <div class="choices inline">
            <For each={WEEKS_OF_MONTH}>
              {(w) => (
                <Choice
                  type="checkbox"
                  id={`${hoursControlId(props.n, 'weeks')}-${w}`}
                  name={hoursControlId(props.n, 'weeks')}
                  value={String(w)}
                  checked={(props.row.weeks ?? []).includes(w)}
                  onChange={(on) => toggleWeek(w, on)}
                  label={WEEK_LABEL[w]()}
                />
              )}
            </For>
          </div>
        </FieldSet>
      </Show>
      <Show when={repeat() === 'fortnightly'}>
        <TextField
          id={hoursControlId(props.n, 'from')}
          type="date"
          label={t('firstSession')}
          hint={t('firstSessionHint')}
          error={props.errorFor('from')}
          value={props.row.from ?? ''}
          onInput={(from) => props.onChange({ from })}
        />
      </Show>
    </>
  );
}

export function DateRangeList(props: {
  list: 'terms' | 'closures';
  ranges: readonly DateRange[];
  errors: readonly HoursError[];
  onChange: (ranges: DateRange[]) => void;
}) {
  const label = (n: number) => (props.list === 'terms' ? t('termN', { n }) : t('closureN', { n }));
  const errorFor = (n: number, field: HoursField) => props.errors.find((e) => e.list === props.list && e.row === n && e.field === field)?.message;
  const set = (i: number, patch: Partial<DateRange>) => props.onChange(props.ranges.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="hours-dates">
      <legend>{props.list === 'terms' ? t('termsLegend') : t('closuresLegend')}</legend>
      <p class="hint">{props.list === 'terms' ? t('termsHint') : t('closuresHint')}</p>
      <Index each={props.ranges}>
        {(r, i) => (
          <fieldset class="hours-row">
            <legend>{label(i + 1)}</legend>
            <div class="times">
              <TextField
                id={hoursControlId(i + 1, 'from', props.list)}
                type="date"
                label={t('from')}
                error={errorFor(i + 1, 'from')}
                value={r().from}
                onInput={(from) => set(i, { from })}
              />
              <TextField
                id={hoursControlId(i + 1, 'to', props.list)}
                type="date"
                label={props.list === 'terms' ? t('to') : t('until')}
                error={errorFor(i + 1, 'to')}
                value={r().to}
                onInput={(to) => set(i, { to })}
              />
              <p>
                <button type="button" class="secondary" onClick={() => props.onChange(props.ranges.filter((_, j) => j !== i))}>
                  {t('remove', { what: label(i + 1) })}
                </button>
              </p>
            </div>
          </fieldset>
        )}
      </Index>
      <div class="button-group">
        <button type="button" class="secondary" onClick={() => props.onChange([...props.ranges, { from: '', to: '' }])}>
          {props.list === 'terms' ? t('addTerm') : t('addClosure')}
        </button>
      </div>
    </fieldset>
  );
}

export function OneOffList(props: { sessions: readonly OneOff[]; errors: readonly HoursError[]; onChange: (sessions: OneOff[]) => void }) {
  const errorFor = (n: number, field: HoursField) => props.errors.find((e) => e.list === 'oneOffs' && e.row === n && e.field === field)?.message;
  const set = (i: number, patch: Partial<OneOff>) => props.onChange(props.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset class="hours-dates">
      <legend>{t('oneOffsLegend')}</legend>
      <p class="hint">{t('oneOffsHint')}</p>
      <Index each={props.sessions}>
        {(s, i) => (
          <fieldset class="hours-row">
            <legend>{t('oneOffN', { n: i + 1 })}</legend>
            <div class="times">
              <TextField
                id={hoursControlId(i + 1, 'date', 'oneOffs')}
                type="date"
                label={t('date')}
                error={errorFor(i + 1, 'date')}
                value={s().date}
                onInput={(date) => set(i, { date })}
              />
              <TextField
                id={hoursControlId(i + 1, 'opens', 'oneOffs')}
                type="time"
                label={t('opens')}
                error={errorFor(i + 1, 'opens')}
                value={s().opens}
                onInput={(opens) => set(i, { opens })}
              />
              <TextField
                id={hoursControlId(i + 1, 'closes', 'oneOffs')}
                type="time"
                label={t('closes')}
                error={errorFor(i + 1, 'closes')}
                value={s().closes}
                onInput={(closes) => set(i, { closes })}
              />
              <p>
                <button type="button" class="secondary" onClick={() => props.onChange(props.sessions.filter((_, j) => j !== i))}>
                  {t('remove', { what: t('oneOffN', { n: i + 1 }) })}
                </button>
              </p>
            </div>
          </fieldset>
        )}
      </Index>
      <div class="button-group">
        <button type="button" class="secondary" onClick={() => props.onChange([...props.sessions, { date: '', opens: '', closes: '' }])}>
          {t('addOneOff')}
        </button>
      </div>
    </fieldset>
  );
}
