// "Download these results" / "Download every listing": one button per format, what the file will
// hold said before anyone presses, and what happened said after (a status a screen reader hears,
// or an alert when it failed). The feature builds each file; this only offers and saves it.
import { For, Show, createSignal } from 'solid-js';
import type { ExportFormat } from '../domain/export/exportMeta';
import { downloadText } from './download';
import { t } from './i18n';

export interface BuiltFile {
  fileName: string;
  text: string;
  type: string;
}

const FORMATS: readonly { format: ExportFormat; label: string; hint: () => string }[] = [
  { format: 'csv', label: 'CSV', hint: () => t('csvHint') },
  { format: 'geojson', label: 'GeoJSON', hint: () => t('geojsonHint') },
  { format: 'oruk', label: 'ORUK JSON', hint: () => t('orukHint') },
];

export function DownloadChoices(props: {
  /** Names the group of buttons for a screen reader: "Download these results". */
  label: string;
  /** What the files will hold: "The file will hold the 23 listings shown." */
  contents: string;
  /** False while there is nothing to download (no results, or still loading). */
  ready: boolean;
  build: (format: ExportFormat) => Promise<BuiltFile>;
}) {
  const [busy, setBusy] = createSignal<ExportFormat | null>(null);
  const [done, setDone] = createSignal('');
  const [failed, setFailed] = createSignal('');

  const download = async (format: ExportFormat, label: string) => {
    if (busy()) return;
    setBusy(format);
    setDone(t('preparing', { format: label }));
    setFailed('');
    try {
      const file = await props.build(format);
      downloadText(file.fileName, file.text, file.type);
      setDone(t('downloaded', { file: file.fileName }));
    } catch (e) {
      setDone('');
      setFailed(t('downloadFailed', { format: label, reason: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="download-choices" role="group" aria-label={props.label}>
      <p class="download-contents">{props.contents}</p>
      <Show when={props.ready}>
        <ul class="download-formats">
          <For each={FORMATS}>
            {(f) => (
              <li>
                <button
                  type="button"
                  class="secondary"
                  aria-describedby={`download-hint-${f.format}`}
                  aria-disabled={busy() !== null}
                  onClick={() => void download(f.format, f.label)}
                >
                  {t('download', { format: f.label })}
                </button>
                <span class="download-hint" id={`download-hint-${f.format}`}>
                  {f.hint()}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <p class="download-status" role="status">
        {done()}
      </p>
      <Show when={failed()}>
        <p class="banner danger" role="alert">
          {failed()}
        </p>
      </Show>
    </div>
  );
}
