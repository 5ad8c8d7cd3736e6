// Rows that look like an asset already on the map (similar name, close by), or that repeat an
// earlier row of the same file: the moderator chooses, per row or for all undecided at once, to
// import it as new, to update one of the existing assets, or to skip it. A possible duplicate of
// a listing on the map has no default (skipping it unasked would drop a real place that merely
// sits near a similar name); a repeat is skipped by default, so the first row is kept, and shown.
import { For, Show, createSignal } from 'solid-js';
import { defaultDecision, type Decision, type PlannedRow } from './plan';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';
import { t } from './i18n';

const PAGE = 10;
/** The closest matches only: a long list of weak ones hides the real duplicate. */
const MAX_SHOWN = 3;
const shown = (p: PlannedRow) => p.similar.slice(0, MAX_SHOWN);

function decisionValue(d: Decision | null | undefined): string {
  if (!d) return '';
  return d.action === 'update' ? `update:${d.target_id}` : d.action;
}

/** The id of a row's first choice, for the error summary to move focus to. */
export const duplicateChoiceId = (row: number) => `dup-${row}-first`;

export function DuplicateDecisions(props: {
  rows: readonly PlannedRow[];
  decisions: ReadonlyMap<number, Decision>;
  undecided: number;
  onDecide: (row: number, d: Decision) => void;
  onDecideUndecided: (action: 'insert' | 'skip') => void;
}) {
  const [page, setPage] = createSignal(1);
  const current = () => pageOf(props.rows, page(), PAGE);
  return (
    <section aria-labelledby="duplicates-heading">
      <h3 id="duplicates-heading">{t('duplicatesHeading', { count: props.rows.length })}</h3>
      <p>{t('duplicatesIntro')}</p>
      <Show when={props.undecided > 0}>
        <p class="notice" id="duplicates-undecided">
          {t('undecided', { count: props.undecided })}{' '}
          <button type="button" class="link" onClick={() => props.onDecideUndecided('insert')}>
            {t('importAllAsNew', { count: props.undecided })}
          </button>{' '}
          {t('or')}{' '}
          <button type="button" class="link" onClick={() => props.onDecideUndecided('skip')}>
            {t('skipAll', { count: props.undecided })}
          </button>
        </p>
      </Show>
      <For each={current().items}>
        {(p) => {
          const name = (k: string) => `dup-${p.row}-${k}`;
          const value = () => decisionValue(props.decisions.get(p.row) ?? defaultDecision(p));
          const repeat = p.repeats;
          const sameId = repeat?.by === 'external_id';
          return (
            <fieldset class="radios duplicate" aria-describedby={name('hint')}>
              <legend>
                {t('rowName', { row: p.row, name: p.asset.name })}
                <Show when={value() === ''}>
                  <span class="visually-hidden">{t('notDecided')}</span>
                </Show>
              </legend>
              <p class="hint" id={name('hint')}>
                <Show when={repeat}>
                  {(r) => <>{t('repeatsRow', { row: r().row, how: r().by === 'external_id' ? t('samePartnerId') : t('sameName', { metres: r().distance_m }) })} </>}
                </Show>
                <Show when={p.similar.length > 0}>
                  {t('similar')}{' '}
                  {shown(p)
                    .map((s) => t('similarOne', { name: s.name, metres: Math.round(s.distance_m), percent: Math.round(s.similarity * 100) }))
                    .join('; ')}
                  {p.similar.length > MAX_SHOWN ? t('lessAlike', { count: p.similar.length - MAX_SHOWN }) : ''}
                </Show>
              </p>
              <Show
                when={sameId}
                fallback={
                  <div class="radio">
                    <input
                      type="radio"
                      id={duplicateChoiceId(p.row)}
                      name={name('choice')}
                      value="insert"
                      checked={value() === 'insert'}
                      onChange={() => props.onDecide(p.row, { action: 'insert' })}
                    />
                    <label for={duplicateChoiceId(p.row)}>{repeat ? t('importAsNewNotRow', { row: repeat.row }) : t('importAsNew')}</label>
                  </div>
                }
              >
                <div class="radio">
                  <input
                    type="radio"
                    id={duplicateChoiceId(p.row)}
                    name={name('choice')}
                    value="instead"
                    checked={value() === 'instead'}
                    onChange={() => props.onDecide(p.row, { action: 'instead' })}
                  />
                  <label for={duplicateChoiceId(p.row)}>{t('importInstead', { row: repeat!.row })}</label>
                </div>
              </Show>
              <For each={shown(p)}>
                {(s, i) => (
                  <div class="radio">
                    <input
                      type="radio"
                      id={name(`update-${i()}`)}
                      name={name('choice')}
                      value={`update:${s.id}`}
                      checked={value() === `update:${s.id}`}
                      onChange={() => props.onDecide(p.row, { action: 'update', target_id: s.id })}
                    />
                    <label for={name(`update-${i()}`)}>{t('updateExisting', { name: s.name })}</label>
                  </div>
                )}
              </For>
              <div class="radio">
                <input
                  type="radio"
                  id={name('skip')}
                  name={name('choice')}
                  value="skip"
                  checked={value() === 'skip'}
                  onChange={() => props.onDecide(p.row, { action: 'skip' })}
                />
                <label for={name('skip')}>{repeat ? t('skipKeepRow', { row: repeat.row }) : t('skipRow')}</label>
              </div>
            </fieldset>
          );
        }}
      </For>
      <Show when={current().pages > 1}>
        <Pagination page={current()} label={t('pagesOfDuplicates')} noun={t('duplicatesNoun')} onPage={setPage} />
      </Show>
    </section>
  );
}
