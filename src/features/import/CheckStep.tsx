// Step 3: what the import would do, before anything is written: counts, the possible duplicates
// to decide, every problem with its row and column, and the cleaned rows.
import { Show, createMemo } from 'solid-js';
import { usePublished } from '../../app/PublishedProvider';
import type { ImportWizard } from './createImportWizard';
import { CleanedRowsTable } from './CleanedRowsTable';
import { downloadText } from '../../ui/download';
import { DuplicateDecisions, duplicateChoiceId } from './DuplicateDecisions';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { ImportCounts } from './ImportCounts';
import { importReportCsv, reportFileName } from './importReport';
import { ProblemsTable } from './ProblemsTable';
import { problemRows } from './problemRows';
import { StepHeading } from './StepIndicator';
import { t } from './i18n';

export function CheckStep(props: { wizard: ImportWizard; focus: boolean }) {
  // eslint-disable-next-line solid/reactivity -- one wizard for the page's life, never replaced
  const w = props.wizard;
  const { categories } = usePublished();
  const plan = () => w.plan()!;
  // The memos may run once more as the step closes and the plan goes (restart): they do not assume it.
  const problems = createMemo(() => {
    const p = w.plan();
    return p ? problemRows(p) : [];
  });
  const duplicates = createMemo(() => w.plan()?.planned.filter((p) => p.status === 'duplicate') ?? []);
  const label = (slug: string) => categories().find((c) => c.slug === slug)?.label ?? slug;
  const notImported = () => plan().rejected.length;
  const changed = () => plan().counts.withWarnings;

  const downloadReport = () => {
    const c = w.checked()!;
    downloadText(reportFileName(w.partner()), importReportCsv(c.headers, c.mapping, plan(), w.decisions(), { strict: w.strict() }));
  };

  return (
    <div class="import-step">
      <StepHeading step={3} focus={props.focus} />
      <Show when={w.error()}>
        {(message) => <ErrorSummary focusOnMountOnly errors={[{ message: message(), href: w.undecided().length ? duplicateChoiceId(w.undecided()[0]) : undefined }]} />}
      </Show>
      <p>
        {t('checkedFromStart', { count: plan().counts.total })}
        <strong>{w.source()?.name}</strong>.
      </p>
      <ImportCounts counts={plan().counts} />
      <Show when={duplicates().length > 0}>
        <DuplicateDecisions rows={duplicates()} decisions={w.decisions()} undecided={w.undecided().length} onDecide={w.decide} onDecideUndecided={w.decideUndecided} />
      </Show>
      <ProblemsTable problems={problems()} />
      <Show when={notImported() > 0 || changed() > 0}>
        <p>
          <button type="button" class="link" onClick={downloadReport}>
            {t('downloadReport')}
          </button>
        </p>
      </Show>
      <CleanedRowsTable rows={plan().planned} decisions={w.decisions()} categoryLabel={label} />
      <p class="button-row">
        <button type="button" class="secondary" onClick={() => w.goTo('mapping')}>
          {t('backToMapping')}
        </button>
        <button type="button" disabled={plan().planned.length === 0} onClick={() => w.toImport()}>
          {t('continue')}
        </button>
      </p>
    </div>
  );
}
