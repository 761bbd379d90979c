// Turns clauses typed as paragraphs ("A. The City…", "a. Posts…", "(ii) …") into
// the nested lists that the section builder reads as clauses (see
// src/core/document/sections.ts): `- A. text` with `  - a. text` inside it.
// Word files and PDFs printed to text keep a clause's label as typed text, so
// the label is kept exactly as written; only the nesting is worked out.
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { clauseLabel } from '../document/sections.ts';

/** How a label counts: `upper` A B C, `lower` a b c, `roman` i ii iii, `ROMAN` I II III, `digit` 1 2 3. */
export type LabelKind = 'upper' | 'lower' | 'roman' | 'ROMAN' | 'digit';

interface Level {
  kind: LabelKind;
  last: string;
  list: List;
}

/**
 * Kinds a label may be. "i" is both a letter (after "h") and a numeral (first
 * of a new level); the caller decides from what came before.
 */
export function labelKinds(label: string): LabelKind[] {
  if (/^\d+$/.test(label)) return ['digit'];
  const kinds: LabelKind[] = [];
  if (/^[a-z]$/.test(label)) kinds.push('lower');
  if (/^[A-Z]$/.test(label)) kinds.push('upper');
  if (/^[ivxlcdm]+$/.test(label)) kinds.push('roman');
  if (/^[IVXLCDM]+$/.test(label)) kinds.push('ROMAN');
  return kinds;
}

/** Whether `label` comes right after `previous` in a level of this kind ("h" → "i", "ii" → "iii"). */
function follows(previous: string, label: string, kind: LabelKind): boolean {
  if (kind === 'digit') return Number(label) === Number(previous) + 1;
  if (kind === 'lower' || kind === 'upper') return label.charCodeAt(0) === previous.charCodeAt(0) + 1;
  return romanValue(label) === romanValue(previous) + 1;
}

function isFirst(label: string, kind: LabelKind): boolean {
  return kind === 'digit' ? label === '1' : ['a', 'A', 'i', 'I'].includes(label);
}

function romanValue(text: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const lower = text.toLowerCase();
  for (let index = 0; index < lower.length; index++) {
    const value = values[lower[index]!] ?? 0;
    const next = values[lower[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The label of a paragraph typed as a clause, or undefined. */
export function paragraphLabel(node: RootContent): string | undefined {
  if (node.type !== 'paragraph') return undefined;
  return clauseLabel(toString(node));
}

/**
 * Groups runs of labelled paragraphs (and the unlabelled paragraphs or lists
 * that follow a clause, which belong to it) into nested clause lists. Runs stop
 * at a heading, a table or any other block that is not part of a clause.
 */
export function groupClauses(tree: Root): void {
  const out: RootContent[] = [];
  let stack: Level[] = [];
  for (const node of tree.children) {
    const label = paragraphLabel(node);
    if (label !== undefined) {
      const item: ListItem = { type: 'listItem', spread: false, children: [node as Paragraph] };
      const level = placeLabel(stack, label);
      if (level === undefined) {
        const list: List = { type: 'list', ordered: false, spread: false, children: [item] };
        const kind = chooseKind(label, stack);
        const parentItem = stack.at(-1)?.list.children.at(-1);
        if (parentItem) parentItem.children.push(list);
        else out.push(list);
        stack.push({ kind, last: label, list });
      } else {
        level.list.children.push(item);
        level.last = label;
      }
      continue;
    }
    const openItem = stack.at(-1)?.list.children.at(-1);
    if (openItem && (node.type === 'list' || (node.type === 'paragraph' && continuesClause(node)))) {
      // A bullet list or a sentence right under a clause belongs to that clause.
      openItem.children.push(node);
      continue;
    }
    stack = [];
    out.push(node);
  }
  tree.children = out;
}

/** A paragraph after a clause that starts in lower case continues it ("or the Director."). */
function continuesClause(node: Paragraph): boolean {
  return /^[a-z]/.test(toString(node));
}

/**
 * Finds the open level that `label` continues, popping the levels below it.
 * Returns undefined when the label opens a new, deeper level.
 */
function placeLabel(stack: Level[], label: string): Level | undefined {
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const level = stack[depth]!;
    // The level's kind may still be open: "I" then "II" is a numeral level, "h" then "i" a letter level.
    const shared = labelKinds(label).filter((kind) => labelKinds(level.last).includes(kind));
    const kind = [level.kind, ...shared].find((candidate) => shared.includes(candidate));
    if (kind !== undefined && follows(level.last, label, kind)) {
      level.kind = kind;
      stack.length = depth + 1;
      return level;
    }
  }
  // Not the next label of any open level: a first label opens a deeper level; anything else
  // (a skipped or repeated label) continues the innermost level of its kind, as written.
  const kinds = labelKinds(label);
  if (kinds.some((kind) => isFirst(label, kind)) || stack.length === 0) return undefined;
  for (let depth = stack.length - 1; depth >= 0; depth--) {
    const level = stack[depth]!;
    if (kinds.includes(level.kind)) {
      stack.length = depth + 1;
      return level;
    }
  }
  return undefined;
}

function chooseKind(label: string, stack: readonly Level[]): LabelKind {
  const kinds = labelKinds(label);
  const used = new Set(stack.map((level) => level.kind));
  // Under a lettered level, "i" starts numerals; at the top, "I" is more often a numeral than a letter.
  const preferred = kinds.filter((kind) => !used.has(kind));
  if (kinds.includes('roman') && used.has('lower')) return 'roman';
  return preferred[0] ?? kinds[0] ?? 'digit';
}
