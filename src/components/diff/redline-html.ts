// The body of a redline as HTML, in one place for both ways a reader gets
// one: the published redline pages (src/pages/policies/[id]/diff/[pair]/)
// and the comparisons worked out in the reader's browser for the pairs that
// have no page (src/browser/redline-on-demand.ts). One renderer means the two
// cannot drift apart; a browser test holds them to the same text, byte for
// byte (test/browser/redline-on-demand.test.ts).
//
// It renders what the diff model gives it and adds no judgement of its own:
// the plain summary, the two versions' facts, the key to the marks, the
// section contents with each section's status in words, and each changed
// section as the policy page shows it, insertions and deletions marked inside.
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PublishedDiff, PublishedSection, SummaryLine } from '../../core/diff/types.ts';
import type { VersionText } from '../../core/schemas/types.ts';
import { sectionHistoryPath, versionPath } from '../../core/routes.ts';
import { longDate } from '../format.ts';
import { statusTagClasses, statusTagWords } from '../status-tag.ts';
import { href } from '../url.ts';
import { runsHtml } from './runs-html.ts';
import { countWords, isShown, sectionTitle, statusWords } from './section-words.ts';

/**
 * One side of the comparison, as its version's front matter and history say: the facts the texts file keeps
 * of each version (`schemas/version-texts.schema.json`), so the browser passes its entries as they are.
 */
export type RedlineSide = Omit<VersionText, 'runs'>;

/** A published version as one side of its redline page. */
export { versionFacts as redlineSide } from '../../core/publish/version-texts.ts';

export interface RedlineInput {
  policy: string;
  diff: Pick<PublishedDiff<unknown>, 'summary' | 'overview' | 'notes' | 'sections'>;
  from: RedlineSide;
  to: RedlineSide;
  /** The slug of the section's history page, when it has one. */
  historySlug: (section: PublishedSection) => string | undefined;
}

/** Already-escaped HTML kept as it is. */
const raw = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;

export function toMarkup(nodes: readonly ElementContent[]): string {
  return toHtml({ type: 'root', children: [...nodes] }, { allowDangerousHtml: true });
}

function statusTag(status: string, label?: string): Element {
  return h('strong', { className: statusTagClasses(status) }, statusTagWords(status, label));
}

/** Everything above the mandate requirements: the summary, the two versions, the key, the contents. */
export function redlineOpening(input: RedlineInput): ElementContent[] {
  const { diff } = input;
  return [
    h('p', { className: ['lead'], id: 'redline-summary' }, diff.summary),
    summaryList(diff.overview),
    h('dl', { className: ['summary-list'] }, [
      sideFacts('From', input.from, input.policy),
      sideFacts('To', input.to, input.policy),
      ...(input.to.change
        ? [
            h('div', [
              h('dt', 'Summary of the change'),
              h('dd', [
                `${input.to.change.kind === 'substantive' ? 'Substantive' : 'Editorial'}: `,
                input.to.change.summary,
              ]),
            ]),
          ]
        : []),
    ]),
    ...(diff.notes.length > 0 ? [fallbackNotice(diff.notes)] : []),
    key(),
    h('h2', { id: 'sections-title' }, 'Sections'),
    contents(diff.sections),
  ];
}

/**
 * What a comparison worked out in the browser says in place of the mandate
 * requirements, which only the site build checks.
 */
export function requirementsNote(compliancePageHref: string): Element {
  return h('section', { ariaLabelledBy: 'requirements-title', dataRedlineRequirements: '' }, [
    h('h2', { id: 'requirements-title' }, 'Mandate requirements'),
    h('p', [
      'This comparison was worked out by your browser, which cannot check it against the council resolutions ' +
        'the policy must meet. The ',
      h('a', { href: compliancePageHref }, 'compliance page'),
      ' shows which of their requirements each version meets.',
    ]),
  ]);
}

