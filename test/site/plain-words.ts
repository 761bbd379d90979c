// What a public page must not show as text (issue 14, "plain words"): code in
// backticks, anchors ("#behavioral-expectations"), file names and paths
// ("policy/site.yaml"), and field names ("review.intervalMonths"). Technical
// detail for maintainers may sit inside a "Details for maintainers" disclosure
// (`<details class="for-maintainers">`), which is not scanned.
import type { Element, Nodes } from 'hast';

const hiddenTags = new Set(['script', 'style', 'template', 'noscript']);

/** The text a reader sees (or hears), without scripts and maintainer disclosures. */
export function visibleText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    if (current.type !== 'element' && current.type !== 'root') return;
    if (current.type === 'element' && skipped(current)) return;
    for (const child of current.children) {
      parts.push(' ');
      walk(child);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ');
}

function skipped(element: Element): boolean {
  if (hiddenTags.has(element.tagName)) return true;
  if (element.properties['hidden'] !== undefined && element.properties['hidden'] !== false) return true;
  const classes = element.properties['className'];
  return Array.isArray(classes) && classes.includes('for-maintainers');
}

const rules: { name: string; pattern: RegExp }[] = [
  { name: 'backtick', pattern: /`[^`\s]*`?/g },
  // "#m-a", "#behavioral-expectations": an anchor written as text. Not "#12" (a number).
  { name: 'anchor', pattern: /(?<![\w&/])#[a-z][a-z0-9]*(?:-[a-z0-9]+)*\b/g },
  // "policy/site.yaml", "site.yaml", "ai-1-19.mdx", "src/core/routes.ts"
  { name: 'file name', pattern: /\b[\w-]+(?:\/[\w.-]+)*\.(?:ya?ml|mdx|md|json|ts|astro|mjs)\b/g },
  // "review.intervalMonths", "change.summary": a dotted field name.
  {
    name: 'field name',
    pattern: /\b[a-z]+\.[a-z]+[A-Z]\w*\b|\b(?:review|change|adopted|comment|sources|mandates)\.[a-z]\w*\b/g,
  },
];

/** Every jargon match in a text, as `rule: "match"`. */
export function jargonIn(text: string): string[] {
  return rules.flatMap(({ name, pattern }) => [...text.matchAll(pattern)].map((match) => `${name}: "${match[0]}"`));
}
