// Batches imported before, newest first, each with its counts, its report, and "Undo this
// import" behind a confirmation that says what undoing does.
import { For, Show, createSignal } from 'solid-js';
import type { ImportBatch } from '../../backend/api';
import { downloadText } from '../../ui/download';
import { batchReportCsv, reportFileName } from './importReport';

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

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
    setMessage(err ? { text: err, error: true } : { text: `The import of ${b.file_name} from ${b.partner} was undone.`, error: false });
  }

  return (
    <section class="previous-imports" aria-labelledby="previous-heading">
      <h2 id="previous-heading">Previous imports</h2>
      <Show when={props.error}>
        <p class="error-message">{props.error}</p>
      </Show>
      <div role="status">
        <Show when={message()}>{(m) => <p class={m().error ? 'error-message' : 'success-message'}>{m().text}</p>}</Show>
      </div>
      <Show when={sorted().length > 0} fallback={<p>No imports yet.</p>}>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="previous-caption">
          <table>
            <caption id="previous-caption" class="visually-hidden">
              Previous imports, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Partner and file</th>
                <th scope="col">Added</th>
                <th scope="col">Updated</th>
                <th scope="col">Unchanged</th>
                <th scope="col">Skipped</th>
                <th scope="col">Not imported</th>
                <th scope="col">Actions</th>
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
                          Download report<span class="visually-hidden"> of {b.file_name}</span>
                        </button>
                      </Show>
                      <Show when={!b.undone_at} fallback={<span class="tag grey">Undone {when(b.undone_at!)}</span>}>
                        <Show
                          when={confirming() === b.id}
                          fallback={
                            <button type="button" class="secondary" onClick={() => setConfirming(b.id)}>
                              Undo this import<span class="visually-hidden"> ({b.file_name})</span>
                            </button>
                          }
                        >
                          <div class="confirm" role="group" aria-labelledby={`confirm-${b.id}`}>
                            <p id={`confirm-${b.id}`}>
                              <strong>Undo this import?</strong> The {b.inserted} assets it added are removed from the map and the {b.updated} it updated go back to how
                              they were.
                            </p>
                            <button type="button" class="button-warning" disabled={working()} onClick={() => void undo(b)} ref={(el) => queueMicrotask(() => el.focus())}>
                              Yes, undo this import
                            </button>{' '}
                            <button type="button" class="secondary" disabled={working()} onClick={() => setConfirming(null)}>
                              Cancel
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
