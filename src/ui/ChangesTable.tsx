// A change as a table a person can read: one row per field, before and after in words.
import { For, Show, type JSX } from 'solid-js';
import { fieldLabel, formatValue } from './formatChange';

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
  const cell = (field: string, value: unknown) => props.renderValue?.(field, value) ?? formatValue(field, value, props.categoryLabel);
  return (
    <table class="changes">
      <caption class={props.captionClass ?? 'visually-hidden'}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <Show when={!props.valuesOnly}>
            <th scope="col">{props.fromLabel ?? 'Before'}</th>
          </Show>
          <th scope="col">{props.toLabel ?? 'After'}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(r) => (
            <tr>
              <th scope="row">{fieldLabel(r.field)}</th>
              <Show when={!props.valuesOnly}>
                <td class="before">{cell(r.field, r.from)}</td>
              </Show>
              <td class="after">{cell(r.field, r.to)}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
