// A rendered redline (`DiffSection.html`) as GitHub Markdown, for `policy diff
// --format markdown` and pull-request comments: paragraphs, lists and notes as
// Markdown blocks, bold and links as Markdown, insertions and deletions as
// <ins>/<del> (GitHub shows underline and strike-through). Every piece of
// policy text is escaped, so nothing in it can turn into markup, and a link is
// always written whole.
import type { ElementContent, Element, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { inline } from '../text/markdown.ts';
import type { WordRun } from './types.ts';
import { blockTags } from '../document/readable-blocks.ts';

/** With `changedOnly`, blocks and list items without a change are left out, a "…" where text was skipped. */
export function redlineMarkdown(html: string, options: { changedOnly?: boolean } = {}): string {
  const tree = fromHtml(html, { fragment: true });
  const all = blocks(tree.children, '', options.changedOnly ?? false);
  if (!options.changedOnly) return all.join('\n\n');
  const shown: string[] = [];
  for (const block of all) {
    if (hasChange(block)) shown.push(block);
    else if (shown.length > 0 && shown.at(-1) !== '…') shown.push('…');
  }
  while (shown.at(-1) === '…') shown.pop();
  return shown.join('\n\n');
}

function hasChange(markdown: string): boolean {
  return /<ins>|<del>|\*\[Moved /.test(markdown);
}

/** Inline HTML of a heading (`DiffSection.headingHtml`) as Markdown inline text. */
export function redlineInlineMarkdown(html: string): string {
  return inlineOf(fromHtml(html, { fragment: true }).children as ElementContent[]).trim();
}

const listTags = new Set(['ul', 'ol']);

function blocks(nodes: readonly (RootContent | ElementContent)[], indent: string, changedOnly = false): string[] {
  const result: string[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const text = startSafe(inlineOf(run).trim());
    if (text !== '') result.push(indent + text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type !== 'element' || !isBlock(node)) {
      if (node.type === 'text' || node.type === 'element') run.push(node);
      continue;
    }
    flush();
    if (listTags.has(node.tagName)) {
      const written = list(node, indent, changedOnly);
      if (written !== '') result.push(written);
    } else if (node.tagName === 'aside' || node.tagName === 'blockquote') {
      result.push(...blocks(node.children, '', changedOnly).map((block) => quote(block, indent)));
    } else if (node.tagName === 'hr') {
      result.push(`${indent}---`);
    } else {
      result.push(...blocks(node.children, indent, changedOnly));
    }
  }
  flush();
  return result;
}

function list(node: Element, indent: string, changedOnly: boolean): string {
  const ordered = node.tagName === 'ol';
  let number = Number(node.properties['start'] ?? 1);
  const items: string[] = [];
  for (const child of node.children) {
    if (child.type !== 'element' || child.tagName !== 'li') continue;
    const marker = ordered ? `${number++}. ` : '- ';
    const inner = blocks(child.children, '', changedOnly);
    const pad = ' '.repeat(marker.length);
    const [first = [] as string[], ...rest] = inner.map((block) => block.split('\n'));
    const lines = [
      `${indent}${marker}${first[0] ?? ''}`,
      ...first.slice(1).map((line) => `${indent}${pad}${line}`),
      ...rest.flatMap((block) => ['', ...block.map((line) => `${indent}${pad}${line}`)]),
    ];
    const item = lines.join('\n');
    if (!changedOnly || hasChange(item)) items.push(item);
  }
  return items.join('\n');
}

function quote(block: string, indent: string): string {
  return block
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd())
    .join('\n');
}

function isBlock(node: Element): boolean {
  return blockTags.has(node.tagName);
}

function inlineOf(nodes: readonly ElementContent[]): string {
  return nodes.map(inlineNode).join('');
}

function inlineNode(node: ElementContent): string {
  if (node.type === 'text') return inline(node.value);
  if (node.type !== 'element') return '';
  const classes = node.properties['className'];
  const hasClass = (name: string) => Array.isArray(classes) && classes.includes(name);
  // Words hidden on the site for screen readers only would show on GitHub, which has no visually-hidden class.
  if (hasClass('visually-hidden')) return '';
  const inner = inlineOf(node.children);
  if (inner.trim() === '' && node.tagName !== 'br') return inner;
  switch (node.tagName) {
    case 'ins':
    case 'del':
      return wrapped(inner, `<${node.tagName}>`, `</${node.tagName}>`);
    case 'strong':
    case 'b':
      return wrapped(inner, '**', '**');
    case 'em':
    case 'i':
      return wrapped(inner, '*', '*');
    case 'code':
      return wrapped(inner, '<code>', '</code>');
    case 'a': {
      const href = node.properties['href'];
      return typeof href === 'string'
        ? `[${inner}](${href.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`
        : inner;
    }
    case 'br':
      return '<br>';
    default:
      return hasClass('redline-note') ? wrapped(inner, '*', '*') : inner;
  }
}

/** Marks go around the words, spaces outside, so that `** bold**` never appears. */
function wrapped(text: string, open: string, close: string): string {
  const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return words === '' ? text : `${lead}${open}${words}${close}${trail}`;
}

/** A paragraph that starts like a list item or a numbered line must stay a paragraph. */
function startSafe(text: string): string {
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^([-+=])(?=\s|$)/, '\\$1');
}

/**
 * A rendered redline as plain word runs, the text as published (no markup of
 * any kind), blocks separated by blank lines: for summaries that show only the
 * words around each change (the pull-request report).
 */
export function renderedRuns(html: string): WordRun[] {
  const runs: WordRun[] = [];
  const push = (kind: WordRun['kind'], text: string) => {
    if (text === '') return;
    const last = runs.at(-1);
    if (last && last.kind === kind) last.text += text;
    else runs.push({ kind, text });
  };
  const walk = (nodes: readonly (RootContent | ElementContent)[], kind: WordRun['kind']) => {
    for (const node of nodes) {
      if (node.type === 'text') push(kind, node.value);
      if (node.type !== 'element') continue;
      const classes = node.properties['className'];
      if (Array.isArray(classes) && classes.includes('visually-hidden')) continue;
      if (isBlock(node) && runs.length > 0 && !runs.at(-1)!.text.endsWith('\n\n')) push('equal', '\n\n');
      walk(node.children, node.tagName === 'ins' ? 'insert' : node.tagName === 'del' ? 'delete' : kind);
    }
  };
  walk(fromHtml(html, { fragment: true }).children, 'equal');
  return runs;
}
