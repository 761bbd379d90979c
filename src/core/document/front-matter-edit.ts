// Edits a policy's front matter in place, the way an author would: comments,
// key order, quoting and flow lists (`tags: [a, b]`) stay as written, and the
// body after the closing `---` is kept byte for byte.
//
// It uses the `yaml` Document API (parse → change nodes → print). Two things
// the printer normalises, which never occur in our front matter in practice:
// a folded block scalar (`>-`) is printed on one line, and a number written in
// an unusual form (`010`, `0x1F`) is printed in its plain form. Values never
// change. Line endings (LF or CRLF) and a byte-order mark are kept.
import { isMap, isScalar, isSeq, parseDocument, YAMLSeq, type Document, type YAMLMap } from 'yaml';

export class FrontMatterEditError extends Error {
  override name = 'FrontMatterEditError';
}

interface FrontMatterParts {
  /** BOM (if any) and the opening `---` line. */
  opening: string;
  /** The YAML text between the fences, with its last line ending. */
  yaml: string;
  /** The closing `---` line and everything after it. */
  rest: string;
  lineEnding: '\n' | '\r\n';
}

function splitFrontMatter(text: string): FrontMatterParts {
  const match = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(^---[ \t]*(?:\r?\n|$)[\s\S]*)$/m.exec(text);
  if (!match || match.index !== 0) {
    throw new FrontMatterEditError('The file has no front matter: it must start with a `---` line.');
  }
  const opening = match[1]!;
  return {
    opening,
    yaml: match[2]!,
    rest: match[3]!,
    lineEnding: opening.endsWith('\r\n') ? '\r\n' : '\n',
  };
}

/**
 * Applies `edit` to the front matter's YAML document and returns the new file
 * text. Throws `FrontMatterEditError` when there is no front matter or its
 * YAML cannot be parsed (an edit must never make a broken file worse).
 */
export function editFrontMatter(text: string, edit: (document: Document) => void): string {
  const parts = splitFrontMatter(text);
  const document = parseDocument(parts.yaml.replace(/\r\n/g, '\n'), { uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new FrontMatterEditError(
      `The front matter is not valid YAML (${document.errors[0]!.message.split('\n')[0]}); fix it first.`,
    );
  }
  if (!isMap(document.contents)) {
    throw new FrontMatterEditError('The front matter must be a set of `key: value` lines; fix it first.');
  }
  edit(document);
  const printed = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const yaml = parts.lineEnding === '\r\n' ? printed.replace(/\n/g, '\r\n') : printed;
  return parts.opening + yaml + parts.rest;
}

/** Sets a top-level scalar, keeping the quoting style of the existing value. */
export function setScalar(document: Document, key: string, value: string | number): void {
  const node = document.get(key, true);
  if (isScalar(node)) node.value = value;
  else document.set(key, value);
}

/**
 * Sets a top-level key. An existing key keeps its place; a new key goes right
 * after `after` (or at the end), so related fields stay together.
 */
export function setKeyAfter(document: Document, key: string, value: unknown, after: string): void {
  const map = document.contents as YAMLMap;
  if (document.has(key)) {
    document.set(key, document.createNode(value));
    return;
  }
  const index = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.value === after);
  const pair = document.createPair(key, value);
  if (index === -1) map.items.push(pair);
  else map.items.splice(index + 1, 0, pair);
}

/** Appends an item to the list at `path`, creating the list as a block list when missing or empty. */
export function appendToList(document: Document, path: readonly string[], item: unknown): void {
  const existing = document.getIn(path, true);
  if (isSeq(existing)) {
    if (existing.items.length === 0) existing.flow = false;
    existing.items.push(document.createNode(item));
    return;
  }
  const list = new YAMLSeq();
  list.items.push(document.createNode(item));
  document.setIn(path, list);
}
