// The readable blocks of a policy body given as text (see `readable-blocks.ts`),
// for a diff side that came without them: tests, the benchmark, and the
// comparisons worked out in the reader's browser build sides from text. The
// pipeline's versions carry blocks made when they were rendered; a test
// (test/site/redline-texts.test.ts: every published redline of a 37-revision
// history worked out from texts alone) holds the two to the same result.
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { parseMarkdown, type PolicyFormat } from './parse.ts';
import { readableBlocks, type ReadableBlock } from './readable-blocks.ts';
import { renderPolicyHast } from './render.ts';
import { buildSections, type Section } from './sections.ts';

/** A body's section tree (offsets into the body) and its readable blocks; empty when it does not parse. */
export function readBody(text: string, format: PolicyFormat = 'mdx'): { sections: Section[]; blocks: ReadableBlock[] } {
  const sink = new DiagnosticSink('');
  const tree = parseMarkdown(text, format, sink) ?? (format === 'mdx' ? parseMarkdown(text, 'md', sink) : undefined);
  if (!tree) return { sections: [], blocks: [] };
  const sections = buildSections(tree, sink);
  return { sections, blocks: readableBlocks(renderPolicyHast(tree, sections, { consume: true }), sections) };
}

export function blocksOfBody(text: string, format: PolicyFormat = 'mdx'): ReadableBlock[] {
  return readBody(text, format).blocks;
}
