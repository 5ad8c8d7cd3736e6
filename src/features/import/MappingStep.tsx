// Step 2: which of our fields each column of the file holds (suggested, editable, with example
// values so the moderator can see), which of our categories each unknown partner category
// means (every one needs a decision before the check, or all its rows would be rejected there),
// and saving both for the partner's next file.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { usePublished } from '../../app/PublishedProvider';
import { makeTaxonomy } from '../../domain/taxonomy';
import { columnSamples } from './columnSamples';
import type { ImportWizard } from './createImportWizard';
import type { FieldOrigin } from './wizardTypes';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { FIELD_INFO, FIELDS, isImportField, type ImportField } from './fields';
import { LEAVE_OUT } from './rows';
import { ProgressPanel } from './ProgressPanel';
import { StepHeading } from './StepIndicator';

const GROUPS: { label: string; fields: ImportField[] }[] = [
  { label: 'Needed for every asset', fields: ['name', 'categories', 'postcode', 'lat', 'lng'] },
  { label: 'About the asset', fields: ['subcategory', 'external_id', 'kind', 'description', 'org_name', 'address', 'last_verified_at'] },
  { label: 'Contact', fields: ['phone', 'email', 'website'] },
  {
    label: 'When, cost and who for',
    fields: ['opening_hours', 'schedule_days', 'schedule_opens', 'schedule_closes', 'free', 'cost', 'age_groups', 'min_age', 'max_age', 'languages'],
  },
  { label: 'Accessibility', fields: FIELDS.filter((f) => f.field === 'accessibility' || f.field.startsWith('access:')).map((f) => f.field) },
];

const ORIGIN_TEXT: Record<FieldOrigin, string> = {
  saved: 'From the saved mapping',
  exact: 'Matched by name',
  word: 'Guessed: please check',
  none: 'Not matched',
  you: 'Changed by you',
};

const IGNORE = '';
const rowsWord = (n: number) => `${n.toLocaleString('en-GB')} row${n === 1 ? '' : 's'}`;
const UNMATCHED = '__unmatched__';
const IGNORE_CATEGORY = '__ignore__';

