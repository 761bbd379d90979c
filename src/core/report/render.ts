// Renders a `BranchReport` as the Markdown of the pull-request comment and
// the job summary. Written for reviewers who are not developers: plain
// sentences first, tables for the details, long parts folded in <details>.
import type { DiffSection } from '../diff/index.ts';
import { complianceTables } from './compliance-table.ts';
import { lifecycleChanges } from './lifecycle-rows.ts';
import { code, details, inline, link, prose, table } from '../text/markdown.ts';
import { plural } from '../text/english.ts';
import { markdownReport } from '../diagnostics/format.ts';
import { renderedRuns } from '../diff/markdown.ts';
import { sectionRedline } from './redline.ts';
import type { BranchReport, PolicyChange, PolicySide } from './types.ts';
import { absoluteUrl, policyPath, redlinePath } from '../routes.ts';

/** The hidden marker the workflow uses to find and update its one comment. */
export const SUMMARY_MARKER = '<!-- policy-summary -->';

export function renderBranchReport(report: BranchReport): string {
  const parts = [SUMMARY_MARKER, '## Policy changes on this branch', introduction(report)];
  if (report.changes.length > 0) parts.push(overview(report));
  for (const change of report.changes) parts.push(policySection(change, report));
  parts.push(markdownReport(report.diagnostics));
  return `${parts.join('\n\n')}\n`;
}

function introduction(report: BranchReport): string {
  const lines = [`Compared with ${code(report.base)}.`];
  if (report.changes.length === 0) {
    lines.push('This branch does not change any policy.');
  } else {
    const counts = (['changed', 'added', 'removed', 'unreadable'] as const)
      .map((kind) => [kind, report.changes.filter((change) => change.kind === kind).length] as const)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${count} ${kindWords[kind]}`);
    lines.push(`This branch touches ${plural(report.changes.length, 'policy', 'policies')}: ${counts.join(', ')}.`);
  }
  if (report.otherFiles.length > 0) {
    lines.push(`It also changes ${report.otherFiles.map(code).join(', ')}.`);
  }
  return lines.join(' ');
}

const kindWords = { changed: 'changed', added: 'new', removed: 'removed', unreadable: 'that cannot be read' } as const;

function overview(report: BranchReport): string {
  const rows = report.changes.map((change) => {
    const side = change.after ?? change.before;
    const name = side ? policyName(side) : code(change.id);
    return [
      link(name, side && change.after ? previewUrl(report, change.id) : undefined),
      versionCell(change),
      changeKindCell(change),
      complianceCell(change),
    ];
  });
  return table(['Policy', 'Version', 'Change', 'Compliance'], rows);
}

function policyName(side: PolicySide): string {
  return inline(`${side.frontMatter.number} ${side.frontMatter.title}`);
}

function versionCell(change: PolicyChange): string {
  if (change.kind === 'added') return `new: ${change.after!.frontMatter.version} (${change.after!.frontMatter.status})`;
  if (change.kind === 'removed') return `removed (was ${change.before!.frontMatter.version})`;
  if (change.kind === 'unreadable') return '?';
  const from = change.before!.frontMatter.version;
  const to = change.after!.frontMatter.version;
  return from === to ? `${to} (same version)` : `${from} → ${to}`;
}

function changeKindCell(change: PolicyChange): string {
  if (change.kind === 'added') return 'new policy';
  if (change.kind === 'removed') return 'policy removed';
  if (change.kind === 'unreadable') return 'front matter has errors';
  if (!change.diff) return 'compliance only';
  if (change.before!.frontMatter.version === change.after!.frontMatter.version) return 'edit, no new version';
  return change.after!.frontMatter.change?.kind ?? 'not declared';
}

function complianceCell(change: PolicyChange): string {
  const total = (side: PolicySide | undefined) => {
    if (!side || side.compliance.length === 0) return '—';
    const met = side.compliance.reduce((sum, report) => sum + report.summary.met, 0);
    const all = side.compliance.reduce((sum, report) => sum + report.summary.total, 0);
    return `${met} of ${all} met`;
  };
  if (change.kind === 'unreadable') return '?';
  if (change.kind === 'added') return total(change.after);
  if (change.kind === 'removed') return total(change.before);
  const before = total(change.before);
  const after = total(change.after);
  return before === after ? after : `${before} → ${after}`;
}

function policySection(change: PolicyChange, report: BranchReport): string {
  if (change.kind === 'unreadable') {
    return [
      `### ${code(change.id)}`,
      'The front matter of this file has errors, so it cannot be compared with the base. Fix the problems listed below; the report will then show the change.',
    ].join('\n\n');
  }
  const side = (change.after ?? change.before)!;
  const parts = [`### ${policyName(side)}`, headline(change, report)];
  if (change.kind === 'removed') {
    parts.push(
      'This branch deletes the policy file. Its pages would no longer be published; to withdraw a policy but keep it public, set `status: retired` instead.',
    );
    return parts.join('\n\n');
  }
  if (change.kind === 'added') parts.push(newPolicySections(change.after!));
  if (change.diff) parts.push(sectionChanges(change, report));
  else if (change.kind === 'changed')
    parts.push('The text did not change; the compliance did, because a mandate changed.');
  parts.push(...complianceTables(change));
  parts.push(lifecycleTable(change));
  return parts.join('\n\n');
}

