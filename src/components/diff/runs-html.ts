// Writes word runs as HTML by hand rather than as Astro markup: the runs are
// shown with `white-space: pre-wrap`, and the whitespace Astro keeps between
// elements would otherwise appear inside the redline as stray spaces.
import type { WordRun } from '../../core/diff/types.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character]!);
}

const elements = { insert: 'ins', delete: 'del' } as const;

/**
 * Plain `<ins>`/`<del>`. Their start and end words for screen readers ("[inserted] … [end inserted]") are generated
 * by the site's stylesheet (`ins::before` in src/styles/site.css), once for every mark on every page, instead of two
 * hidden spans around each change.
 */
export function runsHtml(runs: readonly WordRun[]): string {
  return runs
    .map((run, index) => {
      // The blank lines that end a section would only pad the box.
      const text = index === runs.length - 1 ? run.text.trimEnd() : run.text;
      if (run.kind === 'equal') return escapeHtml(text);
      // A change of spacing alone (a line break added or dropped) is not worth
      // announcing: keep the new side's spacing, unmarked.
      if (text.trim() === '') return run.kind === 'insert' ? text : '';
      const element = elements[run.kind];
      return `<${element}>${escapeHtml(text)}</${element}>`;
    })
    .join('');
}
