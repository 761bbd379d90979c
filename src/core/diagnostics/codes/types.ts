export type Severity = 'error' | 'warning' | 'info';

/** One entry of the message catalogue. The catalogue also generates the site's message reference. */
export interface CodeInfo {
  code: string;
  severity: Severity;
  /** A short title, e.g. "Unknown front matter key". */
  title: string;
  /** What the message means and what to do, written for policy authors. */
  help: string;
}
