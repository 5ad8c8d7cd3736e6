// Partner and organisation text is kept as written, markup included ("<script>…" as a name), so
// it must never reach the page as HTML. Solid's JSX sets text nodes; this makes sure nothing in
// the app opens a way round that (innerHTML, MapLibre's Popup.setHTML, document.write…). The
// end-to-end import test checks the same listing on the page.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '../../../src');
const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|setHTML|createContextualFragment|parseFromString|document\.write)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('text is only ever rendered as text', () => {
  it('no source file writes HTML into the page', () => {
    const sinks = files(SRC).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${f.slice(SRC.length + 1)}:${i + 1}`, line }))
        .filter(({ line }) => HTML_SINKS.test(line)),
    );
    expect(sinks).toEqual([]);
  });
});
