// Rows that look like an asset already on the map (similar name, close by): the moderator
// chooses, per row, to import it as new, to update one of the existing assets, or to skip it.
// Undecided rows are skipped, which is the choice that cannot create a duplicate.
import { For, Show, createSignal } from 'solid-js';
import type { Decision, PlannedRow } from './plan';
import { pageOf } from './pageOf';
import { Pagination } from './Pagination';

const PAGE = 10;
/** The closest matches only: a long list of weak ones hides the real duplicate. */
const MAX_SHOWN = 3;
const shown = (p: PlannedRow) => p.similar.slice(0, MAX_SHOWN);

function decisionValue(d: Decision | undefined): string {
  if (!d || d.action === 'skip') return 'skip';
  return d.action === 'insert' ? 'insert' : `update:${d.target_id}`;
}

export function DuplicateDecisions(props: { rows: readonly PlannedRow[]; decisions: ReadonlyMap<number, Decision>; onDecide: (row: number, d: Decision) => void }) {
  const [page, setPage] = createSignal(1);
  const current = () => pageOf(props.rows, page(), PAGE);
  return (
    <section aria-labelledby="duplicates-heading">
      <h3 id="duplicates-heading">Possible duplicates ({props.rows.length.toLocaleString('en-GB')})</h3>
      <p>These rows have a name like an asset already on the map, close by. Choose what to do with each one. Rows you leave are skipped.</p>
      <For each={current().items}>
        {(p) => {
          const name = (k: string) => `dup-${p.row}-${k}`;
          const value = () => decisionValue(props.decisions.get(p.row));
          return (
            <fieldset class="radios duplicate" aria-describedby={name('hint')}>
              <legend>
                Row {p.row}: {p.asset.name}
              </legend>
              <p class="hint" id={name('hint')}>
                Similar: {shown(p).map((s) => `“${s.name}” (${Math.round(s.distance_m)} m away, ${Math.round(s.similarity * 100)}% alike)`).join('; ')}
                {p.similar.length > MAX_SHOWN ? `; and ${p.similar.length - MAX_SHOWN} less alike` : ''}
              </p>
              <div class="radio">
                <input type="radio" id={name('insert')} name={name('choice')} value="insert" checked={value() === 'insert'} onChange={() => props.onDecide(p.row, { action: 'insert' })} />
                <label for={name('insert')}>Import as new</label>
              </div>
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
                <input type="radio" id={name('skip')} name={name('choice')} value="skip" checked={value() === 'skip'} onChange={() => props.onDecide(p.row, { action: 'skip' })} />
                <label for={name('skip')}>Skip: do not import this row</label>
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
