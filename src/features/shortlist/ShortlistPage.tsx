// The shortlist (/shortlist): a link worker's picks for one resident, in their order, with notes;
// printed (see shortlist.css: no map, no navigation, no buttons, a QR code per listing), sent as
// a link or a ready-made e-mail or text message, or saved as CSV. Kept in this browser only.
import { A, useLocation, useNavigate } from '@solidjs/router';
import { For, Show, createMemo, createSignal, onMount } from 'solid-js';
import { usePublished } from '../../app/PublishedProvider';
import { usePageTitle } from '../../ui/usePageTitle';
import { downloadText } from '../../ui/download';
import { loadHoursModule, type HoursModule } from '../../domain/hoursModule';
import { draftMailHref, draftSmsHref } from '../../domain/contactLinks';
import type { ShortlistItem } from '../../domain/shortlist';
import { formatDate } from '../../i18n';
import { moveInShortlist, removeFromShortlist, replaceShortlist, shortlist, storageProblem } from '../../ui/shortlist/store';
import { ShortlistEntry } from './ShortlistEntry';
import { SentShortlist } from './SentShortlist';
import { listingFacts, shortlistCsv, shortlistMessage } from './shortlistFacts';
import { shortlistLink } from '../../ui/shortlist/urls';
import { t } from './i18n';
import './shortlist.css';

export default function ShortlistPage() {
  usePageTitle(() => t('title'));
  const location = useLocation();
  const navigate = useNavigate();
  const published = usePublished();
  const [hours, setHours] = createSignal<HoursModule | null>(null);
  onMount(() => void loadHoursModule().then(setHours));

  const ready = () => published.source() !== 'loading' || !!published.error();
  const byId = createMemo(() => new Map(published.features().map((f) => [f.properties.id.toLowerCase(), f.properties])));
  const facts = createMemo(() => shortlist().map((item) => listingFacts(item, byId().get(item.id) ?? null, hours())));
  const listed = createMemo(() => facts().filter((f) => f.details));
  const gone = createMemo(() => (ready() ? facts().filter((f) => !f.details) : []));
  const factsOf = (id: string) => facts().find((f) => f.item.id === id)!;
  const listedIds = createMemo(() => listed().map((f) => f.item.id));

  const sent = () => new URLSearchParams(location.hash.replace(/^#/, '')).get('s');

  const [status, setStatus] = createSignal('');
  const [lastRemoved, setLastRemoved] = createSignal<{ item: ShortlistItem; index: number } | null>(null);

  const move = (id: string, by: number, button: 'up' | 'down') => {
    moveInShortlist(id, by);
    const ids = listedIds();
    setStatus(t('moved', { name: factsOf(id).details!.name, n: ids.indexOf(id) + 1, count: ids.length }));
    // The entry moved in the page: keep focus on the button pressed, or its twin at either end.
    queueMicrotask(() => {
      const same = document.getElementById(`${button}-${id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`${button === 'up' ? 'down' : 'up'}-${id}`);
      (same && !same.disabled ? same : other)?.focus();
    });
  };
  const remove = (id: string) => {
    const index = shortlist().findIndex((i) => i.id === id);
    const item = shortlist()[index];
    removeFromShortlist(id);
    setLastRemoved({ item, index });
    setStatus(t('removedItem', { name: factsOf(id)?.details?.name ?? item.name }));
    queueMicrotask(() => document.getElementById('shortlist-status')?.focus());
  };
  const undoRemove = () => {
    const r = lastRemoved();
    if (!r) return;
    const next = [...shortlist()];
    next.splice(r.index, 0, r.item);
    replaceShortlist(next);
    setLastRemoved(null);
    setStatus(t('restored'));
  };

  const link = createMemo(() => shortlistLink(shortlist()));
  const message = () => shortlistMessage(facts(), link());
  const [copyMessage, setCopyMessage] = createSignal('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link());
      setCopyMessage(t('linkCopied'));
    } catch {
      setCopyMessage(t('copyFailed'));
    }
  };

  return (
    <div class="page shortlist-page">
      <h1>{t('title')}</h1>
      <p class="print-only shortlist-made-on">{t('madeOn', { date: formatDate(new Date()) })}</p>
      <p class="screen-only">{t('intro')}</p>
      <Show when={storageProblem()}>
        {(p) => (
          <p class="banner danger screen-only" role="alert">
            {{ blocked: t('storageBlocked'), full: t('storageFull'), damaged: t('storageDamaged') }[p()]}
          </p>
        )}
      </Show>
      <SentShortlist
        sent={sent()}
        ready={ready()}
        isPublished={(id) => byId().has(id)}
        onSettled={() => navigate(`${location.pathname}${location.search}`, { replace: true, scroll: false })}
      />
      <p id="shortlist-status" class="shortlist-page-status screen-only" role="status" tabindex="-1">
        {status()}{' '}
        <Show when={lastRemoved()}>
          <button type="button" class="link" onClick={undoRemove}>
            {t('undo')}
          </button>
        </Show>
      </p>
      <Show when={ready()} fallback={<p class="loading">{t('loading')}</p>}>
        <Show
          when={shortlist().length > 0}
          fallback={
            <>
              <p>{t('empty')}</p>
              <p>
                <A href="/">{t('findLink')}</A>
              </p>
            </>
          }
        >
          <Show when={listed().length > 0}>
            <h2 class="screen-only">{t('listHeading', { count: listed().length })}</h2>
            <ol class="shortlist-entries">
              <For each={listedIds()}>
                {(id, i) => (
                  <ShortlistEntry
                    facts={factsOf(id)}
                    position={i() + 1}
                    count={listedIds().length}
                    onMove={(by, button) => move(id, by, button)}
                    onRemove={() => remove(id)}
                  />
                )}
              </For>
            </ol>
          </Show>
          <Show when={gone().length > 0}>
            <section class="shortlist-gone" aria-labelledby="shortlist-gone-heading">
              <h2 id="shortlist-gone-heading">{t('goneHeading')}</h2>
              <p>{t('goneIntro')}</p>
              <ul>
                <For each={gone()}>{(f) => <li>{f.item.name || f.item.id}</li>}</For>
              </ul>
              <button type="button" class="secondary screen-only" onClick={() => gone().forEach((f) => removeFromShortlist(f.item.id))}>
                {t('removeGone')}
              </button>
            </section>
          </Show>
          <section class="shortlist-actions screen-only" aria-labelledby="shortlist-actions-heading">
            <h2 id="shortlist-actions-heading">{t('actionsHeading')}</h2>
            <p>
              <button type="button" onClick={() => window.print()}>
                {t('print')}
              </button>
            </p>
            <p>{t('sendHint')}</p>
            <div class="field">
              <label for="shortlist-link">{t('linkLabel')}</label>
              <input id="shortlist-link" type="url" readonly value={link()} onFocus={(e) => e.currentTarget.select()} />
            </div>
            <p class="button-row">
              <button type="button" class="secondary" onClick={() => void copy()}>
                {t('copyLink')}
              </button>
              <span role="status">{copyMessage()}</span>
            </p>
            <ul class="plain-list shortlist-send">
              <li>
                <a href={draftMailHref({ subject: t('messageSubject'), body: message() })}>{t('emailLink')}</a>
              </li>
              <li>
                <a href={draftSmsHref(message())}>{t('smsLink')}</a>
              </li>
              <li>
                <button type="button" class="link" onClick={() => downloadText(t('csvFileName'), shortlistCsv(facts()))}>
                  {t('csv')}
                </button>
              </li>
            </ul>
          </section>
        </Show>
      </Show>
    </div>
  );
}
