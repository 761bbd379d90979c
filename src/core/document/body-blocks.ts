// The readable blocks of a policy body given as text (see `readable-blocks.ts`),
// for a diff side that came without them: tests and the benchmark build sides
// from text. The pipeline's versions carry blocks made when they were rendered.
import { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { parseMarkdown, type PolicyFormat } from './parse.ts';
import { readableBlocks, type ReadableBlock } from './readable-blocks.ts';
import { renderPolicyHast } from './render.ts';
import { buildSections } from './sections.ts';

export function blocksOfBody(text: string, format: PolicyFormat = 'mdx'): ReadableBlock[] {
  const sink = new DiagnosticSink('');
  const tree = parseMarkdown(text, format, sink) ?? (format === 'mdx' ? parseMarkdown(text, 'md', sink) : undefined);
  if (!tree) return [];
  const sections = buildSections(tree, sink);
  return readableBlocks(renderPolicyHast(tree, sections, { consume: true }), sections);
}
