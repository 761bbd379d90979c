// Loads the mandate catalogue: `policy/mandates/<id>.yaml` (the requirements
// as data, checked against `schemas/mandate.schema.json`) and, when the
// mandate names one, the Markdown file with its full text (`<id>.md`), which
// the site publishes and whose anchors the requirements cite.
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { MANDATE_DIR } from '../repository/files.ts';
import type { PolicyFiles } from '../ports.ts';
import { decodeSourceText } from '../document/source-text.ts';
import { parseYamlData } from '../yaml/data.ts';
import { parseMarkdown } from '../document/parse.ts';
import { checkMdxProfile } from '../document/mdx-profile.ts';
import { buildSections, flattenSections, type Section } from '../document/sections.ts';
import { renderHtmlTree } from '../document/render.ts';
import { checkedHtmlTree } from '../document/html-profile.ts';
import { validateMandate, validateReviews } from './schema.ts';
import { REVIEW_DIR } from './reviews.ts';
import { closest } from '../text/english.ts';
import type { Mandate, Review } from '../schemas/types.ts';
import type { Locate } from '../yaml/locate.ts';

/** The full text of a mandate, as the site shows it. */
export interface MandateText {
  mandateId: string;
  /** `policy/mandates/r-24-89.md` */
  path: string;
  sections: Section[];
  /** Sanitised HTML; empty when the text has errors or rendering was not asked for. */
  html: string;
}

/** The staff reviews recorded for one mandate (`policy/reviews/<id>.yaml`). */
export interface MandateReviews {
  mandateId: string;
  path: string;
  reviews: Review[];
  /** Where each review's fields are in the file, for messages. */
  locate: Locate;
}

export interface MandateCatalogue {
  mandates: Mandate[];
  /** Staff reviews, one entry per mandate that has a review file. */
  reviews: MandateReviews[];
  /** The full texts, one per mandate that names a `document`. */
  texts: MandateText[];
  diagnostics: Diagnostic[];
}

export async function loadMandates(files: PolicyFiles, options: { render?: boolean } = {}): Promise<MandateCatalogue> {
  const catalogue: MandateCatalogue = { mandates: [], reviews: [], texts: [], diagnostics: [] };
  for (const path of await files.listMandates()) {
    const sink = new DiagnosticSink(path);
    const bytes = await files.read(path);
    const text = bytes === undefined ? undefined : decodeSourceText(bytes, sink);
    if (text !== undefined) {
      const { value, locate } = parseYamlData(
        { text, startLine: 1, area: 'mandate', noun: 'mandate file' },
        validateMandate,
        sink,
      );
      if (value) {
        checkIdentity(value, path, locate, sink);
        const mandateText = value.document ? await loadMandateText(files, value, locate, sink, options) : undefined;
        if (mandateText) catalogue.texts.push(mandateText);
        if (!sink.messages.some((message) => message.fatal === true)) catalogue.mandates.push(value);
      }
    }
    catalogue.diagnostics.push(...sink.toDiagnostics());
  }
  for (const mandate of catalogue.mandates) {
    const reviews = await loadReviews(files, mandate, catalogue.diagnostics);
    if (reviews) catalogue.reviews.push(reviews);
  }
  return catalogue;
}

/** Reads `policy/reviews/<id>.yaml` when there is one; its problems go to `diagnostics`. */
async function loadReviews(
  files: PolicyFiles,
  mandate: Mandate,
  diagnostics: Diagnostic[],
): Promise<MandateReviews | undefined> {
  const path = `${REVIEW_DIR}/${mandate.id}.yaml`;
  const bytes = await files.read(path);
  if (bytes === undefined) return undefined;
  const sink = new DiagnosticSink(path);
  const text = decodeSourceText(bytes, sink);
  const parsed =
    text === undefined
      ? undefined
      : parseYamlData({ text, startLine: 1, area: 'mandate', noun: 'staff review file' }, validateReviews, sink);
  let result: MandateReviews | undefined;
  if (parsed?.value) {
    const { value, locate } = parsed;
    if (value.mandate !== mandate.id) {
      sink.report(
        'mandate/review-unknown',
        `The file is about \`${value.mandate}\`, but it is named for \`${mandate.id}\`.`,
        {
          place: locate(['mandate'], 'value'),
          hint: `Set \`mandate: ${mandate.id}\`, or move the file to \`${REVIEW_DIR}/${value.mandate}.yaml\`.`,
        },
      );
    }
    const elements = mandate.requirements.filter((r) => r.scope === 'policy').map((r) => r.id);
    value.reviews.forEach((review, index) => {
      if (elements.includes(review.requirement)) return;
      const nearest = closest(review.requirement, elements);
      sink.report(
        'mandate/review-unknown',
        `Unexpected requirement \`${review.requirement}\` in a staff review: ${mandate.citation} has no such policy element.`,
        {
          place: locate(['reviews', index, 'requirement'], 'value'),
          hint: nearest ? `Did you mean \`${nearest}\`?` : `Use a policy element id of ${mandate.citation}.`,
        },
      );
    });
    result = { mandateId: mandate.id, path, reviews: value.reviews, locate };
  }
  diagnostics.push(...sink.toDiagnostics());
  return result;
}

