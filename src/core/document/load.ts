// Loads one policy file: bytes → text → mdast → front matter, profile check,
// sections and (when clean) HTML. Pure: the caller supplies the bytes.
import type { Root } from 'mdast';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeSourceText } from './source-text.ts';
import { formatOf, parseMarkdown, type PolicyFormat } from './parse.ts';
import { readFrontMatter } from './front-matter.ts';
import { checkMdxProfile } from './mdx-profile.ts';
import { checkTypingSlips } from './typing-slips.ts';
import { buildSections, type Section } from './sections.ts';
import { checkSourceNoteAnchors } from './source-notes.ts';
import { renderHtmlTreeWithBlocks } from './render.ts';
import type { ReadableBlock } from './readable-blocks.ts';
import { checkedHtmlTree } from './html-profile.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';
import type { Locate } from '../yaml/locate.ts';

export interface PolicyDocument {
  /** Path relative to the repository root, `/`-separated: `policy/ai-1-19.mdx`. */
  path: string;
  format: PolicyFormat;
  /** The decoded text (no BOM, `\n` line endings), or undefined when unreadable. */
  text: string | undefined;
  /** The validated front matter, or undefined when missing or invalid. */
  frontMatter: PolicyFrontMatter | undefined;
  /** The parsed front matter even when invalid, for tools that want to look anyway. */
  rawFrontMatter: unknown;
  /** Locates a front matter key or value by path, for later checks (crosswalk, review log…). */
  locate: Locate;
  tree: Root | undefined;
  sections: Section[];
  /** Sanitised HTML of the body; undefined when the document has errors, so it is never published. */
  html: string | undefined;
  /** The rendered text in blocks, as the redlines compare it (made with `html`). */
  blocks?: ReadableBlock[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Skip rendering (history walks and checks do not need HTML). */
  render?: boolean;
  /**
   * Parses the text instead of `parseMarkdown`, giving the same tree (a history
   * shares the blocks its revisions have in common: versions/shared-blocks.ts).
   */
  parse?: typeof parseMarkdown;
  /** Origins images may come from besides relative addresses (`siteImageOrigins`). */
  imageOrigins?: readonly string[];
  /** A committed revision: control characters are removed with a warning instead of refused. */
  pastRevision?: boolean;
}

export function loadPolicy(path: string, bytes: Uint8Array, options: LoadOptions = {}): PolicyDocument {
  const sink = new DiagnosticSink(path);
  const format = formatOf(path) ?? 'md';
  const document: PolicyDocument = {
    path,
    format,
    text: undefined,
    frontMatter: undefined,
    rawFrontMatter: undefined,
    locate: () => ({ line: 1, column: 1 }),
    tree: undefined,
    sections: [],
    html: undefined,
    diagnostics: [],
  };

  const text = decodeSourceText(bytes, sink, { pastRevision: options.pastRevision === true });
  document.text = text;
  const tree = text === undefined ? undefined : (options.parse ?? parseMarkdown)(text, format, sink);
  document.tree = tree;
  if (tree) {
    const frontMatter = readFrontMatter(tree, path, sink, { pastRevision: options.pastRevision === true });
    document.frontMatter = frontMatter.value;
    document.rawFrontMatter = frontMatter.raw;
    document.locate = frontMatter.locate;
    checkMdxProfile(tree, sink);
    checkTypingSlips(tree, text!, sink);
    document.sections = buildSections(tree, sink);
    if (frontMatter.value) {
      checkSourceNoteAnchors(frontMatter.value, frontMatter.locate, document.sections, sink, {
        pastRevision: options.pastRevision === true,
      });
    }
    const html = checkedHtmlTree(tree, text!, document.sections, sink, options);
    if (html && options.render !== false && !sink.messages.some((message) => message.fatal === true)) {
      const rendered = renderHtmlTreeWithBlocks(html, document.sections);
      document.html = rendered.html;
      document.blocks = rendered.blocks;
    }
  }

  document.diagnostics = sink.toDiagnostics();
  return document;
}
