// A shortlist arriving by link (/shortlist#s=…). An empty local shortlist simply takes it; one
// that already holds listings is never replaced without asking: add to it, replace it (with an
// undo), or keep it. Listings no longer published are named and left out; damaged links change
// nothing.
import { For, Show, createEffect, createSignal, on } from 'solid-js';
import { SHORTLIST_MAX_ITEMS, SHORTLIST_NOTE_MAX, decodeShortlist, type ReadItems, type ShortlistItem } from '../../domain/shortlist';
import { mergeIntoShortlist, replaceShortlist, shortlist } from '../../ui/shortlist/store';
import { t } from './i18n';

type State =
  | { kind: 'none' }
  | { kind: 'damaged' }
  | { kind: 'asking'; items: ShortlistItem[]; notes: string[] }
  | { kind: 'done'; message: string; notes: string[]; before?: readonly ShortlistItem[] };

/** What the link held that did not make it, in words. */
function problemNotes(read: ReadItems, gone: readonly ShortlistItem[]): string[] {
  const notes: string[] = [];
  if (gone.length) notes.push(t('sharedGone', { names: gone.map((g) => g.name || g.id).join(', ') }));
  if (read.skipped) notes.push(t('sharedSkipped', { count: read.skipped }));
  if (read.overLimit) notes.push(t('sharedOverLimit', { count: read.overLimit, max: SHORTLIST_MAX_ITEMS }));
  if (read.shortenedNotes.length) notes.push(t('sharedShortened', { names: read.shortenedNotes.join(', '), max: SHORTLIST_NOTE_MAX }));
  return notes;
}

const sameList = (a: readonly ShortlistItem[], b: readonly ShortlistItem[]) => a.length === b.length && a.every((x, i) => x.id === b[i].id && x.note === b[i].note);

export function SentShortlist(props: {
  /** The link's `s` value, or null when the page was opened without one. */
  sent: string | null;
  /** Whether the published listings are in, so "no longer listed" can be told. */
  ready: boolean;
  isPublished: (id: string) => boolean;
  /** The link has been dealt with: take it out of the address bar. */
  onSettled: () => void;
}) {
  const [state, setState] = createSignal<State>({ kind: 'none' });
  createEffect(
    on(
      () => [props.sent, props.ready] as const,
      ([sent, ready]) => {
        if (sent === null || !ready) return;
        const decoded = decodeShortlist(sent);
        if (!decoded.ok) return setState({ kind: 'damaged' });
        const items = decoded.items.filter((i) => props.isPublished(i.id));
        const notes = problemNotes(
          decoded,
          decoded.items.filter((i) => !props.isPublished(i.id)),
        );
        if (decoded.items.length === 0 && !notes.length) notes.push(t('sharedEmpty'));
        const mine = shortlist();
        if (items.length === 0) {
          setState({ kind: 'done', message: t('sharedNothingLeft'), notes });
          props.onSettled();
        } else if (mine.length === 0 || sameList(mine, items)) {
          replaceShortlist(items);
          setState({ kind: 'done', message: t('sharedLoaded', { count: items.length }), notes });
          props.onSettled();
        } else setState({ kind: 'asking', items, notes });
      },
    ),
  );

  const choose = (how: 'merge' | 'replace' | 'keep') => {
    const s = state();
    if (s.kind !== 'asking') return;
    const before = shortlist();
    if (how === 'merge') {
      const { overLimit } = mergeIntoShortlist(s.items);
      const notes = overLimit ? [...s.notes, t('sharedOverLimit', { count: overLimit, max: SHORTLIST_MAX_ITEMS })] : s.notes;
      setState({ kind: 'done', message: t('sharedMerged'), notes, before });
    } else if (how === 'replace') {
      replaceShortlist(s.items);
      setState({ kind: 'done', message: t('sharedReplaced'), notes: s.notes, before });
    } else setState({ kind: 'done', message: t('sharedKept'), notes: [] });
    props.onSettled();
  };

  let panel: HTMLDivElement | undefined;
  // The question or outcome is the first thing a keyboard or screen reader user meets.
  createEffect(
    on(
      () => state().kind,
      (kind) => kind !== 'none' && queueMicrotask(() => panel?.focus()),
    ),
  );

  return (
    <Show when={state().kind !== 'none'}>
      <div
        ref={panel}
        tabindex="-1"
        class={`banner sent-shortlist ${{ damaged: 'danger', asking: 'warning', done: 'success', none: '' }[state().kind]}`}
        role="region"
        aria-labelledby="sent-shortlist-heading"
      >
        <Show when={state().kind === 'damaged'}>
          <h2 id="sent-shortlist-heading">{t('sharedDamaged')}</h2>
        </Show>
        <Show
          when={(() => {
            const s = state();
            return s.kind === 'asking' ? s : null;
          })()}
        >
          {(s) => (
            <>
              <h2 id="sent-shortlist-heading">{t('sharedHeading', { count: s().items.length })}</h2>
              <ol class="sent-names">
                <For each={s().items}>{(i) => <li>{i.name}</li>}</For>
              </ol>
              <For each={s().notes}>{(n) => <p>{n}</p>}</For>
              <p>{t('sharedYours', { count: shortlist().length })}</p>
              <div class="button-row">
                <button type="button" onClick={() => choose('merge')}>
                  {t('sharedMerge')}
                </button>
                <button type="button" class="secondary" onClick={() => choose('replace')}>
                  {t('sharedReplace')}
                </button>
                <button type="button" class="secondary" onClick={() => choose('keep')}>
                  {t('sharedKeep')}
                </button>
              </div>
            </>
          )}
        </Show>
        <Show
          when={(() => {
            const s = state();
            return s.kind === 'done' ? s : null;
          })()}
        >
          {(s) => (
            <>
              <h2 id="sent-shortlist-heading">{s().message}</h2>
              <For each={s().notes}>{(n) => <p>{n}</p>}</For>
              <Show when={s().before}>
                {(before) => (
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      replaceShortlist(before());
                      setState({ kind: 'done', message: t('sharedUndone'), notes: [] });
                    }}
                  >
                    {t('undo')}
                  </button>
                )}
              </Show>
            </>
          )}
        </Show>
      </div>
    </Show>
  );
}
