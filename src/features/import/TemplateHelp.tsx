// The template a partner can fill in, and what every column means: as a table here and as a
// CSV to send on. Downloads are plain links to generated files, so they work with any browser
// download handling and keyboard.
import { For, onCleanup } from 'solid-js';
import { templateColumns, templateCsv, templateExplanationsCsv } from './template';

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
      <summary>Download the template and see what each column means</summary>
      <div class="details-body">
        <p>
          Partners can fill in this template; its columns match ours, so nothing needs matching. Other layouts work too: you will match their columns in the next step.
        </p>
        <p class="button-row">
          <a class="button secondary" href={template} download="common-ground-import-template.csv">
            Download the template (CSV)
          </a>
          <a class="button secondary" href={explanations} download="common-ground-import-columns-explained.csv">
            Download the column explanations (CSV)
          </a>
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-label="What each template column means">
          <table>
            <caption>What each column in the template means</caption>
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">What it is</th>
                <th scope="col">Required?</th>
                <th scope="col">Format</th>
                <th scope="col">Example</th>
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
