// The optional date under "Open on a day": with it, the answer is for that very date, so a
// group that meets on the 2nd Tuesday shows for the 2nd Tuesday's date and not the 3rd's.
import { Show } from 'solid-js';
import { openOnDate, type OpenOn } from '../../../domain/filters';
import { t } from './i18n';

export function OpenOnDateField(props: { on: OpenOn; onChange: (on: OpenOn) => void }) {
  const setDate = (value: string) => {
    const date = openOnDate({ ...props.on, date: value });
    // A date the browser let through but the calendar has not (typed by hand) is not applied.
    if (value && !date) return;
    props.onChange(date ? { ...props.on, date: value, weekday: date.getDay() } : { ...props.on, date: null });
  };
  return (
    <div class="field">
      <label for="open-date">
        {t('date')} <span class="hint">{t('dateOptional')}</span>
      </label>
      <span class="hint" id="open-date-hint">
        {t('dateHint')}
      </span>
      <input id="open-date" type="date" aria-describedby="open-date-hint" value={props.on.date ?? ''} onChange={(e) => setDate(e.currentTarget.value)} />
      <Show when={props.on.date}>
        <button type="button" class="link" onClick={() => setDate('')}>
          {t('clearDate')}
        </button>
      </Show>
    </div>
  );
}
