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
import { formatDate, formatNumber } from '../../i18n';
import { t } from './i18n';

const GROUPS: { label: 'groupNeeded' | 'groupAbout' | 'groupContact' | 'groupWhen' | 'groupAccessibility'; fields: ImportField[] }[] = [
  { label: 'groupNeeded', fields: ['name', 'categories', 'postcode', 'lat', 'lng'] },
  { label: 'groupAbout', fields: ['subcategory', 'external_id', 'kind', 'description', 'org_name', 'address', 'last_verified_at'] },
  { label: 'groupContact', fields: ['phone', 'email', 'website'] },
  {
    label: 'groupWhen',
    fields: ['opening_hours', 'schedule_days', 'schedule_opens', 'schedule_closes', 'free', 'cost', 'age_groups', 'min_age', 'max_age', 'languages'],
  },
  { label: 'groupAccessibility', fields: FIELDS.filter((f) => f.field === 'accessibility' || f.field.startsWith('access:')).map((f) => f.field) },
];

const ORIGIN_TEXT: Record<FieldOrigin, 'originSaved' | 'originExact' | 'originWord' | 'originNone' | 'originYou'> = {
  saved: 'originSaved',
  exact: 'originExact',
  word: 'originWord',
  none: 'originNone',
  you: 'originYou',
};

const IGNORE = '';
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
        {t('weRead')}
        <strong>{w.source()?.name}</strong>
        {t('from')}
        <strong>{w.partner()}</strong>
        {t('readCounts', { rows: result().counts.rows, columns: columns().length })}
      </p>
      <Show when={w.savedUsed()}>
        {(s) => <p class="notice">{t('usingSaved', { partner: s().partner, date: formatDate(s().updated_at, { dateStyle: 'long' }) })}</p>}
      </Show>
      <Show when={w.otherIssues().length > 0}>
        <div class="notice">
          <h3>{t('aboutFile')}</h3>
          <ul>
            <For each={w.otherIssues()}>{(i) => <li>{i.message}</li>}</For>
          </ul>
        </div>
      </Show>

      <Show when={w.categoryProblems().length > 0}>
        <p class="notice">
          {t('categoriesNotOurs', { count: w.categoryProblems().length, rows: w.categoryProblems().reduce((n, c) => n + c.count, 0) })}
          <a href="#categories-heading">{t('matchBelow', { count: w.categoryProblems().length })}</a>
          {t('beforeChecking')}
        </p>
      </Show>
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="mapping-caption">
        <table class="mapping-table">
          <caption id="mapping-caption">{t('mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnInFile')}</th>
              <th scope="col">{t('examples')}</th>
              <th scope="col">{t('ourField')}</th>
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
                        {t(ORIGIN_TEXT[w.origins()[column] ?? 'none'])}
                      </span>
                    </th>
                    <td>
                      <Show when={samples().length} fallback={<span class="hint">{t('emptyInFirstRows')}</span>}>
                        <ul class="samples">
                          <For each={samples()}>{(s) => <li>{s}</li>}</For>
                        </ul>
                      </Show>
                    </td>
                    <td>
                      <label class="visually-hidden" for={fieldId(i())}>
                        {t('ourFieldFor', { column })}
                      </label>
                      <Show when={problem()}>
                        {(p) => (
                          <span class="error-message" id={`${fieldId(i())}-error`}>
                            <span class="visually-hidden">{t('errorPrefix')}</span> {p().message}
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
                        <option value={IGNORE}>{t('doNotImport')}</option>
                        <For each={GROUPS}>
                          {(g) => (
                            <optgroup label={t(g.label)}>
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
          <strong>{t('notImported', { count: unmapped().length })}</strong> {unmapped().join(', ')}
        </p>
      </Show>

      <Show when={w.busy()}>{(b) => <ProgressPanel busy={b()} onCancel={w.cancelRead} />}</Show>

      <Show when={w.unknownCategories().length > 0}>
        <h3 id="categories-heading">{t('matchHeading')}</h3>
        <p>{t('matchIntro')}</p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="categories-caption">
          <table class="category-table">
            <caption id="categories-caption">{t('categoriesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('categoryInFile')}</th>
                <th scope="col">{t('rows')}</th>
                <th scope="col">{t('ourCategory')}</th>
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
                          <span class="hint">{t('subcategoryTag')}</span>
                        </Show>
                      </th>
                      <td>
                        {formatNumber(u.count)}
                        <span class="hint">{t('firstOnRow', { row: u.firstRow })}</span>
                      </td>
                      <td>
                        <label class="visually-hidden" for={`cat-${i()}`}>
                          {t('ourCategoryFor', { value: u.value })}
                        </label>
                        <Show when={problem()}>
                          <span class="error-message" id={`cat-${i()}-error`}>
                            <span class="visually-hidden">{t('errorPrefix')}</span> {t('chooseWhatMeans', { value: u.value })}
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
                          <option value={UNMATCHED}>{u.field === 'subcategory' ? t('subNotMatched') : t('choose')}</option>
                          <option value={IGNORE_CATEGORY}>{t('ignoreCategory')}</option>
                          <option value={LEAVE_OUT}>{t('leaveRowsOut')}</option>
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
          {t('saveMapping', { partner: w.partner() })}
        </button>
        <p class="hint" role="status">
          {w.savedMessage() ?? ''}
        </p>
      </div>

      <p class="button-row">
        <button type="button" class="secondary" disabled={!!w.busy()} onClick={() => w.goTo('source')}>
          {t('back')}
        </button>
        <button type="submit" disabled={!!w.busy()}>
          {t('continueCheck')}
        </button>
      </p>
    </form>
  );
}