export function MappingStep(props: { wizard: ImportWizard; focus: boolean }) {
  // eslint-disable-next-line solid/reactivity -- one wizard for the page's life, never replaced
  const w = props.wizard;
  const { categories } = usePublished();
  const taxonomy = createMemo(() => makeTaxonomy(categories()));
  const [tried, setTried] = createSignal(0);
  const result = () => w.discovery()!;
  // Memos below may run once more as the step closes and the read goes (restart): none assumes it.
  const columns = () => w.discovery()?.headers ?? [];
  const unmapped = createMemo(() => columns().filter((c) => !w.mapping()[c]));
  const fieldId = (i: number) => `map-${i}`;
  const columnOfField = (field: string) => columns().findIndex((c) => w.mapping()[c] === field);

  async function submit(e: Event) {
    e.preventDefault();
    setTried(tried() + 1);
    if (w.mappingProblems().length || w.categoryProblems().length) return;
    await w.check();
  }
  const categoryIndex = (value: string) => w.unknownCategories().findIndex((u) => u.value === value);
  const problemHref = (field: ImportField) => {
    const i = columnOfField(field);
    return fieldId(i >= 0 ? i : 0);
  };
  const summaryErrors = createMemo(() => [
    ...w.mappingProblems().map((p) => ({ message: p.message, href: problemHref(p.field) })),
    ...w.categoryProblems().map((c) => ({ message: c.message, href: `cat-${categoryIndex(c.value)}` })),
  ]);

  return (
    <form class="import-step" onSubmit={submit} novalidate>
      <StepHeading step={2} focus={props.focus} />
      <Show when={tried() && summaryErrors().length ? tried() : false} keyed>
        {(_attempt) => <ErrorSummary focusOnMountOnly errors={summaryErrors()} />}
      </Show>
      <Show when={w.error()}>{(message) => <ErrorSummary focusOnMountOnly errors={[{ message: message() }]} />}</Show>

      <p>
        We read <strong>{w.source()?.name}</strong> from <strong>{w.partner()}</strong>: {result().counts.rows.toLocaleString('en-GB')} rows and {columns().length}{' '}
        columns. Check what each column holds and change any that are wrong. Columns set to “Do not import” are left out.
      </p>
      <Show when={w.savedUsed()}>
        {(s) => (
          <p class="notice">
            Using the mapping saved for {s().partner} on {new Date(s().updated_at).toLocaleDateString('en-GB', { dateStyle: 'long' })}.
          </p>
        )}
      </Show>
      <Show when={w.otherIssues().length > 0}>
        <div class="notice">
          <h3>About the file</h3>
          <ul>
            <For each={w.otherIssues()}>{(i) => <li>{i.message}</li>}</For>
          </ul>
        </div>
      </Show>

      <Show when={w.categoryProblems().length > 0}>
        <p class="notice">
          {w.categoryProblems().length === 1 ? 'One category' : `${w.categoryProblems().length} categories`} in the file{' '}
          {w.categoryProblems().length === 1 ? 'is' : 'are'} not ours yet, on {rowsWord(w.categoryProblems().reduce((n, c) => n + c.count, 0))}:{' '}
          <a href="#categories-heading">match {w.categoryProblems().length === 1 ? 'it' : 'them'} below</a> before checking the rows.
        </p>
      </Show>
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="mapping-caption">
        <table class="mapping-table">
          <caption id="mapping-caption">Columns in the file and the field each one fills</caption>
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Examples from the file</th>
              <th scope="col">Our field</th>
            </tr>
          </thead>
          <tbody>
            <For each={columns()}>
              {(column, i) => {
                const field = () => w.mapping()[column] ?? IGNORE;
                const problem = () => {
                  const f = w.mapping()[column];
                  return tried() && f ? w.mappingProblems().find((p) => p.field === f) : undefined;
                };
                const samples = () => columnSamples(result().preview, i());
                const note = () => result().suggestion.columns[i()]?.note;
                return (
                  <tr class={problem() ? 'has-error' : ''}>
                    <th scope="row">
                      <span id={`col-${i()}`}>{column}</span>
                      <br />
                      <span class={`tag${w.origins()[column] === 'word' ? ' warn' : w.origins()[column] === 'none' ? ' grey' : ''}`}>
                        {ORIGIN_TEXT[w.origins()[column] ?? 'none']}
                      </span>
                    </th>
                    <td>
                      <Show when={samples().length} fallback={<span class="hint">Empty in the first rows</span>}>
                        <ul class="samples">
                          <For each={samples()}>{(s) => <li>{s}</li>}</For>
                        </ul>
                      </Show>
                    </td>
                    <td>
                      <label class="visually-hidden" for={fieldId(i())}>
                        Our field for the column “{column}”
                      </label>
                      <Show when={problem()}>
                        {(p) => (
                          <span class="error-message" id={`${fieldId(i())}-error`}>
                            <span class="visually-hidden">Error:</span> {p().message}
                          </span>
                        )}
                      </Show>
                      <Show when={note() && !w.mapping()[column]}>
                        <span class="hint" id={`${fieldId(i())}-note`}>
                          {note()}
                        </span>
                      </Show>
                      <select
                        id={fieldId(i())}
                        aria-describedby={
                          [problem() ? `${fieldId(i())}-error` : '', note() && !w.mapping()[column] ? `${fieldId(i())}-note` : ''].filter(Boolean).join(' ') || undefined
                        }
                        value={field()}
                        onChange={(e) => {
                          const v = e.currentTarget.value;
                          void w.setField(column, isImportField(v) ? v : null);
                        }}
                      >
                        <option value={IGNORE}>Do not import</option>
                        <For each={GROUPS}>
                          {(g) => (
                            <optgroup label={g.label}>
                              <For each={g.fields}>{(f) => <option value={f}>{FIELD_INFO.get(f)!.label}</option>}</For>
                            </optgroup>
                          )}
                        </For>
                      </select>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={unmapped().length > 0}>
        <p>
          <strong>Not imported ({unmapped().length}):</strong> {unmapped().join(', ')}
        </p>
      </Show>

      <Show when={w.busy()}>{(b) => <ProgressPanel busy={b()} onCancel={w.cancelRead} />}</Show>

      <Show when={w.unknownCategories().length > 0}>
        <h3 id="categories-heading">Match the partner’s categories</h3>
        <p>
          These categories and sub-categories in the file are not ours. For each, choose which of ours it means (a category, or one of its types), ignore it (the row
          keeps its other categories), or leave its rows out. You choose before the rows are checked, so no row is turned away for a category nobody looked at. A
          sub-category left unmatched only loses the type: its rows keep their category.
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="categories-caption">
          <table class="category-table">
            <caption id="categories-caption">Partner categories and ours</caption>
            <thead>
              <tr>
                <th scope="col">Category in the file</th>
                <th scope="col">Rows</th>
                <th scope="col">Our category</th>
              </tr>
            </thead>
            <tbody>
              <For each={w.unknownCategories()}>
                {(u, i) => {
                  const value = () => {
                    const v = w.categoryMap()[u.value];
                    return v === undefined ? UNMATCHED : v === '' ? IGNORE_CATEGORY : v;
                  };
                  const problem = () => (tried() ? w.categoryProblems().find((c) => c.value === u.value) : undefined);
                  return (
                    <tr class={problem() ? 'has-error' : ''}>
                      <th scope="row">
                        {u.value}
                        <Show when={u.field === 'subcategory'}>
                          <span class="hint"> (sub-category)</span>
                        </Show>
                      </th>
                      <td>
                        {u.count.toLocaleString('en-GB')}
                        <span class="hint"> (first on row {u.firstRow})</span>
                      </td>
                      <td>
                        <label class="visually-hidden" for={`cat-${i()}`}>
                          Our category for “{u.value}”
                        </label>
                        <Show when={problem()}>
                          <span class="error-message" id={`cat-${i()}-error`}>
                            <span class="visually-hidden">Error:</span> Choose what “{u.value}” means.
                          </span>
                        </Show>
                        <select
                          id={`cat-${i()}`}
                          aria-describedby={problem() ? `cat-${i()}-error` : undefined}
                          value={value()}
                          onChange={(e) => {
                            const v = e.currentTarget.value;
                            w.setCategory(u.value, v === UNMATCHED ? undefined : v === IGNORE_CATEGORY ? '' : v);
                          }}
                        >
                          <option value={UNMATCHED}>{u.field === 'subcategory' ? 'Not matched: rows keep only their category' : 'Choose…'}</option>
                          <option value={IGNORE_CATEGORY}>Ignore it: keep the row’s other categories</option>
                          <option value={LEAVE_OUT}>Leave those rows out: they are not imported</option>
                          <For each={taxonomy().top}>
                            {(c) => (
                              <optgroup label={c.label}>
                                <option value={c.slug}>{c.label}</option>
                                <For each={taxonomy().childrenOf(c.slug)}>{(k) => <option value={k.slug}>{`${c.label} › ${k.label}`}</option>}</For>
                              </optgroup>
                            )}
                          </For>
                        </select>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </Show>

      <div class="save-mapping">
        <button type="button" class="secondary" disabled={!!w.busy()} onClick={() => void w.saveMapping()}>
          Save this mapping for {w.partner()}
        </button>
        <p class="hint" role="status">
          {w.savedMessage() ?? ''}
        </p>
      </div>

      <p class="button-row">
        <button type="button" class="secondary" disabled={!!w.busy()} onClick={() => w.goTo('source')}>
          Back
        </button>
        <button type="submit" disabled={!!w.busy()}>
          Continue: check the rows
        </button>
      </p>
    </form>
  );
}
