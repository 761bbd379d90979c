// Telling rules about the public apart from rules about staff.
//
// A social media policy usually has a comment policy for the public ("comments
// containing personal attacks will be removed") next to rules for the City's
// own staff. R-24-89 asks for rules about what *City accounts* post, so a
// sentence about what members of the public post must not count as a staff
// rule. The test is a plain heuristic, applied per sentence:
// - a sentence is about the public when it speaks of content from the public
//   (comments, posts or messages "by", "from" or "of" users, the public,
//   followers, constituents, visitors, residents or commenters), starts with
//   one of those as its subject, or moderates content ("… will be removed",
//   "may be deleted");
// - unless its subject is the City or its staff ("City accounts must never…",
//   "Staff …", "Departments …"), or it tells staff how to answer (respond, reply, answer): "respond to
//   comments from the public calmly" *is* a staff rule;
// - context carries: a sentence about the public that ends with `:` makes the
//   list after it about the public too, and so does a section titled as a
//   comment policy ("Comment Policy", "Community Guidelines", "Terms of Use").

const publicParty =
  '(?:the\\s+public|members?\\s+of\\s+the\\s+public|(?:the\\s+)?(?:users?|followers?|constituents?|visitors?|residents?|commenters?|citizens?|third\\s+parties|participants?))';
const publicContent = new RegExp(
  `\\b(?:comments?|posts?|postings?|messages?|replies|content|submissions?)\\b[^.;:]{0,40}?\\b(?:by|from)\\s+${publicParty}\\b`,
  'i',
);
const publicSubject = new RegExp(
  `^(?:all\\s+|any\\s+)?${publicParty}\\b(?!\\s+(?:information|service|trust|records?))`,
  'i',
);
const moderation =
  /\b(?:will|may|shall|can|must|could)\s+(?:also\s+)?be\s+(?:removed|deleted|hidden|blocked|moderated|taken\s+down)\b/i;
// A sentence whose subject is the City or its staff is a staff rule, whatever it mentions.
const staffSubject =
  /^(?:the\s+)?(?:city(?:'s)?\b|staff|employees?|departments?|we\b|our\b|you\b|everyone\s+who|anyone\s+who|each\s+department|every\s+department|communications)/i;
const staffAnswer = /\b(?:respond|responds|responding|reply|replying|answer|answering)\b/i;
const publicTitle =
  /\b(?:comment|commenting|posting|user|visitor)\s+(?:policy|policies|rules|guidelines|standards)\b|\bcommunity\s+(?:guidelines|standards|rules)\b|\bterms\s+of\s+use\b/i;

export interface Sentence {
  text: string;
  /** True when the sentence is a rule about what the public posts, not about staff. */
  aboutThePublic: boolean;
}

export function isAboutThePublic(sentence: string): boolean {
  const withoutLabel = stripLabel(sentence);
  if (staffAnswer.test(withoutLabel) || staffSubject.test(withoutLabel)) return false;
  return publicContent.test(withoutLabel) || publicSubject.test(withoutLabel) || moderation.test(withoutLabel);
}

/**
 * Splits a section's text into sentences and classifies each. Blocks are
 * separated by blank lines, list items by line breaks (as `Section.text` is built).
 */
export function sentencesOf(text: string, title = ''): Sentence[] {
  const wholeSectionPublic = publicTitle.test(title);
  const sentences: Sentence[] = [];
  let carry = false; // the previous block introduced a list of public rules
  for (const block of text.split(/\n{2,}/)) {
    let inList: boolean = carry;
    for (const line of block.split('\n')) {
      const parts = line
        .split(/(?<=[.;!?])\s+/)
        .map((part) => part.trim())
        .filter(Boolean);
      for (const part of parts) {
        const own = isAboutThePublic(part);
        const aboutThePublic = !staffAnswer.test(part) && (own || inList || wholeSectionPublic);
        sentences.push({ text: part, aboutThePublic });
        if (own && part.endsWith(':')) inList = true;
      }
    }
    carry = inList && (sentences.at(-1)?.text.endsWith(':') ?? false);
  }
  return sentences;
}

function stripLabel(text: string): string {
  return text.replace(/^(?:\(?[A-Za-z0-9]{1,5}[.)])\s+/, '');
}
