// Parses past revisions of a policy file, once per blob: the same blob in many
// commits (renames, merges, unrelated edits) is parsed a single time.
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { loadPolicy, type PolicyDocument } from '../document/load.ts';
import { renderPolicy } from '../document/render.ts';
import { SharedBlockParser } from './shared-blocks.ts';
import type { DiffVersion } from '../diff/index.ts';

export interface LoadedSource {
  document: PolicyDocument;
  /** The body: the text below the front matter. */
  body: string;
  /** Where the body starts in `document.text`. Section positions are offsets into `document.text`. */
  bodyStart: number;
}

/** A cache of parsed revisions keyed by blob id and path; share one across a build. */
export class RevisionCache {
  readonly #entries = new Map<string, LoadedSource>();
  /** One block parser per file: the revisions of a file loaded here share the parsing of their common blocks. */
  readonly #parsers = new Map<string, SharedBlockParser>();

  load(blob: string, path: string, bytes: Uint8Array): LoadedSource {
    const key = `${blob}\u0000${path}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      const { parse } = parserFor(this.#parsers, path);
      entry = sourceOf(
        working(`${path} (stored copy ${blob.slice(0, 12)})`, () =>
          loadPolicy(path, bytes, { render: false, pastRevision: true, parse }),
        ),
      );
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /** Adds a revision parsed elsewhere (see `prepareRevision`); a blob already loaded is kept. */
  add(blob: string, path: string, source: LoadedSource): void {
    const key = `${blob}\u0000${path}`;
    if (!this.#entries.has(key)) this.#entries.set(key, source);
  }

  has(blob: string, path: string): boolean {
    return this.#entries.has(`${blob}\u0000${path}`);
  }

  get size(): number {
    return this.#entries.size;
  }
}

export function sourceOf(document: PolicyDocument): LoadedSource {
  const text = document.text ?? '';
  const yaml = document.tree?.children[0];
  let bodyStart = yaml?.type === 'yaml' ? (yaml.position?.end.offset ?? 0) : 0;
  // The blank lines that separate the front matter from the text are not part of the text.
  while (text[bodyStart] === '\n') bodyStart += 1;
  return { document, body: text.slice(bodyStart), bodyStart };
}

/**
 * A parsed text as one side of a redline: its body, sections, front matter and,
 * when it was rendered, its readable blocks (without them the diff makes them
 * from the body). For tests and the benchmark, which diff texts they make.
 */
export function diffSideOf(source: LoadedSource, version: string): DiffVersion {
  return {
    version,
    text: source.body,
    sections: source.document.sections,
    bodyStart: source.bodyStart,
    frontMatter: source.document.frontMatter,
    ...(source.document.blocks ? { blocks: source.document.blocks } : {}),
  };
}

/** A past revision to parse: its bytes and where they come from. */
export interface RevisionToParse {
  blob: string;
  path: string;
  bytes: Uint8Array;
}

/**
 * Parses revisions ahead of the pipeline, in bulk (the site build does it on
 * worker threads, `src/io/revision-workers.ts`). Each result comes from
 * `prepareRevision`, in the order given.
 */
export interface RevisionParser {
  parse(revisions: readonly RevisionToParse[]): Promise<LoadedSource[]>;
}

/**
 * A past revision loaded and rendered, as plain data that can cross a thread:
 * the syntax tree is dropped once the HTML and the sections are made from it
 * (nothing later needs the tree of a past revision), and so is `locate`
 * (findings about past revisions point at the top of the file).
 */
export function prepareRevision(path: string, bytes: Uint8Array, blocks?: SharedBlockParser): LoadedSource {
  const document = working(path, () =>
    loadPolicy(path, bytes, { render: false, pastRevision: true, ...(blocks ? { parse: blocks.parse } : {}) }),
  );
  const source = sourceOf(document);
  // Rendered as `loadPolicy` would (only a clean document), from a tree that is dropped right after.
  const rendered =
    document.tree && !hasErrors(document.diagnostics)
      ? renderPolicy(document.tree, document.sections, { consume: true })
      : undefined;
  return {
    ...source,
    document: {
      ...document,
      html: rendered?.html,
      ...(rendered ? { blocks: rendered.blocks } : {}),
      tree: undefined,
      locate: () => ({ line: 1, column: 1 }),
    },
  };
}

/**
 * `prepareRevision` for many revisions at once: the revisions of one file
 * share the parsing of the blocks of text they have in common (send them
 * together, oldest first, as a history lists them).
 */
export function prepareRevisions(revisions: readonly { path: string; bytes: Uint8Array }[]): LoadedSource[] {
  const parsers = new Map<string, SharedBlockParser>();
  return revisions.map(({ path, bytes }) => prepareRevision(path, bytes, parserFor(parsers, path)));
}

/** The block parser of one file's revisions, made on first use. */
function parserFor(parsers: Map<string, SharedBlockParser>, path: string): SharedBlockParser {
  let parser = parsers.get(path);
  if (!parser) parsers.set(path, (parser = new SharedBlockParser()));
  return parser;
}

/** Puts back what a thread cannot carry (`locate` is a function). */
export function receivedRevision(
  source: Omit<LoadedSource, 'document'> & { document: Omit<LoadedSource['document'], 'locate'> },
): LoadedSource {
  return { ...source, document: { ...source.document, locate: () => ({ line: 1, column: 1 }) } };
}

/**
 * Runs `task`; an internal fault (a bug, never bad input, which is reported as
 * diagnostics) says which file and revision it was working on.
 */
function working<T>(what: string, task: () => T): T {
  try {
    return task();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message} (while reading ${what})`, { cause: error });
  }
}
