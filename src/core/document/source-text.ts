// Turns the bytes of a file into text the parsers can trust: strict UTF-8, no
// byte order mark, `\n` line endings, and a size limit. Line numbers are kept:
// a CRLF file reports the same lines as its LF twin.
import type { DiagnosticSink } from '../diagnostics/diagnostic.ts';
import { pointAt } from '../diagnostics/diagnostic.ts';
import { uncleanCharacter, withoutUncleanCharacters } from '../text/clean-text.ts';

/** Larger files are refused before parsing, so a runaway file cannot stall a build. */
export const MAX_POLICY_BYTES = 1024 * 1024;

export interface DecodeOptions {
  /** A past revision cannot be changed any more: what may not be published is removed, with a warning. */
  pastRevision?: boolean;
}

/** Control characters reported per file at most. */
const MAX_REPORTED_CHARACTERS = 10;

export function decodeSourceText(
  bytes: Uint8Array,
  sink: DiagnosticSink,
  options: DecodeOptions = {},
): string | undefined {
  // The same checks serve policies, `policy/site.yaml` and mandate files; the wording follows the file.
  const isPolicy = /\.mdx?$/.test(sink.file);
  if (bytes.byteLength > MAX_POLICY_BYTES) {
    const megabytes = (bytes.byteLength / (1024 * 1024)).toFixed(1);
    const limit = isPolicy ? 'a policy file may be at most 1 MB' : 'the limit is 1 MB';
    sink.report('file/too-large', `The file is ${megabytes} MB; ${limit}.`, {
      hint: 'Check that nothing was pasted in by mistake (an image, a whole document); split very long material into separate policies.',
    });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    sink.report(
      'file/not-utf8',
      `Byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} is not UTF-8 text.`,
      {
        place: pointAt(before, before.length),
        hint: 'Save the file again with the "UTF-8" encoding. This usually comes from accented letters (é) or curly quotes pasted from a word processor.',
      },
    );
    return undefined;
  }
  if (text.startsWith('\uFEFF')) {
    sink.report('file/byte-order-mark', 'The file starts with a byte order mark (BOM), which is ignored.', {
      place: { line: 1, column: 1 },
      hint: 'Save the file as "UTF-8" without BOM.',
    });
    text = text.slice(1);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (uncleanCharacter(text)) return reportUncleanCharacters(text, sink, options);
  if (text.trim() === '') {
    sink.report('file/empty', 'The file is empty.', {
      place: { line: 1, column: 1 },
      hint: isPolicy
        ? 'Add the front matter and the policy text, or delete the file.'
        : 'Fill in the file (copy it from an existing one), or delete it.',
    });
    return undefined;
  }
  return text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const lead = bytes[offset]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0) return offset;
    const sequence = bytes.subarray(offset, offset + length);
    if (sequence.byteLength < length) return offset;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return offset;
    }
    offset += length;
  }
  return offset;
}

/** Reports the control characters of a text at their places; a past revision's are removed instead. */
function reportUncleanCharacters(text: string, sink: DiagnosticSink, options: DecodeOptions): string | undefined {
  if (options.pastRevision) {
    const found = uncleanCharacter(text)!;
    sink.report(
      'file/control-character',
      `This revision holds the ${found.described}, which was removed (with any others) before it was published.`,
      { place: pointAt(text, found.index), severity: 'warning' },
    );
    return withoutUncleanCharacters(text);
  }
  let offset = 0;
  for (let reported = 0; reported < MAX_REPORTED_CHARACTERS; reported++) {
    const found = uncleanCharacter(text.slice(offset));
    if (!found) break;
    const index = offset + found.index;
    sink.report('file/control-character', `Unexpected ${found.described}: it cannot be published.`, {
      place: pointAt(text, index),
      hint: 'Delete the character (it is invisible: it often comes from copying text out of another program), or type the text around it again.',
    });
    offset = index + 1;
  }
  return undefined;
}
