// A change as a table a person can read: one row per field, before and after in words.
import { For, Show, type JSX } from 'solid-js';
import { fieldLabel, formatValue } from './formatChange';
import { t } from './i18n';

export interface ChangeRow {
  field: string;
  from: unknown;
  to: unknown;
}

/** Rows from a database diff ({ field: { from, to } }), in the order `order` gives (others after). */
export function changeRows(diff: Record<string, { from: unknown; to: unknown }> | null | undefined, order: readonly string[] = []): ChangeRow[] {
  const keys = Object.keys(diff ?? {});
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return keys.sort((a, b) => rank(a) - rank(b)).map((field) => ({ field, from: diff![field].from, to: diff![field].to }));
}

export function ChangesTable(props: {
  caption: string;
  rows: ChangeRow[];
  fromLabel?: string;
  toLabel?: string;
  categoryLabel?: (slug: string) => string;
  captionClass?: string;
  /** For something new there is no "before": show only the values. */
  valuesOnly?: boolean;
  /** Shows a field's value some other way than formatValue (undefined: the usual way). */
  renderValue?: (field: string, value: unknown) => JSX.Element | undefined;
}) {
  const fromLabel = () => props.fromLabel ?? t('changesBefore');
  const toLabel = () => props.toLabel ?? t('changesAfter');
  const cell = (field: string, value: unknown) => props.renderValue?.(field, value) ?? formatValue(field, value, props.categoryLabel);
  return (
    // Stacked on a phone (tables.css): the field's name, then before and after under their labels.
    <table class="changes stacked-table" role="table">
      <caption class={props.captionClass ?? 'visually-hidden'}>{props.caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {t('changesField')}
          </th>
          <Show when={!props.valuesOnly}>
            <th scope="col" role="columnheader">
              {fromLabel()}
            </th>
          </Show>
          <th scope="col" role="columnheader">
            {toLabel()}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        <For each={props.rows}>
          {(r) => (
            <tr role="row">
              <th scope="row" role="rowheader">
                {fieldLabel(r.field)}
              </th>
              <Show when={!props.valuesOnly}>
                <td class="before" role="cell" data-label={fromLabel()}>
                  {cell(r.field, r.from)}
                </td>
              </Show>
              <td class="after" role="cell" data-label={props.valuesOnly ? undefined : toLabel()}>
                {cell(r.field, r.to)}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