function checkIdentity(mandate: Mandate, path: string, locate: Locate, sink: DiagnosticSink): void {
  const stem = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
  if (mandate.id !== stem) {
    sink.report('mandate/id-mismatch', `The id \`${mandate.id}\` does not match the file name \`${stem}\`.`, {
      place: locate(['id'], 'value'),
      hint: `Set \`id: ${stem}\`, or rename the file to \`${mandate.id}.yaml\`.`,
    });
  }
  const first = new Map<string, number>();
  mandate.requirements.forEach((requirement, index) => {
    const earlier = first.get(requirement.id);
    if (earlier !== undefined) {
      sink.report('mandate/duplicate-requirement', `The requirement id \`${requirement.id}\` is used twice.`, {
        place: locate(['requirements', index, 'id'], 'value'),
        related: [{ place: locate(['requirements', earlier, 'id'], 'value'), message: 'first used' }],
        hint: 'Give each requirement its own permanent id.',
      });
    } else {
      first.set(requirement.id, index);
    }
  });
}

async function loadMandateText(
  files: PolicyFiles,
  mandate: Mandate,
  locate: Locate,
  sink: DiagnosticSink,
  options: { render?: boolean },
): Promise<MandateText | undefined> {
  const path = `${MANDATE_DIR}/${mandate.document}`;
  const bytes = await files.read(path);
  if (bytes === undefined) {
    sink.report('mandate/missing-document', `The mandate text \`${path}\` was not found.`, {
      place: locate(['document'], 'value'),
      hint: `Add \`${path}\` with the mandate's full text, or fix \`document\`.`,
    });
    return undefined;
  }
  const textSink = new DiagnosticSink(path);
  const text = decodeSourceText(bytes, textSink);
  const tree = text === undefined ? undefined : parseMarkdown(text, 'md', textSink);
  const sections = tree ? buildSections(tree, textSink) : [];
  if (tree) checkMdxProfile(tree, textSink);
  // Judged on the HTML tree that is published, as a policy is (`checkedHtmlTree`).
  const htmlTree = tree
    ? checkedHtmlTree(tree, text!, sections, textSink, { render: options.render !== false })
    : undefined;
  const clean = !textSink.messages.some((message) => message.fatal === true);
  for (const message of textSink.messages) sink.messages.push(message);

  const anchors = flattenSections(sections).map((section) => section.anchor);
  const cited = [
    ...mandate.requirements.map((item, index) => ({ anchor: item.anchor, path: ['requirements', index, 'anchor'] })),
    ...(mandate.deadlines ?? []).map((item, index) => ({ anchor: item.anchor, path: ['deadlines', index, 'anchor'] })),
  ];
  for (const { anchor, path: at } of cited) {
    if (anchor === undefined || anchors.includes(anchor)) continue;
    const nearest = closest(anchor, anchors);
    sink.report(
      'mandate/unknown-clause',
      `Unexpected anchor \`${anchor}\`: \`${path}\` has no such section or clause.`,
      {
        place: locate(at, 'value'),
        hint: nearest ? `Did you mean \`${nearest}\`?` : 'Use an anchor of the mandate text, such as `section-1`.',
      },
    );
  }
  return {
    mandateId: mandate.id,
    path,
    sections,
    html: htmlTree && clean ? renderHtmlTree(htmlTree) : '',
  };
}
