// Batches imported before, newest first, each with its counts, its report, and "Undo this
// import" behind a confirmation that says what undoing does.
import { For, Show, createSignal } from 'solid-js';
import type { ImportBatch } from '../../backend/api';
import { downloadText } from '../../ui/download';
import { batchReportCsv, reportFileName } from './importReport';
import { formatDate } from '../../i18n';
import { t } from './i18n';

const when = (iso: string) => formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });

export function PreviousImports(props: { batches: readonly ImportBatch[]; error: string | null; onUndo: (id: string) => Promise<string | null> }) {
  const [confirming, setConfirming] = createSignal<string | null>(null);
  const [working, setWorking] = createSignal(false);
  const [message, setMessage] = createSignal<{ text: string; error: boolean } | null>(null);
  const sorted = () => [...props.batches].sort((a, b) => b.created_at.localeCompare(a.created_at));

  async function undo(b: ImportBatch) {
    setWorking(true);
    const err = await props.onUndo(b.id);
    setWorking(false);
    setConfirming(null);
    setMessage(err ? { text: err, error: true } : { text: t('undone', { file: b.file_name, partner: b.partner }), error: false });
  }

  return (
    <section class="previous-imports" aria-labelledby="previous-heading">
      <h2 id="previous-heading">{t('previousImports')}</h2>
      <Show when={props.error}>
        <p class="error-message">{props.error}</p>
      </Show>
      <div role="status">
        <Show when={message()}>{(m) => <p class={m().error ? 'error-message' : 'success-message'}>{m().text}</p>}</Show>
      </div>
      <Show when={sorted().length > 0} fallback={<p>{t('noImports')}</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="previous-caption">
          <table>
            <caption id="previous-caption" class="visually-hidden">
              {t('previousCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colWhen')}</th>
                <th scope="col">{t('colPartnerAndFile')}</th>
                <th scope="col">{t('colAdded')}</th>
                <th scope="col">{t('colUpdated')}</th>
                <th scope="col">{t('colUnchanged')}</th>
                <th scope="col">{t('colSkipped')}</th>
                <th scope="col">{t('colNotImported')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={sorted()}>
                {(b) => (
                  <tr data-batch={b.id}>
                    <td>{when(b.created_at)}</td>
                    <th scope="row">
                      {b.partner}
                      <br />
                      <span class="hint">{b.file_name}</span>
                    </th>
                    <td>{b.inserted}</td>
                    <td>{b.updated}</td>
                    <td>{b.unchanged}</td>
                    <td>{b.skipped}</td>
                    <td>{b.rejected}</td>
                    <td class="actions">
                      <Show when={b.report.length > 0}>
                        <button type="button" class="link" onClick={() => downloadText(reportFileName(b.partner, new Date(b.created_at)), batchReportCsv(b))}>
                          {t('downloadBatchReport')}
                          <span class="visually-hidden">{t('ofFile', { file: b.file_name })}</span>
                        </button>
                      </Show>
                      <Show when={!b.undone_at} fallback={<span class="tag grey">{t('undoneAt', { when: when(b.undone_at!) })}</span>}>
                        <Show
                          when={confirming() === b.id}
                          fallback={
                            <button type="button" class="secondary" onClick={() => setConfirming(b.id)}>
                              {t('undoImport')}
                              <span class="visually-hidden">{t('inBrackets', { file: b.file_name })}</span>
                            </button>
                          }
                        >
                          <div class="confirm" role="group" aria-labelledby={`confirm-${b.id}`}>
                            <p id={`confirm-${b.id}`}>
                              <strong>{t('undoQuestion')}</strong>
                              {t('undoExplained', { inserted: b.inserted, updated: b.updated })}
                            </p>
                            <button type="button" class="button-warning" disabled={working()} onClick={() => void undo(b)} ref={(el) => queueMicrotask(() => el.focus())}>
                              {t('yesUndo')}
                            </button>{' '}
                            <button type="button" class="secondary" disabled={working()} onClick={() => setConfirming(null)}>
                              {t('cancel')}
                            </button>
                          </div>
                        </Show>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
