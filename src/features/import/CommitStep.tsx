// Step 4: say plainly what will happen, import in one transaction, then show what happened with
// the way to the map, the report and the way back (undo is under "Previous imports").
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { ImportWizard } from './createImportWizard';
import { downloadText } from '../../ui/download';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { importReportCsv, reportFileName } from './importReport';
import type { MissingListing } from './missing';
import { ProgressPanel } from './ProgressPanel';
import { StepHeading } from './StepIndicator';
import { t } from './i18n';

/** The missing listings by name: all of a few, the first 20 of many (the report has every one). */
function MissingList(props: { listings: readonly MissingListing[] }) {
  const SHOWN = 20;
  return (
    <>
      <ul class="missing-list">
        <For each={props.listings.slice(0, SHOWN)}>{(m) => <li>{m.name}</li>}</For>
      </ul>
      <Show when={props.listings.length > SHOWN}>
        <p class="hint">{t('andMore', { count: props.listings.length - SHOWN })}</p>
      </Show>
    </>
  );
}

export function CommitStep(props: { wizard: ImportWizard; focus: boolean }) {
  // eslint-disable-next-line solid/reactivity -- one wizard for the page's life, never replaced
  const w = props.wizard;
  const preview = () => w.commitPreview()!;
  const downloadReport = () => {
    const c = w.checked()!;
    downloadText(
      reportFileName(w.partner()),
      importReportCsv(c.headers, c.mapping, w.plan()!, w.decisions(), {
        strict: w.strict(),
        missing: { listings: w.missing(), archive: w.archiveMissing() },
        unchanged: w.commitPreview()?.unchangedRows,
      }),
    );
  };

  return (
    <div class="import-step">
      <Show
        when={w.committed()}
        fallback={
          <>
            <StepHeading step={4} focus={props.focus} />
            <Show when={w.error()}>{(message) => <ErrorSummary focusOnMountOnly title={t('importFailed')} errors={[{ message: message() }]} />}</Show>
            <Show when={preview().losingValues > 0}>
              <fieldset class="field">
                <legend>{t('losingValues', { count: preview().losingValues })}</legend>
                <p class="hint">{t('losingValuesHint')}</p>
                <div class="radio">
                  <input type="radio" id="values-lost-lenient" name="values-lost" checked={!w.strict()} onChange={() => w.setStrict(false)} />
                  <label for="values-lost-lenient">{t('importWithout')}</label>
                </div>
                <div class="radio">
                  <input type="radio" id="values-lost-strict" name="values-lost" checked={w.strict()} onChange={() => w.setStrict(true)} />
                  <label for="values-lost-strict">{t('holdBack')}</label>
                </div>
              </fieldset>
            </Show>
            <Show when={preview().missing > 0}>
              <fieldset class="field">
                <legend>{t('missing', { count: preview().missing, partner: w.partner() })}</legend>
                <p class="hint">{t('missingHint')}</p>
                <MissingList listings={w.missing()} />
                <div class="radio">
                  <input type="radio" id="missing-keep" name="missing" checked={!w.archiveMissing()} onChange={() => w.setArchiveMissing(false)} />
                  <label for="missing-keep">{t('keepMissing')}</label>
                </div>
                <div class="radio">
                  <input type="radio" id="missing-archive" name="missing" checked={w.archiveMissing()} onChange={() => w.setArchiveMissing(true)} />
                  <label for="missing-archive">{t('archiveMissing')}</label>
                </div>
              </fieldset>
            </Show>
            <p>{t('whenYouImport', { file: w.source()?.name ?? '', partner: w.partner() })}</p>
            <ul class="outcome-list">
              <li>{t('willInsert', { count: preview().inserts })}</li>
              <li>{t('willUpdate', { count: preview().updates })}</li>
              <Show when={preview().unchangedState !== 'known' || preview().unchanged > 0}>
                <li aria-live="polite">
                  {preview().unchangedState === 'asking'
                    ? t('checkingUnchanged')
                    : preview().unchangedState === 'failed'
                      ? t('unchangedUnknown')
                      : t('willLeave', { count: preview().unchanged })}
                </li>
              </Show>
              <li>{t('willSkip', { count: preview().skips })}</li>
              <li>{t('willReject', { count: preview().rejected })}</li>
              <Show when={preview().heldBack > 0}>
                <li>{t('willHoldBack', { count: preview().heldBack })}</li>
              </Show>
              <Show when={preview().missing > 0}>
                <li>{t('willMissing', { count: preview().missing, archives: !!preview().archives })}</li>
              </Show>
            </ul>
            <p class="notice">{t('oneGo')}</p>
            <Show
              when={w.busy()}
              fallback={
                <p class="button-row">
                  <button type="button" class="secondary" onClick={() => w.goTo('check')}>
                    {t('back')}
                  </button>
                  <button
                    type="button"
                    disabled={preview().unchangedState === 'asking' || preview().inserts + preview().updates + preview().archives === 0}
                    onClick={() => void w.commit()}
                  >
                    {preview().inserts + preview().updates === 0 && preview().archives > 0
                      ? t('archiveButton', { count: preview().archives })
                      : t('importButton', { count: preview().inserts + preview().updates })}
                  </button>
                </p>
              }
            >
              {(b) => <ProgressPanel busy={b()} onCancel={() => {}} />}
            </Show>
          </>
        }
      >
        {(batch) => (
          <>
            <div class="panel-confirmation" tabindex="-1" ref={(el) => queueMicrotask(() => el.focus())}>
              <h2>{t('importComplete')}</h2>
              <p>{t('addedAndUpdated', { inserted: batch().inserted, updated: batch().updated, file: batch().file_name })}</p>
            </div>
            <ul class="outcome-list">
              <li>{t('didInsert', { count: batch().inserted })}</li>
              <li>{t('didUpdate', { count: batch().updated })}</li>
              <Show when={batch().unchanged > 0}>
                <li>{t('didLeave', { count: batch().unchanged })}</li>
              </Show>
              <li>{t('didSkip', { count: batch().skipped })}</li>
              <li>{t('didReject', { count: batch().rejected })}</li>
              <Show when={batch().archived > 0}>
                <li>{t('didArchive', { count: batch().archived })}</li>
              </Show>
            </ul>
            <p class="button-row">
              <A href="/" class="button">
                {t('seeOnMap')}
              </A>
              <button type="button" class="secondary" onClick={downloadReport}>
                {t('downloadBatchReport')}
              </button>
              <button type="button" class="secondary" onClick={() => w.restart()}>
                {t('importAnother')}
              </button>
            </p>
            <p>{t('reportExplained')}</p>
            <p>{t('howToUndo')}</p>
          </>
        )}
      </Show>
    </div>
  );
}
