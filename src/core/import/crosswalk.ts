// The crosswalk an imported policy might have, suggested from the audit
// (src/core/mandates/audit.ts) and written as YAML comments: a suggestion is
// never a claim, so nothing counts until the author confirms a line by
// removing its `#`.
import { auditPolicy } from '../mandates/audit.ts';
import type { Mandate } from '../schemas/types.ts';

/** Comment lines for the front matter, one block per mandate. */
export function crosswalkComments(path: string, text: string, mandates: readonly Mandate[]): string[] {
  return mandates.flatMap((mandate) => mandateBlock(path, text, mandate));
}

function mandateBlock(path: string, text: string, mandate: Mandate): string[] {
  const report = auditPolicy(path, text, mandate);
  const rows = report.requirements.filter((requirement) => requirement.status !== 'not-checked');
  if (rows.length === 0) return [];
  const tags = mandate.binds.elements.tags.map((tag) => `\`${tag}\``).join(' or ');
  const lines = [
    `# Suggested crosswalk to ${mandate.citation}, from \`policy audit\`. ${mandate.citation} binds policies tagged ${tags}.`,
    `# If it binds this policy, add the tag, check each line against the text and remove its \`#\`.`,
    `# mandates:`,
    `#   ${mandate.id}:`,
  ];
  const unmatched = rows.filter((requirement) => requirement.matches.length === 0);
  if (unmatched.length === rows.length) {
    return [
      `# ${mandate.citation} (binds policies tagged ${tags}): no section of this text matches any of its requirements.`,
    ];
  }
  for (const requirement of rows) {
    const best = requirement.matches[0];
    if (best === undefined) continue;
    const others = requirement.matches.slice(1).map((match) => `#${match.anchor}`);
    const also = others.length > 0 ? `; also ${others.join(', ')}` : '';
    lines.push(`#     ${requirement.id}: ${best.anchor}  # ${requirement.status}, score ${best.score}${also}`);
  }
  if (unmatched.length > 0) {
    const names = unmatched.map((requirement) => `${requirement.clause} ${requirement.title}`);
    lines.push(`# No section matches ${names.join(', ')}: the text needs ${unmatched.length === 1 ? 'one' : 'them'}.`);
  }
  return lines;
}
