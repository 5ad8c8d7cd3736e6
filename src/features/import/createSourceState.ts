// Step 1's state: who sent the file, the file, and the latest read of it without the category
// map (headers, preview, every unknown category), with the problems found reading it.
import { batch, createMemo, createSignal } from 'solid-js';
import type { WizardCore } from './createWizardCore';
import type { FileIssue, ParseResult, RunOptions } from './runImport';
import type { ImportSource } from './wizardTypes';

// A quote left open is not fatal: it costs the rows it swallowed, and the report names them.
const FATAL: ReadonlySet<FileIssue['code']> = new Set(['empty', 'header_only', 'not_oruk']);

export function createSourceState(core: WizardCore) {
  const [partner, setPartner] = createSignal('');
  const [source, setSource] = createSignal<ImportSource | null>(null);
  const [discovery, setDiscovery] = createSignal<ParseResult | null>(null);

  const fileIssues = createMemo(() => discovery()?.fileIssues ?? []);
  const fatalIssues = createMemo(() => fileIssues().filter((i) => FATAL.has(i.code)));
  const otherIssues = createMemo(() => fileIssues().filter((i) => !FATAL.has(i.code)));

  return {
    partner,
    source,
    discovery,
    fileIssues,
    fatalIssues,
    otherIssues,
    /** A new file from a partner: nothing read of it yet. */
    open(p: string, s: ImportSource) {
      setPartner(p);
      setSource(s);
      setDiscovery(null);
    },
    /** Back to no file; the partner stays, to be offered again. */
    clear() {
      setSource(null);
      setDiscovery(null);
    },
    /**
     * Reads the file again (without the category map) and keeps the read if it finished, with
     * `adopt` taking what it needs of it in the same update.
     */
    async discover(label: string, options: RunOptions, adopt: (r: ParseResult) => void = () => {}): Promise<ParseResult | null> {
      const s = source();
      if (!s) return null;
      const result = await core.read(s, label, options);
      if (result)
        batch(() => {
          setDiscovery(result);
          adopt(result);
        });
      return result;
    },
  };
}

export type SourceState = ReturnType<typeof createSourceState>;
