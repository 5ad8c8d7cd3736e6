// Rows that look like an asset already on the map (similar name, close by), or that repeat an
// earlier row of the same file: the moderator chooses, per row or for all undecided at once, to
// import it as new, to update one of the existing assets, or to skip it. A possible duplicate of
// a listing on the map has no default (skipping it unasked would drop a real place that merely
// sits near a similar name); a repeat is skipped by default, so the first row is kept, and shown.
import { For, Show, createSignal } from 'solid-js';
import { defaultDecision, type Decision, type PlannedRow } from './plan';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';

const PAGE = 10;
/** The closest matches only: a long list of weak ones hides the real duplicate. */
const MAX_SHOWN = 3;
const shown = (p: PlannedRow) => p.similar.slice(0, MAX_SHOWN);
const n = (x: number) => x.toLocaleString('en-GB');

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
      <h3 id="duplicates-heading">Possible duplicates ({n(props.rows.length)})</h3>
      <p>
        These rows have a name like an asset already on the map, close by, or repeat an earlier row of this file. Choose what to do with each one. A possible duplicate is
        not imported or skipped until you choose; a repeat of an earlier row is skipped unless you choose otherwise, so the first row is kept.
      </p>
      <Show when={props.undecided > 0}>
        <p class="notice" id="duplicates-undecided">
          {props.undecided === 1 ? '1 possible duplicate is waiting for your decision.' : `${n(props.undecided)} possible duplicates are waiting for your decision.`}{' '}
          <button type="button" class="link" onClick={() => props.onDecideUndecided('insert')}>
            Import {props.undecided === 1 ? 'it' : `all ${n(props.undecided)}`} as new
          </button>{' '}
          or{' '}
          <button type="button" class="link" onClick={() => props.onDecideUndecided('skip')}>
            skip {props.undecided === 1 ? 'it' : `all ${n(props.undecided)}`}
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
                Row {p.row}: {p.asset.name}
                <Show when={value() === ''}>
                  <span class="visually-hidden"> (not decided yet)</span>
                </Show>
              </legend>
              <p class="hint" id={name('hint')}>
                <Show when={repeat}>
                  {(r) => (
                    <>
                      Repeats row {r().row} of this file ({r().by === 'external_id' ? 'the same partner ID' : `the same name, ${r().distance_m} m away`}).{' '}
                    </>
                  )}
                </Show>
                <Show when={p.similar.length > 0}>
                  Similar:{' '}
                  {shown(p)
                    .map((s) => `“${s.name}” (${Math.round(s.distance_m)} m away, ${Math.round(s.similarity * 100)}% alike)`)
                    .join('; ')}
                  {p.similar.length > MAX_SHOWN ? `; and ${p.similar.length - MAX_SHOWN} less alike` : ''}
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
                    <label for={duplicateChoiceId(p.row)}>{repeat ? `Import as new: a different place from row ${repeat.row}` : 'Import as new'}</label>
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
                  <label for={duplicateChoiceId(p.row)}>Import this row instead of row {repeat!.row}</label>
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
                    <label for={name(`update-${i()}`)}>Update existing “{s.name}”</label>
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
                <label for={name('skip')}>{repeat ? `Skip: keep row ${repeat.row} only` : 'Skip: do not import this row'}</label>
              </div>
            </fieldset>
          );
        }}
      </For>
      <Show when={current().pages > 1}>
        <Pagination page={current()} label="Pages of possible duplicates" noun="duplicates" onPage={setPage} />
      </Show>
    </section>
  );
}
