// `policy new-version <id> --substantive|--editorial`: starts the next version
// of an adopted policy in place, in the working tree. It raises the number
// (MAJOR+1.0 or MAJOR.MINOR+1), sets `status: draft`, removes the adoption
// record, the effective date and the old comment period (they belong to the
// adopted version, which git keeps), and adds `change: { kind, summary: "" }`.
// The empty summary is reported by `policy check` until it is written.
// Everything else, including the review log and the crosswalk, stays.
import {
  editFrontMatter,
  FrontMatterEditError,
  setKeyAfter,
  setScalar,
} from '../../core/document/front-matter-edit.ts';
import { nextVersion, type ChangeKind } from '../../core/lifecycle/rules.ts';
import { EXIT_ERRORS, EXIT_OK, filesOf, rootOf, UsageError, type CommandIo } from '../context.ts';
import { loadPolicyById, onePolicyId, RefusedError, requireValidFrontMatter, savePolicyText } from '../policy-edit.ts';
import type { Command } from './types.ts';

export const newVersion: Command = {
  name: 'new-version',
  summary: 'Start the next version of an adopted policy as a draft (--substantive: MAJOR+1, --editorial: MINOR+1).',
  usage: 'policy new-version <id> --substantive|--editorial [--root DIR]',
  options: {
    substantive: { type: 'boolean' },
    editorial: { type: 'boolean' },
    root: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    const id = onePolicyId(positionals);
    const kind = kindOf(values['substantive'] === true, values['editorial'] === true);
    const root = rootOf(values as { root?: string }, io);
    const files = filesOf(root);
    try {
      const policy = await loadPolicyById(root, files, id);
      const current = requireValidFrontMatter(policy);
      if (current.status === 'draft') {
        throw new RefusedError(
          `\`${policy.path}\` is already a draft (version ${current.version}): a new version can only start from an adopted one. Keep editing this draft, and run new-version after it is adopted.`,
        );
      }
      if (current.status === 'retired') {
        throw new RefusedError(
          `\`${policy.path}\` is retired (version ${current.version}); a retired policy gets no new versions.`,
        );
      }
      const errors = policy.document.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        throw new RefusedError(
          `\`${policy.path}\` has ${errors.length} error${errors.length === 1 ? '' : 's'} (the first on line ${errors[0]!.line}: ${errors[0]!.message}); run \`policy check\` and fix ${errors.length === 1 ? 'it' : 'them'} first.`,
        );
      }
      const version = nextVersion(current.version, kind);
      const text = editFrontMatter(policy.text, (document) => {
        setScalar(document, 'version', version);
        setScalar(document, 'status', 'draft');
        for (const key of ['adopted', 'effective', 'comment']) document.delete(key);
        setKeyAfter(document, 'change', { kind, summary: '' }, 'status');
      });
      const saved = await savePolicyText(policy, text);
      const summaryLine = saved.locate(['change', 'summary'], 'key').line;
      io.stdout(
        `Started version ${version} of ${current.number} ${current.title} in \`${policy.path}\`: a draft with ${kind === 'editorial' ? 'an' : 'a'} ${kind} change from version ${current.version}. The adoption record and effective date were removed.\n` +
          `Next: write the change summary on line ${summaryLine} (\`change.summary\`), edit the text, and run \`npm run check\`.\n`,
      );
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof RefusedError || error instanceof FrontMatterEditError)) throw error;
      io.stderr(`policy new-version: ${error.message}\n`);
      return EXIT_ERRORS;
    }
  },
};

function kindOf(substantive: boolean, editorial: boolean): ChangeKind {
  if (substantive === editorial) {
    throw new UsageError(
      'Say what kind of change this is: --substantive (what the policy requires changes; 1.3 becomes 2.0) or --editorial (only wording or layout; 1.3 becomes 1.4).',
    );
  }
  return substantive ? 'substantive' : 'editorial';
}
