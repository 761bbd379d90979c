// Parses past revisions of a policy file, once per blob: the same blob in many
// commits (renames, merges, unrelated edits) is parsed a single time.
import { loadPolicy, type PolicyDocument } from '../load.ts';

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

  load(blob: string, path: string, bytes: Uint8Array): LoadedSource {
    const key = `${blob}\u0000${path}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      entry = sourceOf(loadPolicy(path, bytes, { render: false }));
      this.#entries.set(key, entry);
    }
    return entry;
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
