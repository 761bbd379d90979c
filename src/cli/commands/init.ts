// `policy init`: sets up a new organisation's policy site. It asks (on a
// terminal) or takes options for the organisation, the site's web address, the
// time zone and the two public channels, and writes `policy/site.yaml`, so the
// new site shows its own name and channels from the first build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteFileFor, type SiteAnswers } from '../../core/repository/site-init.ts';
import { SITE_CONFIG_PATH } from '../../core/repository/site-config.ts';
import { formatDiagnostics, summarise } from '../../core/diagnostics/format.ts';
import { EXIT_ERRORS, EXIT_OK, rootOf, UsageError, type CommandIo } from '../context.ts';
import type { Command } from './types.ts';

interface Question {
  key: keyof SiteAnswers;
  option: string;
  question: string;
  required: boolean;
  fallback?: (io: CommandIo) => string;
}

const questions: Question[] = [
  { key: 'organisation', option: 'organisation', question: 'Name of your organisation', required: true },
  { key: 'organisationUrl', option: 'organisation-url', question: 'Its main website (optional)', required: false },
  {
    key: 'siteUrl',
    option: 'site-url',
    question: 'Web address where the policy site will be published',
    required: true,
  },
  {
    key: 'timeZone',
    option: 'time-zone',
    question: 'Time zone for policy dates',
    required: true,
    fallback: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  },
  {
    key: 'feedback',
    option: 'feedback',
    question: 'Feedback channel: an email address or an https:// form',
    required: true,
  },
  {
    key: 'violationReport',
    option: 'report',
    question: 'Private channel for reports of a violation: an email address or an https:// form',
    required: true,
  },
  {
    key: 'repository',
    option: 'repository',
    question: 'Public repository of the policy files (optional)',
    required: false,
  },
];

export const init: Command = {
  name: 'init',
  summary: 'Set up the policy site for a new organisation: its name, web address, time zone and public channels.',
  usage:
    'policy init [--organisation NAME] [--organisation-url URL] [--site-url URL] [--time-zone ZONE] [--feedback EMAIL|URL] [--report EMAIL|URL] [--repository URL] [--root DIR]',
  options: {
    ...Object.fromEntries(questions.map((question) => [question.option, { type: 'string' as const }])),
    root: { type: 'string' },
  },
  async run({ values, positionals }, io: CommandIo) {
    if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
    const root = rootOf(values as { root?: string }, io);
    const target = join(root, SITE_CONFIG_PATH);
    if (
      await readFile(target).then(
        () => true,
        () => false,
      )
    )
      throw new UsageError(`\`${SITE_CONFIG_PATH}\` already exists, and init never overwrites it. Edit it instead.`);

    const answers: Partial<Record<keyof SiteAnswers, string>> = {};
    for (const question of questions) {
      let answer = (values[question.option] as string | undefined)?.trim();
      const fallback = question.fallback?.(io);
      if (answer === undefined && io.ask) {
        const given = (await io.ask(`${question.question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
        answer = given === '' ? undefined : given;
      }
      answer ??= fallback;
      if (answer === undefined && question.required) {
        throw new UsageError(
          `Missing --${question.option} (${question.question.toLowerCase()}). Give it as an option, or run \`policy init\` in a terminal to be asked.`,
        );
      }
      if (answer !== undefined) answers[question.key] = answer;
    }

    // Every required answer was checked above.
    const file = siteFileFor({
      organisation: answers.organisation!,
      organisationUrl: answers.organisationUrl,
      siteUrl: answers.siteUrl!,
      timeZone: answers.timeZone!,
      feedback: answers.feedback!,
      violationReport: answers.violationReport!,
      repository: answers.repository,
    });
    if (file.checked.diagnostics.some((d) => d.severity === 'error')) {
      io.stderr(formatDiagnostics(file.checked.diagnostics, 'human', summarise(file.checked.diagnostics, 1)));
      io.stderr('Nothing was written: run `policy init` again with the answers corrected.\n');
      return EXIT_ERRORS;
    }
    await mkdir(join(root, 'policy'), { recursive: true });
    await writeFile(target, file.text, { flag: 'wx' });
    io.stdout(
      [
        `Wrote ${SITE_CONFIG_PATH} for ${file.checked.config!.organisation.name}.`,
        'Next: add a policy (`policy import <file>` brings in one you already have), run `policy check`, then `npm run build` to build the site.',
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  },
};
