// The template a partner can fill in, and what every column means: as a table here and as a
// CSV to send on. Downloads are plain links to generated files, so they work with any browser
// download handling and keyboard.
import { For, onCleanup } from 'solid-js';
import { templateColumns, templateCsv, templateExplanationsCsv } from './template';
import { t } from './i18n';

function blobUrl(text: string): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  onCleanup(() => URL.revokeObjectURL(url));
  return url;
}

export function TemplateHelp() {
  const template = blobUrl(templateCsv());
  const explanations = blobUrl(templateExplanationsCsv());
  return (
    <details class="template-help">
      <summary>{t('templateSummary')}</summary>
      <div class="details-body">
        <p>{t('templateIntro')}</p>
        <p class="button-row">
          <a class="button secondary" href={template} download="common-ground-import-template.csv">
            {t('downloadTemplate')}
          </a>
          <a class="button secondary" href={explanations} download="common-ground-import-columns-explained.csv">
            {t('downloadExplanations')}
          </a>
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-label={t('templateColumnsLabel')}>
          <table>
            <caption>{t('templateColumnsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colColumn')}</th>
                <th scope="col">{t('colWhatItIs')}</th>
                <th scope="col">{t('colRequired')}</th>
                <th scope="col">{t('colFormat')}</th>
                <th scope="col">{t('colExample')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={templateColumns()}>
                {(c) => (
                  <tr>
                    <th scope="row">
                      <code>{c.column}</code>
                    </th>
                    <td>{c.label}</td>
                    <td>{c.required}</td>
                    <td>{c.format}</td>
                    <td>{c.example}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}
