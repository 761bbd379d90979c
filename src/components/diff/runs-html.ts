// Writes word runs as HTML by hand rather than as Astro markup: the runs are
// shown with `white-space: pre-wrap`, and the whitespace Astro keeps between
// elements would otherwise appear inside the redline as stray spaces.
import type { WordRun } from '../../core/diff/types.ts';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => escapes[character]!);
}

const marks = {
  insert: { element: 'ins', start: '[inserted] ', end: ' [end inserted]' },
  delete: { element: 'del', start: '[deleted] ', end: ' [end deleted]' },
} as const;

/** `<ins>`/`<del>` with visually hidden start and end words, because some screen readers announce neither element. */
export function runsHtml(runs: readonly WordRun[]): string {
  return runs
    .map((run, index) => {
      // The blank lines that end a section would only pad the box.
      const text = index === runs.length - 1 ? run.text.trimEnd() : run.text;
      if (run.kind === 'equal') return escapeHtml(text);
      // A change of spacing alone (a line break added or dropped) is not worth
      // announcing: keep the new side's spacing, unmarked.
      if (text.trim() === '') return run.kind === 'insert' ? text : '';
      const mark = marks[run.kind];
      return (
        `<${mark.element}><span class="visually-hidden">${mark.start}</span>${escapeHtml(text)}` +
        `<span class="visually-hidden">${mark.end}</span></${mark.element}>`
      );
    })
    .join('');
}
