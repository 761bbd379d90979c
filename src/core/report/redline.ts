// A short redline of one section for a pull-request comment: the changed
// words with a little context around them, insertions in <ins> and deletions
// in <del> (GitHub renders both: underline and strike-through, not colour
// alone). Long unchanged stretches are cut to "…", and a section's redline is
// capped, because a comment has a size limit and reviewers want the gist; the
// full redline is on the preview site and in `policy diff`.
import type { DiffSection, WordRun } from '../diff/index.ts';
import { inline } from '../text/markdown.ts';

/** Unchanged words kept on each side of a change. */
export const CONTEXT_WORDS = 8;
/** Words shown of one inserted or deleted passage (a whole new or removed section is one passage). */
export const PASSAGE_WORDS = 40;
/** Characters of Markdown per section before the redline is cut. */
export const REDLINE_LIMIT = 1500;

export function sectionRedline(section: Pick<DiffSection, 'runs'>): string {
  const runs = withoutHeadingLine(section.runs.filter((run) => run.text !== ''));
  const pieces: string[] = [];
  let length = 0;
  for (const [index, run] of runs.entries()) {
    const piece = render(run, index === 0, index === runs.length - 1);
    if (length + piece.length > REDLINE_LIMIT && pieces.length > 0) {
      pieces.push(' … *(shortened)*');
      break;
    }
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join('').replace(/^(\s|<br>)+|(\s|<br>)+$/g, '');
}

/** The report names the section above its redline, so an unchanged heading line is not repeated. */
function withoutHeadingLine(runs: readonly WordRun[]): WordRun[] {
  const [first, ...rest] = runs;
  if (first?.kind !== 'equal') return [...runs];
  const text = first.text.replace(/^#{1,6}[ \t][^\n]*\n+/, '');
  return text === '' ? rest : [{ kind: 'equal', text }, ...rest];
}

function render(run: WordRun, first: boolean, last: boolean): string {
  if (run.kind === 'equal') return context(run.text, first, last);
  const tag = run.kind === 'insert' ? 'ins' : 'del';
  if (!/\S/.test(run.text)) return run.text.includes('\n') ? '<br>' : ' ';
  // Keep the spaces outside the tags, so the marked text is the words only.
  const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  return `${spacing(lead!)}<${tag}>${lines(firstWords(words!))}</${tag}>${spacing(trail!)}`;
}

/** Unchanged text: only a few words next to the changes survive. */
function context(text: string, first: boolean, last: boolean): string {
  const spans = [...text.matchAll(/\S+/g)];
  const enough = (count: number) => spans.length > count;
  // The first words end where the CONTEXT_WORDS-th word ends; the last words start at the CONTEXT_WORDS-th from the end.
  const nth = spans[CONTEXT_WORDS - 1];
  const head = () => lines(text.slice(0, nth ? nth.index + nth[0].length : text.length));
  const tail = () => lines(text.slice(spans[spans.length - CONTEXT_WORDS]?.index ?? 0));
  if (first && last) return lines(text);
  if (first) return enough(CONTEXT_WORDS) ? `… ${tail()}` : lines(text);
  if (last) return enough(CONTEXT_WORDS) ? `${head()} …` : lines(text);
  return enough(CONTEXT_WORDS * 2) ? `${head()} … ${tail()}` : lines(text);
}

/** A long passage is cut after PASSAGE_WORDS words, with the number of words left out. */
function firstWords(text: string): string {
  const spans = [...text.matchAll(/\S+/g)];
  if (spans.length <= PASSAGE_WORDS) return text;
  const last = spans[PASSAGE_WORDS - 1]!;
  const more = spans.length - PASSAGE_WORDS;
  return `${text.slice(0, last.index + last[0].length)} … (${more} more ${more === 1 ? 'word' : 'words'})`;
}

/** Line breaks of the source become <br> so the redline stays one Markdown paragraph. */
function lines(text: string): string {
  return (
    text
      .split(/\n+/)
      // A trailing backslash is a Markdown hard line break, already shown as <br>.
      .map((line) => inline(line.replace(/\\$/, '')))
      .join('<br>')
  );
}

function spacing(text: string): string {
  if (text === '') return '';
  return text.includes('\n') ? '<br>' : ' ';
}