function headline(change: PolicyChange, report: BranchReport): string {
  const after = change.after;
  const lines: string[] = [];
  if (change.kind === 'added') {
    lines.push(
      `**New policy**, version ${after!.frontMatter.version} (${after!.frontMatter.status}), in ${code(after!.path)}.`,
    );
  } else if (change.kind === 'removed') {
    lines.push(`**Removed**: version ${change.before!.frontMatter.version} was in ${code(change.before!.path)}.`);
  } else {
    const from = change.before!.frontMatter.version;
    const to = after!.frontMatter.version;
    const kind = after!.frontMatter.change?.kind;
    lines.push(
      from === to
        ? `**Version ${to}**: this branch edits it without a new version number.`
        : `**Version ${from} → ${to}**${kind ? `, ${kind} change` : ''}.`,
    );
  }
  const summary = after?.frontMatter.change?.summary;
  const sameVersion = change.before?.frontMatter.version === after?.frontMatter.version;
  if (summary && change.kind !== 'removed') {
    lines.push(`> ${sameVersion ? `The summary of version ${after!.frontMatter.version}: ` : ''}${inline(summary)}`);
  }
  const links = previewLinks(change, report);
  if (links) lines.push(links);
  return lines.join('\n\n');
}

function previewLinks(change: PolicyChange, report: BranchReport): string | undefined {
  if (report.baseUrl === undefined || !change.after) return undefined;
  const links = [link('Preview of the new text', previewUrl(report, change.id))];
  const from = change.before?.frontMatter.version;
  const to = change.after.frontMatter.version;
  if (change.diff && from !== undefined && from !== to) {
    links.push(link(`Full redline ${from} → ${to}`, absoluteUrl(report.baseUrl, redlinePath(change.id, from, to))));
  }
  return links.join(' · ');
}

/** The preview of a policy's new text on the branch's preview site, when the report has its address. */
function previewUrl(report: BranchReport, id: string): string | undefined {
  return report.baseUrl === undefined ? undefined : absoluteUrl(report.baseUrl, policyPath(id));
}

function newPolicySections(side: PolicySide): string {
  if (side.headings.length === 0) return 'The new text has no headings.';
  const list = side.headings.map(
    (heading) => `${'  '.repeat(Math.max(0, heading.depth - 2))}- ${inline(heading.title)}`,
  );
  return details(`Sections of the new text (${side.headings.length})`, list.join('\n'));
}

function sectionChanges(change: PolicyChange, report: BranchReport): string {
  const diff = change.diff!;
  const changed = diff.sections.filter((section) => section.status !== 'unchanged');
  const unchanged = diff.sections.length - changed.length;
  const parts = ['#### Sections', inline(diff.summary)];
  if (changed.length === 0) return parts.join('\n\n');
  const rows = changed.map((section) => [sectionTitle(section, change, report), section.status, words(section)]);
  parts.push(table(['Section', 'Status', 'Words'], rows));
  if (unchanged > 0) parts.push(`${plural(unchanged, 'other section')} ${unchanged === 1 ? 'is' : 'are'} unchanged.`);
  // The text as published, never its source: the words around each change.
  const redlines = changed
    .map((section) => ({ section, runs: renderedRuns(section.html) }))
    .filter(({ runs }) => runs.some((run) => run.kind !== 'equal'))
    .map(
      ({ section, runs }) =>
        `**${inline(section.newTitle ?? section.oldTitle ?? '')}** (${section.status})\n\n${sectionRedline({ runs })}`,
    );
  if (redlines.length > 0) {
    parts.push(
      details(
        `Redline of ${plural(redlines.length, 'changed section')}`,
        [...redlines, ...diff.notes.map((note) => `*${prose(note)}*`)].join('\n\n'),
        true,
      ),
    );
  }
  return parts.join('\n\n');
}

function sectionTitle(section: DiffSection, change: PolicyChange, report: BranchReport): string {
  const oldTitle = section.oldTitle === null ? undefined : inline(section.oldTitle);
  const newTitle = section.newTitle === null ? undefined : inline(section.newTitle);
  const linked = (title: string, anchor: string | null) =>
    report.baseUrl !== undefined && anchor
      ? link(title, absoluteUrl(report.baseUrl, policyPath(change.id, anchor)))
      : title;
  if (newTitle === undefined) return `~~${oldTitle ?? ''}~~`;
  const current = linked(newTitle, section.newAnchor);
  return oldTitle !== undefined && oldTitle !== newTitle ? `${oldTitle} → ${current}` : current;
}

function words(section: DiffSection): string {
  if (section.wordsInserted === 0 && section.wordsDeleted === 0) return '—';
  return `+${section.wordsInserted} −${section.wordsDeleted}`;
}

function lifecycleTable(change: PolicyChange): string {
  const rows = lifecycleChanges(change.before, change.after);
  const heading = '#### Review and lifecycle';
  if (rows.length === 0) {
    return `${heading}\n\nNo change to the status, adoption, review schedule, review log or comment period.`;
  }
  const beforeLabel = change.before ? `Before (${change.before.frontMatter.version})` : 'Before';
  const afterLabel = change.after ? `After (${change.after.frontMatter.version})` : 'After';
  return `${heading}\n\n${table(
    ['', beforeLabel, afterLabel],
    rows.map((row) => [row.label, row.before, row.after]),
  )}`;
}