/** The changes themselves: every section whose text, place, heading or form changed. */
export function redlineChanges(input: RedlineInput): ElementContent[] {
  const shown = input.diff.sections.filter(isShown);
  return [
    h('h2', { id: 'changes-title' }, 'Changes'),
    ...(shown.length === 0 ? [h('p', 'The two versions have the same text.')] : []),
    ...shown.map((section, index) => sectionChange(section, input, repeatedHeading(shown, index))),
  ];
}

/**
 * Where a shown section stands among those with its heading, and how many there are, when there is more than one. Each section is a region
 * named by its heading, and regions need names of their own; two sections share a heading only in a past version the
 * check refused for it (GitHub's Terms of Service had "1. GitHub Pages" twice).
 */
function repeatedHeading(shown: readonly PublishedSection[], index: number): { place: number; of: number } | undefined {
  const title = sectionTitle(shown[index]!);
  const same = shown.filter((section) => sectionTitle(section) === title);
  return same.length > 1 ? { place: same.indexOf(shown[index]!) + 1, of: same.length } : undefined;
}

/** The plain summary on top, section names linking to their change below. */
function summaryList(lines: readonly SummaryLine[]): Element {
  return h(
    'ul',
    { className: ['redline-summary'], ariaLabelledBy: 'redline-summary' },
    lines.map((line) =>
      h(
        'li',
        line.parts.map((part) => (part.change ? h('a', { href: `#${part.change}` }, part.text) : part.text)),
      ),
    ),
  );
}

function sideFacts(label: string, side: RedlineSide, policy: string): Element {
  const time = (date: string) => h('time', { dateTime: date }, longDate(date));
  return h('div', [
    h('dt', `${label} version ${side.version}`),
    h('dd', [
      statusTag(side.status),
      ' ',
      ...(side.adopted
        ? ['Adopted on ', time(side.adopted), ...(side.effective ? [', effective ', time(side.effective)] : [])]
        : ['Not adopted']),
      '. ',
      h('a', { href: href(versionPath(policy, side.version)) }, `Read version ${side.version}`),
    ]),
  ]);
}

function fallbackNotice(notes: readonly string[]): Element {
  return h('section', { className: ['notice', 'notice--info'], ariaLabelledBy: 'redline-fallback-title' }, [
    h(
      'h2',
      { className: ['notice__title'], id: 'redline-fallback-title' },
      'Some passages are shown as whole replacements',
    ),
    h(
      'ul',
      notes.map((note) => h('li', note)),
    ),
  ]);
}

/** How to read a redline, with a sample of each mark, so nobody has to rely on colour. */
function key(): Element {
  return h('details', { className: ['redline-key'] }, [
    h('summary', 'How to read this comparison'),
    h('p', [
      'Inserted words are ',
      raw(runsHtml([{ kind: 'insert', text: 'underlined' }])),
      ', and deleted words are ',
      raw(runsHtml([{ kind: 'delete', text: 'struck through' }])),
      '. Screen readers that ignore these marks read "[inserted]" and "[deleted]" before each change and ' +
        '"[end inserted]" or "[end deleted]" after it. Each changed section is shown as it reads on the policy page. ' +
        'Changes that leave the words alone are named in words, such as "heading level changed" or "made bold". ' +
        'A passage that moved to another section is shown there, compared with its old text, and marked "[Moved from …]".',
    ]),
  ]);
}

/** Every section with its status in words, the changed ones linked to their change (CFPB eRegulations). */
function contents(sections: readonly PublishedSection[]): Element {
  return h('nav', { className: ['diff-contents'], ariaLabelledBy: 'sections-title' }, [
    h(
      'ol',
      sections.map((section) => {
        const counts = countWords(section);
        return h('li', { className: [`diff-contents__depth-${Math.min(section.depth, 4)}`] }, [
          isShown(section)
            ? h('a', { href: `#${section.id}` }, sectionTitle(section))
            : h('span', sectionTitle(section)),
          ' ',
          statusTag(section.status, statusWords(section)),
          ...(counts ? [h('span', { className: ['muted', 'small'] }, ` ${counts}`)] : []),
          ...(section.status === 'renamed' && section.oldTitle
            ? [h('span', { className: ['muted', 'small'] }, ` (was “${section.oldTitle}”)`)]
            : []),
        ]);
      }),
    ),
  ]);
}

