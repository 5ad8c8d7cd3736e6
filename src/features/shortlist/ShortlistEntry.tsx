// One listing on the shortlist: what they offer, times in words, address and contacts, the
// worker's note, and buttons to move or remove it. On paper the buttons go and a QR code to the
// listing's page takes their place.
import { A } from '@solidjs/router';
import { For, Show, createSignal, untrack } from 'solid-js';
import { SHORTLIST_NOTE_MAX } from '../../domain/shortlist';
import { ListingContacts } from '../../ui/ListingContacts';
import { Field } from '../../ui/Field';
import { setShortlistNote } from '../../ui/shortlist/store';
import { ListingQrCode } from '../../ui/shortlist/ListingQrCode';
import type { ListingFacts } from './shortlistFacts';
import { t } from './i18n';

export function ShortlistEntry(props: {
  facts: ListingFacts;
  position: number;
  count: number;
  onMove: (by: number, button: 'up' | 'down') => void;
  onRemove: () => void;
}) {
  const id = () => props.facts.item.id;
  const d = () => props.facts.details!;
  // The field keeps what was typed even when it is too long to save, so nothing is lost.
  // Seeded once: later changes to the stored note come from this field itself.
  const [draft, setDraft] = createSignal(untrack(() => props.facts.item.note));
  const [tooLong, setTooLong] = createSignal(false);
  const onNote = (value: string) => {
    setDraft(value);
    setTooLong(setShortlistNote(id(), value) === 'too-long');
  };
  const noteId = () => `note-${id()}`;
  return (
    <li class="shortlist-entry" id={`shortlisted-${id()}`}>
      <div class="shortlist-entry-body">
        <h3>
          <span class="shortlist-position">{t('position', { n: props.position })}</span> <A href={`/asset/${encodeURIComponent(id())}`}>{d().name}</A>
        </h3>
        <dl class="shortlist-facts">
          <Show when={d().description}>
            <dt>{t('offers')}</dt>
            <dd>{d().description}</dd>
          </Show>
          <dt>{t('times')}</dt>
          <dd>
            <ul class="plain-list">
              <For each={props.facts.times}>{(line) => <li>{line}</li>}</For>
            </ul>
          </dd>
          <dt>{t('address')}</dt>
          <dd>{props.facts.address}</dd>
          <dt>{t('contact')}</dt>
          <dd>
            <ListingContacts listing={d()} listClass="plain-list" />
          </dd>
        </dl>
        <Show when={draft()}>
          <p class="shortlist-note-printed print-only">
            <strong>{t('note')}:</strong> {draft()}
          </p>
        </Show>
        <Field
          id={noteId()}
          class="shortlist-note screen-only"
          label={
            <>
              {t('note')}
              <span class="visually-hidden">: {d().name}</span>
            </>
          }
          hint={t('noteHint', { max: SHORTLIST_NOTE_MAX })}
          error={tooLong() ? t('noteTooLong', { length: draft().length, max: SHORTLIST_NOTE_MAX }) : null}
        >
          {(c) => (
            <textarea
              id={c.id}
              rows="2"
              value={draft()}
              aria-invalid={c.invalid ? 'true' : undefined}
              aria-describedby={c.describedBy}
              onInput={(e) => onNote(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="shortlist-entry-actions screen-only">
          <button type="button" class="secondary" id={`up-${id()}`} disabled={props.position === 1} onClick={() => props.onMove(-1, 'up')}>
            {t('moveUp')}
            <span class="visually-hidden">: {d().name}</span>
          </button>
          <button type="button" class="secondary" id={`down-${id()}`} disabled={props.position === props.count} onClick={() => props.onMove(1, 'down')}>
            {t('moveDown')}
            <span class="visually-hidden">: {d().name}</span>
          </button>
          <button type="button" class="secondary" onClick={() => props.onRemove()}>
            {t('remove')}
            <span class="visually-hidden">: {d().name}</span>
          </button>
        </div>
      </div>
      <ListingQrCode id={id()} name={d().name} />
    </li>
  );
}
