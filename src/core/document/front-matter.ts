// Reads and validates a policy's front matter (the YAML block at the top).
import type { Root } from 'mdast';
import type { DiagnosticSink, ReportOptions } from '../diagnostics/diagnostic.ts';
import { parseYamlData } from '../yaml/data.ts';
import type { Locate } from '../yaml/locate.ts';
import { validatePolicyFrontMatter } from '../schemas/validate.ts';
import type { PolicyFrontMatter } from '../schemas/types.ts';

export interface FrontMatterResult {
  value: PolicyFrontMatter | undefined;
  raw: unknown;
  locate: Locate;
}

export function readFrontMatter(
  tree: Root,
  path: string,
  sink: DiagnosticSink,
  options: { pastRevision?: boolean } = {},
): FrontMatterResult {
  const node = tree.children[0];
  if (node?.type !== 'yaml') {
    sink.report('front-matter/missing', ...missingFrontMatter(node));
    return { value: undefined, raw: undefined, locate: () => ({ line: 1, column: 1 }) };
  }
  const result = parseYamlData(
    {
      text: node.value,
      startLine: (node.position?.start.line ?? 1) + 1,
      area: 'front-matter',
      noun: 'front matter',
      pastRevision: options.pastRevision === true,
    },
    validatePolicyFrontMatter,
    sink,
  );
  if (result.value) {
    const expectedId = fileStem(path);
    if (result.value.id !== expectedId) {
      sink.report(
        'front-matter/id-mismatch',
        `The id \`${result.value.id}\` does not match the file name \`${expectedId}\`.`,
        {
          place: result.locate(['id'], 'value'),
          hint: `Rename the file to \`${result.value.id}${path.slice(path.lastIndexOf('.'))}\`, or set \`id: ${expectedId}\`. Never change the id of a published policy: it is its web address.`,
        },
      );
    }
  }
  return result;
}

/**
 * Says why no front matter was found: a `---` that is not on the very first
 * line, or one that is never closed, reads differently from no block at all.
 */
function missingFrontMatter(first: Root['children'][number] | undefined): [string, ReportOptions] {
  const start = first?.position?.start;
  if (first?.type === 'thematicBreak' && start) {
    if (start.line === 1 && start.column === 1) {
      return [
        'The front matter that starts on line 1 is never closed: expected a `---` line after its fields.',
        { place: start, hint: 'Add a line with only `---` after the last field, before the policy text.' },
      ];
    }
    return [
      'Unexpected blank lines or spaces before the front matter: its `---` must be the very first line of the file.',
      { place: start, hint: 'Delete everything before the first `---`, so that it starts line 1, column 1.' },
    ];
  }
  return [
    'Missing front matter: the file must start with a `---` line.',
    {
      place: { line: 1, column: 1 },
      hint: 'Start the file with `---`, the fields (id, title, number, kind, owner, version, status), and another `---`. Copy the block from an existing policy.',
    },
  ];
}

function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, name.lastIndexOf('.'));
}
