// Links between the repository's documents stay whole: every relative link in a Markdown file,
// and every `docs/….md` a source comment names (not a path inside a URL), points at a file (or folder) that exists.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../scripts/localDatabase';

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && existsSync(join(repoRoot, f)));

/** Relative targets of `[text](target)` links, without their `#fragment`. */
function markdownTargets(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1].split('#')[0]).filter((t) => t && !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

describe('links between documents', () => {
  it('every relative Markdown link points at something in the repository', () => {
    const broken = tracked
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) =>
        markdownTargets(readFileSync(join(repoRoot, f), 'utf8'))
          .filter((t) => !existsSync(join(repoRoot, dirname(f), t)))
          .map((t) => `${f}: ${t}`),
      );
    expect(broken).toEqual([]);
  });

  it('every docs/….md named in a source file exists', () => {
    const broken = tracked
      .filter((f) => /\.(ts|tsx|js|sql|sh|css|md)$/.test(f))
      .flatMap((f) =>
        [...readFileSync(join(repoRoot, f), 'utf8').matchAll(/(?<!\/)\bdocs\/[\w./-]*\.md\b/g)]
          .map((m) => m[0])
          .filter((d) => !existsSync(join(repoRoot, d)))
          .map((d) => `${f}: ${d}`),
      );
    expect(broken).toEqual([]);
  });
});