function sectionChange(
  section: PublishedSection,
  input: RedlineInput,
  repeated?: { place: number; of: number },
): Element {
  const { id } = section;
  const [from, to] = [input.from.version, input.to.version];
  const counts = countWords(section);
  const citations = (clauses: string) => (clauses !== '' ? ` (${clauses})` : '');
  const moves = [
    ...section.movedIn.map((move) => ({ move, words: 'came from', version: from })),
    ...section.movedOut.map((move) => ({ move, words: 'moved to', version: to })),
  ];
  const sectionHref = (version: string, anchor: string | null) =>
    anchor === null || anchor === '' ? undefined : href(versionPath(input.policy, version, anchor));
  const history = input.historySlug(section);
  const tools = [
    ...(sectionHref(from, section.oldAnchor)
      ? [h('a', { href: sectionHref(from, section.oldAnchor) }, `This section in version ${from}`)]
      : []),
    ...(sectionHref(to, section.newAnchor)
      ? [h('a', { href: sectionHref(to, section.newAnchor) }, `This section in version ${to}`)]
      : []),
    ...(history
      ? [h('a', { href: href(sectionHistoryPath(input.policy, history)) }, 'Every change to this section')]
      : []),
  ];
  const status: ElementContent[] = [
    statusTag(section.status, statusWords(section)),
    ...(counts ? [h('span', ` ${counts}.`)] : []),
    ...(section.renamed && section.oldTitle
      ? [h('span', ` Its heading was “${section.oldTitle}” in version ${from}.`)]
      : []),
    ...(section.moved ? [h('span', ` It is in a different place in version ${to}.`)] : []),
    ...(section.status === 'added' && section.movedIn.length === 0 ? [h('span', ` It is new in version ${to}.`)] : []),
    ...(section.status === 'removed' ? [h('span', ` It is not in version ${to}.`)] : []),
    ...(section.formatChanges.length > 0 ? [h('span', ` Also: ${section.formatChanges.join('; ')}.`)] : []),
    ...(section.fallback === 'timeout'
      ? [
          h(
            'span',
            ' This section changed too much to compare word by word in time, so the whole old text is shown deleted ' +
              'and the whole new text inserted.',
          ),
        ]
      : []),
  ];
  const which = repeated
    ? [
        h(
          'span',
          { className: ['visually-hidden'] },
          ` (section ${repeated.place} of ${repeated.of} with this heading)`,
        ),
      ]
    : [];
  return h('section', { className: ['diff-section'], ariaLabelledBy: `${id}-title`, id }, [
    section.headingHtml
      ? h('h3', { id: `${id}-title` }, [raw(section.headingHtml), ...which])
      : h('h3', { id: `${id}-title` }, [sectionTitle(section), ...which]),
    h('p', { className: ['diff-section__status'] }, status),
    ...(moves.length > 0
      ? [
          h(
            'ul',
            { className: ['diff-section__moves'] },
            moves.map(({ move, words, version }) =>
              h('li', [
                `${move.blocks === 1 ? 'One passage' : `${move.blocks} passages`}${citations(move.clauses)} ${words} `,
                h('a', { href: `#${move.change}` }, `“${move.title}”`),
                ` in version ${version}${move.reworded ? ', reworded' : ''}.`,
              ]),
            ),
          ),
        ]
      : []),
    h('div', { className: ['redline-text'] }, raw(section.html)),
    ...(tools.length > 0 ? [h('p', { className: ['section-tools'] }, tools)] : []),
  ]);
}
