// What every step of the import wizard shares: the step it is on, the one thing it is busy with
// (with progress), the message for what went wrong, and reading the file in the worker.
import { createSignal } from 'solid-js';
import { ImportCancelled } from './importClient';
import type { ParseResult, RunOptions } from './runImport';
import type { Busy, ImportSource, WizardDeps, WizardStep } from './wizardTypes';
import { t } from './i18n';

export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createWizardCore(deps: WizardDeps) {
  const [step, setStep] = createSignal<WizardStep>('source');
  const [busy, setBusy] = createSignal<Busy | null>(null);
  const [error, setError] = createSignal<string | null>(null);

  /** Reads the whole file with progress; a failure becomes the error, a cancel just stops. */
  async function read(s: ImportSource, label: string, options: RunOptions): Promise<ParseResult | null> {
    setBusy({ label, fraction: 0, detail: '', cancellable: true });
    try {
      return await deps.client.run(s.kind === 'file' ? s.file : s.kind === 'text' ? s.text : { oruk: s.services }, options, (p) =>
        setBusy({
          label,
          fraction: p.totalBytes ? p.bytesRead / p.totalBytes : null,
          detail: t('rowsRead', { count: p.rows }),
          cancellable: true,
        }),
      );
    } catch (e) {
      if (!(e instanceof ImportCancelled)) setError(messageOf(e));
      return null;
    } finally {
      setBusy(null);
    }
  }

  return {
    deps,
    step,
    setStep,
    busy,
    setBusy,
    error,
    setError,
    read,
    goTo(s: WizardStep) {
      setError(null);
      setStep(s);
    },
    cancelRead: () => deps.client.cancel(),
  };
}

export type WizardCore = ReturnType<typeof createWizardCore>;
