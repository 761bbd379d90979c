// Where a YAML key or value is written: the one signature every check uses to
// place a message on the front matter, `policy/site.yaml` or a mandate file.
import type { Point } from 'unist';

/** A path into YAML data, as in JSON: `['review', 'log', 0, 'date']`. */
export type YamlPath = readonly (string | number)[];

/** The key of a mapping entry, or its value. */
export type YamlPart = 'key' | 'value';

/**
 * Finds where the key (by default) or the value at a path is written in the
 * file, or its nearest written ancestor when the path is missing, so that later
 * checks (crosswalk, review log…) can place their messages on it.
 */
export type Locate = (path: YamlPath, part?: YamlPart) => Point;
