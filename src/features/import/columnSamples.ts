// What a column holds, in a few words, for the mapping screen: the first distinct non-empty
// values from the preview rows, cut short so one long description cannot fill the table.

const MAX_CHARS = 60;

export function columnSamples(preview: readonly (readonly string[])[], columnIndex: number, count = 3): string[] {
  const out: string[] = [];
  for (const row of preview) {
    const v = (row[columnIndex] ?? '').trim().replace(/\s+/g, ' ');
    if (v === '') continue;
    const shown = v.length > MAX_CHARS ? `${v.slice(0, MAX_CHARS - 1)}…` : v;
    if (!out.includes(shown)) out.push(shown);
    if (out.length === count) break;
  }
  return out;
}
