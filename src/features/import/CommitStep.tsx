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

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

/** The missing listings by name: all of a few, the first 20 of many (the report has every one). */
function MissingList(props: { listings: readonly MissingListing[] }) {
  const SHOWN = 20;
  return (
    <>
      <ul class="missing-list">
        <For each={props.listings.slice(0, SHOWN)}>{(m) => <li>{m.name}</li>}</For>
      </ul>
      <Show when={props.listings.length > SHOWN}>
        <p class="hint">and {plural(props.listings.length - SHOWN, 'more', 'more')}: the report lists every one.</p>
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
      importReportCsv(c.headers, c.mapping, w.plan()!, w.decisions(), { strict: w.strict(), missing: { listings: w.missing(), archive: w.archiveMissing() } }),
    );
  };

  return (
    <div class="import-step">
      <Show
        when={w.committed()}
        fallback={
          <>
            <StepHeading step={4} focus={props.focus} />
            <Show when={w.error()}>{(message) => <ErrorSummary focusOnMountOnly title="The import did not happen" errors={[{ message: message() }]} />}</Show>
            <Show when={preview().losingValues > 0}>
              <fieldset class="field">
                <legend>
                  {plural(preview().losingValues, 'row has', 'rows have')} a value that could not be used, such as an e-mail or web address that is not one, or opening
                  hours we cannot read
                </legend>
                <p class="hint">The report lists each one with the value as the partner wrote it.</p>
                <div class="radio">
                  <input type="radio" id="values-lost-lenient" name="values-lost" checked={!w.strict()} onChange={() => w.setStrict(false)} />
                  <label for="values-lost-lenient">Import them without those values</label>
                </div>
                <div class="radio">
                  <input type="radio" id="values-lost-strict" name="values-lost" checked={w.strict()} onChange={() => w.setStrict(true)} />
                  <label for="values-lost-strict">Hold them back for the partner to fix</label>
                </div>
              </fieldset>
            </Show>
            <Show when={preview().missing > 0}>
              <fieldset class="field">
                <legend>
                  {plural(preview().missing, 'listing', 'listings')} from {w.partner()} {preview().missing === 1 ? 'is' : 'are'} on the map but not in this file
                </legend>
                <p class="hint">They were in an earlier file from this partner. They may have closed, or the partner may have sent only part of their list.</p>
                <MissingList listings={w.missing()} />
                <div class="radio">
                  <input type="radio" id="missing-keep" name="missing" checked={!w.archiveMissing()} onChange={() => w.setArchiveMissing(false)} />
                  <label for="missing-keep">Keep them on the map</label>
                </div>
                <div class="radio">
                  <input type="radio" id="missing-archive" name="missing" checked={w.archiveMissing()} onChange={() => w.setArchiveMissing(true)} />
                  <label for="missing-archive">Archive them with this import (undoing the import brings them back)</label>
                </div>
              </fieldset>
            </Show>
            <p>
              When you import {w.source()?.name} from {w.partner()}:
            </p>
            <ul class="outcome-list">
              <li>{plural(preview().inserts, 'new asset is', 'new assets are')} published on the map</li>
              <li>{plural(preview().updates, 'asset is', 'assets are')} updated where the file changes them (the rest are left as they are)</li>
              <li>{plural(preview().skips, 'row is', 'rows are')} skipped (repeats of an earlier row, and possible duplicates you chose to skip)</li>
              <li>{plural(preview().rejected, 'row is', 'rows are')} not imported because of problems</li>
              <Show when={preview().heldBack > 0}>
                <li>{plural(preview().heldBack, 'row is', 'rows are')} held back for the partner to fix</li>
              </Show>
              <Show when={preview().missing > 0}>
                <li>
                  {plural(preview().missing, 'listing', 'listings')} not in this file{' '}
                  {preview().archives ? (preview().missing === 1 ? 'is archived' : 'are archived') : 'stay on the map'}
                </li>
              </Show>
            </ul>
            <p class="notice">Everything is imported in one go: if anything fails, nothing is written. You can undo the whole import afterwards.</p>
            <Show
              when={w.busy()}
              fallback={
                <p class="button-row">
                  <button type="button" class="secondary" onClick={() => w.goTo('check')}>
                    Back
                  </button>
                  <button type="button" disabled={preview().inserts + preview().updates + preview().archives === 0} onClick={() => void w.commit()}>
                    {preview().inserts + preview().updates === 0 && preview().archives > 0
                      ? `Archive ${plural(preview().archives, 'listing', 'listings')}`
                      : `Import ${plural(preview().inserts + preview().updates, 'asset', 'assets')}`}
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
              <h2>Import complete</h2>
              <p>
                {plural(batch().inserted, 'asset', 'assets')} added and {plural(batch().updated, 'asset', 'assets')} updated from {batch().file_name}
              </p>
            </div>
            <ul class="outcome-list">
              <li>{plural(batch().inserted, 'new asset', 'new assets')} published</li>
              <li>{plural(batch().updated, 'asset', 'assets')} updated</li>
              <Show when={batch().unchanged > 0}>
                <li>{plural(batch().unchanged, 'asset', 'assets')} unchanged: already as the file says</li>
              </Show>
              <li>{plural(batch().skipped, 'row', 'rows')} skipped</li>
              <li>{plural(batch().rejected, 'row', 'rows')} not imported</li>
              <Show when={batch().archived > 0}>
                <li>{plural(batch().archived, 'listing', 'listings')} archived: not in this file</li>
              </Show>
            </ul>
            <p class="button-row">
              <A href="/" class="button">
                See them on the map
              </A>
              <button type="button" class="secondary" onClick={downloadReport}>
                Download report
              </button>
              <button type="button" class="secondary" onClick={() => w.restart()}>
                Import another file
              </button>
            </p>
            <p>
              The report lists every row that was not imported and why, and every row imported with a value changed or left out, with its cells as they were, so the
              partner can fix them.
            </p>
            <p>To take this import back, use “Undo this import” under Previous imports below.</p>
          </>
        )}
      </Show>
    </div>
  );
}
