/// <reference lib="webworker" />
// Parses, maps and validates a partner file off the main thread, so a 50 MB file never freezes
// the page; posts progress once per chunk and the whole result at the end.
import type { ImportRequest, ImportResponse } from './importProtocol';
import { runImport } from './runImport';
import { setLocale } from '../../i18n';
import { t } from './i18n';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: ImportResponse) => scope.postMessage(m);

scope.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, input, options } = e.data;
  try {
    // The worker keeps its own current language: the page's, so the problems read in it.
    if (options.locale) await setLocale(options.locale, { remember: false });
    const result = await runImport(input, options, (progress) => post({ id, type: 'progress', progress }));
    post({ id, type: 'result', result });
  } catch (err) {
    // runImport turns bad input into issues; reaching here means the file could not be read.
    post({ id, type: 'error', message: t('fileUnreadable', { reason: err instanceof Error ? err.message : String(err) }) });
  }
};
