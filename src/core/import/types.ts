import type { Root } from 'mdast';

/** What a source document says about itself: only what is written in it, nothing guessed. */
export interface ImportedFields {
  title?: string;
  number?: string;
}

/** A source document turned into a policy body, before front matter is written. */
export interface ImportedBody {
  tree: Root;
  fields: ImportedFields;
  /** What the conversion changed or left out, in plain words. */
  notes: string[];
  /** `.mdx` only when the text needs a component (a `<Gap>` for missing text). */
  format: 'md' | 'mdx';
}
