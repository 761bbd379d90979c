// Renders a DiffModel for people: plain text for the terminal (git-style
// [-deleted-]{+inserted+} markers, coloured only when allowed) and Markdown for
// pull requests and reports (<del>/<ins>). Only the lines that changed are shown,
// each with its section; unchanged sections are listed by name.
import type { DiffModel, DiffSection, WordRun } from '../../core/diff/types.ts';
import type { PolicyFrontMatter } from '../../core/schemas/types.ts';
import type { ComplianceReport } from '../../core/mandates/index.ts';
import { style } from './output.ts';
import { redlineInlineMarkdown, redlineMarkdown } from '../../core/diff/markdown.ts';
import { inline } from '../../core/text/markdown.ts';

/** `mandate\u0000requirement` → a readable name such as "R-24-89 §1.A.6 Disciplinary actions". */
export type RequirementNames = Map<string, string>;

interface Marks {
  insert: (text: string) => string;
  delete: (text: string) => string;
}

type Redline = DiffModel<ComplianceReport[]>;

export function diffText(model: Redline, front: PolicyFrontMatter, names: RequirementNames, color: boolean): string {
  const paint = style(color);
  const marks: Marks = color
    ? { insert: paint.inserted, delete: paint.deleted }
    : { insert: (text) => `{+${text}+}`, delete: (text) => `[-${text}-]` };
  const lines = [
    paint.bold(`${front.number} ${front.title}: version ${model.from.version} → version ${model.to.version}`),
    model.summary,
    ...model.notes.map((note) => `Note: ${note}`),
  ];
  const touched = touchedList(model, names);
  if (touched.length > 0) lines.push('', 'Mandate requirements touched:', ...touched.map((item) => `  - ${item}`));
  const compliance = complianceLines(model);
  if (compliance.length > 0) lines.push('', 'Compliance:', ...compliance.map((item) => `  - ${item}`));
  for (const section of model.sections.filter((section) => section.status !== 'unchanged')) {
    lines.push('', paint.bold(`${heading(section)}  (${describe(section)})`));
    lines.push(...changedLines(section.runs, marks).map((line) => `  ${line}`));
  }
  const same = unchangedNames(model);
  if (same) lines.push('', `Unchanged: ${same}.`);
  return `${lines.join('\n')}\n`;
}

export function diffMarkdown(model: Redline, front: PolicyFrontMatter, names: RequirementNames): string {
  const lines = [
    `# ${inline(`${front.number} ${front.title}`)}: changes from version ${model.from.version} to ${model.to.version}`,
    '',
    `**Summary:** ${inline(model.summary)}`,
    '',
    ...model.overview.map((line) => `- ${line.parts.map((part) => inline(part.text)).join('')}`),
  ];
  for (const note of model.notes) lines.push('', `> ${note}`);
  const touched = touchedList(model, names);
  if (touched.length > 0)
    lines.push('', '**Mandate requirements touched:**', '', ...touched.map((item) => `- ${item}`));
  const compliance = complianceLines(model);
  if (compliance.length > 0) lines.push('', '**Compliance:**', '', ...compliance.map((item) => `- ${item}`));
  lines.push('', '| Section | Change | Words inserted | Words deleted |', '| --- | --- | ---: | ---: |');
  for (const section of model.sections) {
    lines.push(
      `| ${inline(heading(section))} | ${section.status} | ${section.wordsInserted} | ${section.wordsDeleted} |`,
    );
  }
  for (const section of model.sections.filter((section) => section.status !== 'unchanged')) {
    const title = section.headingHtml ? redlineInlineMarkdown(section.headingHtml) : inline(heading(section));
    lines.push('', `## ${title} (${inline(describe(section))})`);
    const body = redlineMarkdown(section.html, { changedOnly: true });
    if (body !== '') lines.push('', body);
  }
  return `${lines.join('\n')}\n`;
}

function heading(section: DiffSection): string {
  const oldTitle = section.oldTitle;
  const newTitle = section.newTitle;
  if (oldTitle !== null && newTitle !== null && oldTitle !== newTitle) return `${oldTitle} → ${newTitle}`;
  return newTitle ?? oldTitle ?? '';
}

function describe(section: DiffSection): string {
  const words = `${section.wordsInserted} ${section.wordsInserted === 1 ? 'word' : 'words'} inserted, ${section.wordsDeleted} deleted`;
  const fallback = section.fallback === 'timeout' ? ', shown as a whole-block replacement' : '';
  const also = section.formatChanges.length > 0 ? `; ${section.formatChanges.join('; ')}` : '';
  return describeStatus(section, words, fallback) + also;
}

function describeStatus(section: DiffSection, words: string, fallback: string): string {
  switch (section.status) {
    case 'added':
      return `added, ${section.wordsInserted} words${fallback}`;
    case 'removed':
      return `removed, ${section.wordsDeleted} words${fallback}`;
    case 'moved':
    case 'renamed': {
      const status = section.moved && section.renamed ? 'renamed and moved' : section.status;
      return section.textChanged ? `${status}; ${words}${fallback}` : status;
    }
    default:
      return `${section.status}; ${words}${fallback}`;
  }
}

function touchedList(model: DiffModel, names: RequirementNames): string[] {
  const listed = model.requirements.map((item) => {
    const name =
      names.get(`${item.mandate}\u0000${item.requirement}`) ?? `${item.mandate.toUpperCase()} ${item.requirement}`;
    return `${name} (${item.anchors.map((anchor) => `#${anchor}`).join(', ')})`;
  });
  // In clause order: §1.A.2 before §1.A.10.
  return listed.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** "R-24-89: version 1.0 meets 3 of 12 requirements; version 2.0 meets 12 of 12." */
function complianceLines(model: Redline): string[] {
  if (!model.compliance) return [];
  const { before, after } = model.compliance;
  const citations = [...new Set([...before, ...after].map((report) => report.citation))];
  return citations.map((citation) => {
    const describe = (reports: readonly ComplianceReport[], version: string, first: boolean) => {
      const report = reports.find((candidate) => candidate.citation === citation);
      if (!report) return `version ${version} is not bound by it`;
      const { met, total } = report.summary;
      return `version ${version} meets ${met} of ${total}${first ? ' requirements' : ''}`;
    };
    return `${citation}: ${describe(before, model.from.version, true)}; ${describe(after, model.to.version, false)}.`;
  });
}

function unchangedNames(model: DiffModel): string {
  return model.sections
    .filter((section) => section.status === 'unchanged')
    .map((section) => section.newTitle ?? '')
    .join(', ');
}

/** The lines that hold a change, with a "…" where unchanged lines were left out. */
function changedLines(runs: readonly WordRun[], marks: Marks, escape = (text: string) => text): string[] {
  const lines: { text: string; changed: boolean }[] = [{ text: '', changed: false }];
  for (const run of runs) {
    const pieces = run.text.split('\n');
    pieces.forEach((piece, index) => {
      if (index > 0) lines.push({ text: '', changed: false });
      const line = lines.at(-1)!;
      if (run.kind === 'equal') line.text += escape(piece);
      else if (piece !== '') {
        line.text += run.kind === 'insert' ? marks.insert(piece) : marks.delete(piece);
        line.changed = true;
      }
    });
  }
  const shown: string[] = [];
  for (const line of lines) {
    if (line.changed) shown.push(line.text);
    // Blank lines between paragraphs are left out silently; skipped text is marked.
    else if (line.text.trim() !== '' && shown.length > 0 && shown.at(-1) !== '…') shown.push('…');
  }
  while (shown.at(-1) === '…') shown.pop();
  return shown;
}
