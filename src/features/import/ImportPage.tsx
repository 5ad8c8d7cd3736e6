// /import: the partner data import wizard for moderators (issue 6). The steps own their screens;
// this page owns the wizard, the worker, the page title and "Previous imports".
import { Match, Show, Switch, createEffect, createSignal, on, onCleanup } from 'solid-js';
import { written } from '../../app/data/liveData';
import { useBackend } from '../../app/BackendProvider';
import { usePublished } from '../../app/PublishedProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { CheckStep } from './CheckStep';
import { CommitStep } from './CommitStep';
import { createImportClient } from './importClient';
import { createImportWizard } from './createImportWizard';
import type { WizardDeps, WizardStep } from './wizardTypes';
import { InterruptedCommitNotice } from './InterruptedCommitNotice';
import { loadImportGeocoder } from './loadImportGeocoder';
import { MappingStep } from './MappingStep';
import { PreviousImports } from './PreviousImports';
import { SourceStep } from './SourceStep';
import { StepIndicator, stepNames } from './StepIndicator';
import { t } from './i18n';
import './importPage.css';

const STEP_NUMBER: Record<WizardStep, number> = { source: 1, mapping: 2, check: 3, import: 4, done: 4 };

export default function ImportPage() {
  const { backend, me } = useBackend();
  const allowed = () => me()?.staff_role === 'moderator' || me()?.staff_role === 'admin';
  usePageTitle(() => t('title'));
  return (
    <div class="page import-page">
      <h1>{t('title')}</h1>
      <Show when={!me.loading} fallback={<p>{t('checkingWho')}</p>}>
        <Show
          when={allowed()}
          fallback={
            <div class="notice">
              <p>{t('onlyModerators')}</p>
              <Show when={backend.local}>
                <p>{t('localModeHow')}</p>
              </Show>
            </div>
          }
        >
          <Wizard onWritten={written} />
        </Show>
      </Show>
    </div>
  );
}

function Wizard(props: { onWritten: WizardDeps['onWritten'] }) {
  const { backend, me, reads } = useBackend();
  const { categories } = usePublished();
  const client = createImportClient();
  onCleanup(() => client.dispose());
  const wizard = createImportWizard({
    // The lists are read through their named queries, so a write that changes them reads them again.
    api: { ...backend.api, importBatches: reads.importBatches, savedMappings: reads.savedMappings },
    client,
    categories: () => categories().map((c) => ({ slug: c.slug, label: c.label, parent: c.parent, kind: c.kind ?? null, aliases: c.aliases ?? [] })),
    geocoder: () => loadImportGeocoder(),
    onWritten: (change) => props.onWritten(change),
  });
  // Headings take focus when the step changes, not when the page first opens.
  const [moved, setMoved] = createSignal(false);
  createEffect(on(wizard.step, () => setMoved(true), { defer: true }));
  createEffect(
    on(
      () => me()?.user_id,
      () => void wizard.refreshLists(),
    ),
  );
  usePageTitle(() => {
    const n = STEP_NUMBER[wizard.step()];
    const name = wizard.step() === 'done' ? t('importComplete') : t('stepOf', { step: n, name: stepNames()[n - 1] });
    return t('pageTitle', { error: !!wizard.error(), name });
  });

  return (
    <>
      <InterruptedCommitNotice outcome={wizard.interrupted()} onDismiss={wizard.dismissInterrupted} />
      <StepIndicator current={STEP_NUMBER[wizard.step()]} />
      <Switch>
        <Match when={wizard.step() === 'source'}>
          <SourceStep wizard={wizard} focus={moved()} />
        </Match>
        <Match when={wizard.step() === 'mapping' && wizard.discovery()}>
          <MappingStep wizard={wizard} focus={moved()} />
        </Match>
        <Match when={wizard.step() === 'check' && wizard.plan()}>
          <CheckStep wizard={wizard} focus={moved()} />
        </Match>
        <Match when={(wizard.step() === 'import' || wizard.step() === 'done') && wizard.plan()}>
          <CommitStep wizard={wizard} focus={moved()} />
        </Match>
      </Switch>
      <PreviousImports batches={wizard.batches()} error={wizard.listError()} onUndo={wizard.undo} />
    </>
  );
}
