// What may not be in any text that reaches an output: control characters
// (they make the feed invalid XML, break the calendar and the terminal) and
// lone surrogates (half a character: they stop the building of web
// addresses). Tabs and line breaks are text. And, in headings, characters
// that are invisible or turn the text around (bidi overrides, zero-width
// spaces): a heading can then read differently from what it is.

/** C0 controls but tab and line feed, DEL, and the C1 controls. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const invisibleOrTurning = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

export interface TextProblem {
  /** Index of the offending character in the text. */
  index: number;
  /** The character, described for a message: "control character U+0001". */
  described: string;
}

/** The first character that may not be published, if any. */
export function uncleanCharacter(text: string): TextProblem | undefined {
  const control = controlCharacter.exec(text);
  const surrogate = loneSurrogate.exec(text);
  const found = [control, surrogate].filter((match) => match !== null).sort((a, b) => a!.index - b!.index)[0];
  if (!found) return undefined;
  const character = found[0];
  return {
    index: found.index,
    described:
      found === surrogate
        ? `lone surrogate ${codePoint(character)} (half a character)`
        : `control character ${codePoint(character)}`,
  };
}

/** The first invisible or text-turning character (for a warning in headings). */
/** The text without characters that are invisible or turn it around (for quoting it in a message). */
export function withoutInvisible(text: string): string {
  return text.replace(new RegExp(invisibleOrTurning.source, 'g'), '');
}

export function invisibleCharacter(text: string): TextProblem | undefined {
  const found = invisibleOrTurning.exec(text);
  return found ? { index: found.index, described: `invisible character ${codePoint(found[0])}` } : undefined;
}

/** Removes what `uncleanCharacter` finds (for past revisions, which cannot be changed any more). */
export function withoutUncleanCharacters(text: string): string {
  return text.replace(new RegExp(`${controlCharacter.source}|${loneSurrogate.source}`, 'g'), '');
}

function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Text written by authors (commit messages, summaries, quoted values), made
 * safe to print on a terminal: control characters (escape codes that recolour
 * or rewrite the screen) and invisible or text-turning characters (U+202E) are
 * shown as `<U+001B>` instead of acting. Line breaks and tabs stay.
 */
export function forTerminal(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (character) => `<${codePoint(character)}>`,
  );
}

/**
 * Text for a GitHub comment: an `@name` or `@org/team` would notify people
 * (`@cabq/council` in a change summary), so a word joiner goes after the `@`.
 */
export function withoutMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u2060');
}
