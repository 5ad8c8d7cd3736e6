// Step 1: who sent the file, and the file itself (chosen, dropped or pasted; CSV or ORUK JSON),
// or the address of the partner's ORUK feed. Reading happens in
// the worker; problems that make the file unusable (empty, header only, a quote never closed)
// keep the moderator here with a message that says what to fix.
import { For, Show, createSignal } from 'solid-js';
import type { ImportWizard } from './createImportWizard';
import type { ImportSource } from './wizardTypes';
import { PARTNER_NAME_LIMIT } from '../../domain/limits';
import { ErrorSummary, type SummaryError } from '../../ui/ErrorSummary';
import { TextArea, TextField } from '../../ui/TextField';
import { feedBase } from './oruk/orukFeed';
import { ProgressPanel } from './ProgressPanel';
import { StepHeading } from './StepIndicator';
import { TemplateHelp } from './TemplateHelp';
import { t } from './i18n';

const NEW_PARTNER = '__new__';

function sizeText(bytes: number): string {
  if (bytes < 1024) return t('bytes', { count: bytes });
  if (bytes < 1024 * 1024) return t('kilobytes', { size: (bytes / 1024).toFixed(0) });
  return t('megabytes', { size: (bytes / 1024 / 1024).toFixed(1) });
}

export function SourceStep(props: { wizard: ImportWizard; focus: boolean }) {
  // eslint-disable-next-line solid/reactivity -- one wizard for the page's life, never replaced
  const w = props.wizard;
  const known = () => w.knownPartners();
  const [choice, setChoice] = createSignal<string>(w.partner() && known().includes(w.partner()) ? w.partner() : NEW_PARTNER);
  const [newName, setNewName] = createSignal(w.partner() && !known().includes(w.partner()) ? w.partner() : '');
  const [file, setFile] = createSignal<File | null>(null);
  const [pasted, setPasted] = createSignal('');
  const [feedUrl, setFeedUrl] = createSignal('');
  const [use, setUse] = createSignal<'file' | 'text' | 'feed'>('file');
  const [dragging, setDragging] = createSignal(false);
  const [errors, setErrors] = createSignal<SummaryError[]>([]);
  const [attempt, setAttempt] = createSignal(0);

  const partnerName = () => (known().length && choice() !== NEW_PARTNER ? choice() : newName().trim());
  const partnerError = () => errors().find((e) => e.href === 'partner-name' || e.href === 'partner-choice');
  const fileError = () => errors().find((e) => e.href === 'import-file');
  const feedError = () => errors().find((e) => e.href === 'oruk-url');

  function pick(f: File | null | undefined) {
    if (!f) return;
    setFile(f);
    setUse('file');
  }

  async function submit(e: Event) {
    e.preventDefault();
    const found: SummaryError[] = [];
    if (!partnerName()) {
      found.push({
        message: known().length ? t('choosePartner') : t('enterPartner'),
        href: known().length && choice() !== NEW_PARTNER ? 'partner-choice' : 'partner-name',
      });
    } else if (partnerName().length > PARTNER_NAME_LIMIT) {
      found.push({ message: t('partnerTooLong', { limit: PARTNER_NAME_LIMIT }), href: 'partner-name' });
    }
    if (use() === 'feed') {
      const base = feedBase(feedUrl());
      if (!base.ok) found.push({ message: base.message, href: 'oruk-url' });
      setErrors(found);
      setAttempt(attempt() + 1);
      if (found.length) return;
      const read = await w.startFeed(partnerName(), feedUrl());
      if (!read.ok && (read.message || w.fatalIssues().length)) {
        setErrors(read.message ? [{ message: read.message, href: 'oruk-url' }] : w.fatalIssues().map((i) => ({ message: i.message, href: 'oruk-url' })));
        setAttempt(attempt() + 1);
      }
      return;
    }
    const f = file();
    const text = pasted();
    let source: ImportSource | null = null;
    if (use() === 'file' && f) source = { kind: 'file', file: f, name: f.name };
    else if (text.trim() !== '') source = { kind: 'text', text, name: t('pastedText') };
    else if (f) source = { kind: 'file', file: f, name: f.name };
    if (!source) found.push({ message: t('noSource'), href: 'import-file' });
    setErrors(found);
    setAttempt(attempt() + 1);
    if (found.length || !source) return;
    const ok = await w.start(partnerName(), source);
    if (!ok) {
      const fatal = w.fatalIssues().map((i) => ({ message: i.message, href: 'import-file' }));
      setErrors(fatal);
      setAttempt(attempt() + 1);
    }
  }

  return (
    <form class="import-step" onSubmit={submit} novalidate>
      <StepHeading step={1} focus={props.focus} />
      {/* keyed on the attempt, so the summary takes focus again after each try */}
      <Show when={errors().length > 0 && attempt()} keyed>
        {(_attempt) => <ErrorSummary focusOnMountOnly errors={errors()} />}
      </Show>
      <Show when={w.error()}>{(message) => <ErrorSummary focusOnMountOnly errors={[{ message: message() }]} />}</Show>

      <Show
        when={known().length > 0}
        fallback={
          <TextField
            id="partner-name"
            label={t('whichPartner')}
            hint={t('whichPartnerHint')}
            error={partnerError()?.message}
            autocomplete="organization"
            value={newName()}
            onInput={setNewName}
          />
        }
      >
        <div class={`field${partnerError() ? ' has-error' : ''}`}>
          <fieldset class="radios" aria-describedby="partner-choice-hint">
            <legend>{t('whichPartner')}</legend>
            <span class="hint" id="partner-choice-hint">
              {t('savedMappingUsed')}
            </span>
            <Show when={partnerError()}>
              <span class="error-message">
                <span class="visually-hidden">{t('error')}</span> {partnerError()!.message}
              </span>
            </Show>
            <For each={known()}>
              {(name, i) => (
                <div class="radio">
                  <input
                    type="radio"
                    name="partner"
                    id={i() === 0 ? 'partner-choice' : `partner-choice-${i()}`}
                    value={name}
                    checked={choice() === name}
                    onChange={() => setChoice(name)}
                  />
                  <label for={i() === 0 ? 'partner-choice' : `partner-choice-${i()}`}>
                    {name}
                    <Show when={w.saved().some((s) => s.partner === name)}>
                      <span class="hint">{t('mappingSaved')}</span>
                    </Show>
                  </label>
                </div>
              )}
            </For>
            <div class="radio">
              <input type="radio" name="partner" id="partner-new" value={NEW_PARTNER} checked={choice() === NEW_PARTNER} onChange={() => setChoice(NEW_PARTNER)} />
              <label for="partner-new">{t('newPartner')}</label>
            </div>
            <Show when={choice() === NEW_PARTNER}>
              <TextField
                id="partner-name"
                fieldClass="radio-conditional"
                label={t('partnerName')}
                hint={t('partnerNameHint')}
                autocomplete="organization"
                value={newName()}
                onInput={setNewName}
              />
            </Show>
          </fieldset>
        </div>
      </Show>

      <div class={`field${fileError() ? ' has-error' : ''}`}>
        <div
          class={`drop-zone${dragging() ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            pick(e.dataTransfer?.files?.[0]);
          }}
        >
          <label for="import-file">{t('uploadLabel')}</label>
          <span class="hint" id="import-file-hint">
            {t('uploadHint')}
          </span>
          <Show when={fileError()}>
            <For each={errors().filter((e) => e.href === 'import-file')}>
              {(e) => (
                <span class="error-message">
                  <span class="visually-hidden">{t('error')}</span> {e.message}
                </span>
              )}
            </For>
          </Show>
          <input
            id="import-file"
            type="file"
            accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json"
            aria-describedby="import-file-hint"
            onChange={(e) => pick(e.currentTarget.files?.[0])}
          />
          <Show when={file()}>
            {(f) => (
              <p class="chosen" role="status">
                {t('chosen')}
                <strong>{f().name}</strong> ({sizeText(f().size)})
              </p>
            )}
          </Show>
        </div>
      </div>

      <details class="paste" open={use() === 'text' && pasted() !== ''}>
        <summary>{t('pasteSummary')}</summary>
        <div class="details-body">
          <TextArea
            id="import-paste"
            label={t('pasteLabel')}
            hint={t('pasteHint')}
            rows={8}
            spellcheck={false}
            value={pasted()}
            onInput={(text) => {
              setPasted(text);
              setUse(text.trim() === '' ? 'file' : 'text');
            }}
          />
          <Show when={use() === 'text' && file()}>
            <p class="hint">{t('pastedInstead')}</p>
          </Show>
        </div>
      </details>

      <details
        class="paste oruk-feed"
        open={use() === 'feed' || !!feedError()}
        onToggle={(e) => {
          if (!e.currentTarget.open && use() === 'feed') setUse(file() ? 'file' : pasted().trim() ? 'text' : 'file');
        }}
      >
        <summary>{t('feedSummary')}</summary>
        <div class="details-body">
          <TextField
            id="oruk-url"
            type="url"
            inputmode="url"
            spellcheck={false}
            label={t('feedLabel')}
            hint={t('feedHint')}
            error={feedError()?.message}
            value={feedUrl()}
            onInput={(url) => {
              setFeedUrl(url);
              setUse(url.trim() === '' ? (pasted().trim() ? 'text' : 'file') : 'feed');
            }}
          />
          <Show when={use() === 'feed' && (file() || pasted().trim())}>
            <p class="hint">{t('feedInstead')}</p>
          </Show>
        </div>
      </details>

      <Show
        when={w.busy()}
        fallback={
          <p class="button-row">
            <button type="submit">{use() === 'feed' ? t('readFeed') : t('readFile')}</button>
          </p>
        }
      >
        {(b) => <ProgressPanel busy={b()} onCancel={w.cancelRead} />}
      </Show>

      <TemplateHelp />
    </form>
  );
}
