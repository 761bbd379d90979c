// Who a sentence is about, and whether it states a rule at all.
//
// R-24-89 asks for rules about the City's own accounts and staff. A social
// media policy usually also has a comment policy for the public ("comments
// containing personal attacks will be removed", "repeat offenders may be
// banned"), disclaimers about what the public posts, and sentences that point
// elsewhere ("discipline is addressed in the personnel rules"). None of those
// meet an element. Each sentence is judged on its own, by these rules, in order:
//
// 1. Deferred or negated: it says the matter is dealt with elsewhere or not at
//    all ("is not addressed here", "see the Personnel Rules", "this policy does
//    not establish…", "outside the scope").
// 2. Staff answering the public ("respond to comments from the public calmly")
//    is a staff rule, whatever else it mentions.
// 3. Moderation of the public ("comments … will be removed", "the City may
//    block users who…") is about the public.
// 4. Otherwise the sentence's subject decides: the words before its first verb.
//    The public ("users", "members of the public", "repeat offenders",
//    "comments from private individuals") makes it about the public; the City,
//    its staff, departments or accounts make it a staff rule. "You" follows the
//    section: the public in a comment policy, staff elsewhere.
// 5. No subject (an imperative, a list item, a fragment): it follows its
//    context. A list introduced by a sentence about the public ("Comments that
//    contain any of the following will be removed:") and a section titled as a
//    comment policy ("Comment Policy", "Community Guidelines", "Terms of Use")
//    are about the public; anything else is a staff rule.
import type { ReadSentence } from './reading.ts';

export type SentenceRole = 'staff' | 'public' | 'deferred' | 'statement';

export interface SentenceJudgement {
  role: SentenceRole;
  /** Why, in a few words, for the "not counted" notes. */
  why: string;
  /** Judged from the sentence itself; false when it took its role from its list or section. */
  own: boolean;
  /** A staff rule only because nothing says otherwise (no subject that names the City, staff or the public). */
  byDefault?: boolean;
}

export interface SentenceContext {
  /** The section's title names a comment policy for the public. */
  publicSection: boolean;
  /** The sentence is an item of a list introduced by a sentence about the public. */
  publicList: boolean;
}

const publicParty = new Set([
  'public',
  'user',
  'follower',
  'constituent',
  'visitor',
  'resident',
  'commenter',
  'citizen',
  'participant',
  'individual',
  'offender',
  'violator',
  'poster',
  'person',
  'people',
  'anyone',
  'anybody',
  'someone',
  'patron',
  'customer',
  'fan',
  'subscriber',
  'viewer',
  'reader',
  'member',
  'party',
  'commentator',
]);
const staffParty = new Set([
  'city',
  'county',
  'state',
  'town',
  'village',
  'staff',
  'employee',
  'department',
  'account',
  'administrator',
  'director',
  'we',
  'our',
  'us',
  'official',
  'officer',
  'moderator',
  'team',
  'agency',
  'office',
  'personnel',
  'representative',
  'manager',
  'supervisor',
  'communication',
  'communications',
  'division',
  'worker',
  'volunteer',
  'contractor',
  'board',
  'commission',
  'pio',
  'designee',
  'coordinator',
  'author',
  'page',
  'site',
  'administration',
  'government',
  'organization',
  'unit',
  'program',
  'sheriff',
  'deputy',
  'chief',
  'mayor',
  'council',
  'elect',
]);
const publicContentNoun = new Set(['comment', 'reply', 'submission', 'commentary']);
const contentNoun = new Set(['comment', 'post', 'posting', 'message', 'reply', 'content', 'submission', 'material']);
const moderationVerb = new Set(['remove', 'delete', 'hide', 'block', 'ban', 'moderate', 'bar', 'restrict', 'edit']);
const answerVerb = new Set(['respond', 'reply', 'answer', 'engage', 'interact']);
const negation = new Set(['not', 'never', "n't", 'no', 'instead', 'rather']);
const watchVerb = new Set(['monitor', 'review', 'watch', 'screen']);
const modal = new Set(['shall', 'must', 'should', 'will', 'may', 'can', 'could', 'would', 'might', 'ought', 'need']);
const ruleWording =
  /\b(?:is|are)\s+(?:only\s+)?used\s+(?:to|for)\b|\b(?:is|are|be)\s+(?:not\s+)?(?:required|expected|prohibited|forbidden|responsible|accountable|encouraged|permitted|allowed|authorized|obligated|to\s+\w+|subject\s+to)\b|\bhave\s+to\b|\bhas\s+to\b|\bresponsible\s+for\b|\bprohibited\b/;
// Verbs that describe rather than direct, when they are a sentence's only verb.
const descriptiveVerb = new Set([
  'use',
  'support',
  'recognize',
  'recognise',
  'encourage',
  'believe',
  'participate',
  'endorse',
  'define',
  'consider',
  'welcome',
  'appreciate',
  'value',
  'respect',
  'strive',
  'aim',
  'hope',
  'seek',
  'intend',
  'provide',
  'offer',
  'allow',
  'integrate',
  'include',
  'mean',
  'refer',
  'reserve',
  'govern',
  'establish',
  'describe',
  'outline',
]);
const definitionByColon = /^[\w\s/()'-]{1,40}:\s+(?:an?|the|any)\s/;
// Definitions, purposes and reserved rights set no rule for staff.
const statementPatterns: RegExp[] = [
  /\breserves?\s+the\s+right\b/,
  /^["“']?[\w\s-]{1,40}["”']?\s+(?:means|refers\s+to|is\s+defined\s+as)\b/,
  /^[\w\s/()-]{1,40}\s+[–—-]\s+(?:an?|the|any)\s/,
  /^(?:the\s+)?(?:purpose|goal|intent|aim|objective)\s+of\s+this\b/,
  /^(?:the\s+)?(?:purpose|goal|intent|aim|objective)\s+is\b/,
];

const deferralPatterns: RegExp[] = [
  /\b(?:is|are|will\s+be|shall\s+be)\s+not\s+(?:addressed|covered|included|discussed|defined|set\s+out|part\s+of)\b/,
  /\bnot\s+(?:addressed|covered|discussed)\s+(?:here|in\s+this)\b/,
  /\b(?:outside|beyond)\s+(?:the\s+)?scope\b/,
  /^(?:please\s+)?(?:see|refer\s+to|consult)\b/,
  /^for\s+[^,]{1,80},\s*(?:see|refer\s+to|consult)\b/,
  /\b(?:does|do|will|shall)\s+not\s+(?:address|cover|include|define|establish|set\s+out|specify|discuss|govern|create|provide\s+for)\b/,
  /\b(?:as\s+(?:outlined|set\s+(?:out|forth)|described|provided|defined|specified)\s+in|in\s+accordance\s+with|pursuant\s+to)\s+(?:the\s+)?(?:[\w.]+['’]s\s+)?(?:[\w-]+\s+){0,2}(?:personnel|employee|human\s+resources|hr)\s+(?:policy|policies|rules|manual|handbook|regulations|code|procedures)\b/,
  /\bthe\s+same\s+(?:standards|rules|principles|guidelines|policies)\b/,
  /\b(?:is|are)\s+(?:addressed|covered|governed|handled|dealt\s+with|set\s+out)\s+(?:in|by|under)\s+(?:the\s+|a\s+)?(?:separate|other|city's|county's|existing|applicable)?\s*(?:personnel|employee|human\s+resources|hr|administrative|separate|other)\b/,
];
const publicTitle =
  /\b(?:comment|commenting|posting|user|visitor|public)\s+(?:policy|policies|rules|guidelines|standards|conduct)\b|\bcommunity\s+(?:guidelines|standards|rules)\b|\bterms\s+of\s+(?:use|service)\b|\bcomments?\s+(?:and|&)\s+(?:posts|posting)\b|\bdisclaimer\b|\bmoderation\b/i;

export function isPublicSectionTitle(title: string): boolean {
  return publicTitle.test(title);
}

export function judgeSentence(sentence: ReadSentence, context: SentenceContext): SentenceJudgement {
  const lower = sentence.text.toLowerCase().replace(/[’‘]/g, "'");
  const own = (role: SentenceRole, why: string): SentenceJudgement => ({ role, why, own: true });
  if (deferralPatterns.some((pattern) => pattern.test(lower))) {
    return own('deferred', 'it says the matter is dealt with elsewhere or not at all');
  }
  const words = withoutLabel(sentence.words.filter((word) => /[\p{L}\p{N}:,]/u.test(word.text)));
  const lemmas = words.map((word) => word.lemma);
  const subject = subjectOf(words);
  const head = subject?.find((lemma) => publicParty.has(lemma) || staffParty.has(lemma) || lemma === 'you');
  const publicMentioned =
    lemmas.some((lemma) => publicParty.has(lemma) && lemma !== 'member' && lemma !== 'party') ||
    /\bmembers?\s+of\s+the\s+public\b|\bthird[-\s]part(?:y|ies)\b|\bno\s+one\b/.test(lower);
  if (lemmas.some((lemma) => answerVerb.has(lemma)) && !(head !== undefined && publicParty.has(head))) {
    return own('staff', 'it tells staff how to answer');
  }
  const contentMentioned = lemmas.some((lemma) => contentNoun.has(lemma));
  const moderates = words.some(
    (word, index) =>
      moderationVerb.has(word.lemma) && (word.pos === 'VERB' || word.pos === 'NOUN') && !negatedAt(lemmas, index),
  );
  // Removing or hiding comments is moderating the public; removing "the wrong post" of a City account is not.
  const publicContent = lemmas.some((lemma) => publicContentNoun.has(lemma));
  const staffSubject = head !== undefined && staffParty.has(head);
  if (moderates && (publicMentioned || publicContent || (contentMentioned && !staffSubject))) {
    return own('public', 'it is about moderating what the public posts');
  }
  // "Commenter: A City official or member of the public who submits a comment" defines; a rule has a modal.
  const definesByColon = definitionByColon.test(lower) && !sentence.words.some((word) => modal.has(word.lemma));
  if (definesByColon || statementPatterns.some((pattern) => pattern.test(lower))) {
    return own('statement', 'it is a definition, a purpose or a reserved right, not a rule');
  }
  // "All comments … are monitored and reviewed": watching what the public posts, not reviewing the accounts.
  if (subject?.some((lemma) => contentNoun.has(lemma)) && lemmas.some((lemma) => watchVerb.has(lemma))) {
    return own('public', 'it is about watching what the public posts');
  }
  // "Comments should be related to the post topic": comments with no City author are the public's.
  if (subject?.includes('comment') && !subject.some((lemma) => staffParty.has(lemma)) && !publicMentioned) {
    return own('public', 'its subject is what the public posts');
  }
  if (subject === undefined) {
    if (context.publicList || context.publicSection) {
      return { role: 'public', why: 'it is in a list or section of rules for the public', own: false };
    }
    return {
      role: 'staff',
      why: 'a rule with no other subject, in a policy for staff',
      own: words[0]?.pos === 'VERB',
      byDefault: true,
    };
  }
  if (!isRule(words, lower)) return own('statement', 'it describes, it does not set a rule');
  if (head === 'you') {
    return context.publicSection
      ? own('public', 'it speaks to the public, in rules for the public')
      : own('staff', 'it speaks to staff');
  }
  if (head !== undefined && publicParty.has(head) && !(head === 'member' && !/\bof\s+the\s+public\b/.test(lower))) {
    return own('public', 'its subject is the public');
  }
  if (/^no\s+one\b/.test(lower)) return own('public', 'its subject is the public');
  if (head !== undefined && staffParty.has(head)) return own('staff', 'its subject is the City or its staff');
  // A subject that is content from the public ("Comments from private individuals do not reflect…").
  if (subject.some((lemma) => contentNoun.has(lemma)) && publicMentioned) {
    return own('public', 'its subject is what the public posts');
  }
  return context.publicSection || context.publicList
    ? { role: 'public', why: 'it is in a list or section of rules for the public', own: false }
    : { ...own('staff', 'a rule in a policy for staff'), byDefault: true };
}

/**
 * True when the sentence sets a rule: it has a modal ("shall", "must", "will", "may", "should"), says something is
 * required, expected, prohibited or the responsibility of someone, or has the City or its staff do something
 * other than describe (the County *uses*, *supports*, *recognizes* social media: descriptions).
 */
function isRule(words: ReadSentence['words'], lower: string): boolean {
  if (words.some((word) => modal.has(word.lemma))) return true;
  if (ruleWording.test(lower)) return true;
  // "Sites are a limited public forum (subject to monitoring)": a copula before a noun phrase, or with no verb
  // after it, describes.
  const be = words.findIndex((word) => word.lemma === 'be' && word.pos === 'AUX');
  if (be >= 0) {
    const next = words.slice(be + 1).find((word) => word.pos !== 'ADV' && word.pos !== 'PART');
    if (next?.pos === 'DET' || !words.slice(be + 1).some((word) => word.pos === 'VERB')) return false;
  }
  const verb = words.find((word) => word.pos === 'VERB');
  return verb !== undefined && !descriptiveVerb.has(verb.lemma);
}

/** True when a sentence introduces a list ("… any of the following:"), so its items follow its role. */
export function introducesList(sentence: ReadSentence): boolean {
  return /:\s*$/.test(sentence.text) || /\bthe\s+following\b[^.;:]*[.:]?\s*$/i.test(sentence.text);
}

/** True when the sentence names the public or what it posts ("comments", "users", "members of the public"). */
export function mentionsThePublic(sentence: ReadSentence): boolean {
  return (
    sentence.words.some(
      (word) => publicContentNoun.has(word.lemma) || (publicParty.has(word.lemma) && word.lemma !== 'member'),
    ) || /\bmembers?\s+of\s+the\s+public\b/i.test(sentence.text)
  );
}

/**
 * The words after a leading label ("Respectful: treat every person…", "A serious incident: a written reprimand…"),
 * so that the label is not taken for the subject. Without a label, the words without punctuation.
 */
function withoutLabel(words: ReadSentence['words']): ReadSentence['words'] {
  const colon = words.findIndex((word) => word.text === ':');
  const rest = colon > 0 && colon <= 12 && colon < words.length - 1 ? words.slice(colon + 1) : words;
  return withoutLeadingClause(rest.filter((word) => word.text !== ':')).filter((word) => word.text !== ',');
}

const subordinators = new Set(['when', 'if', 'where', 'once', 'after', 'before', 'while', 'unless', 'whenever']);

/** "When a post was false, the department posts a correction": the subject is the main clause's, after the comma. */
function withoutLeadingClause(words: ReadSentence['words']): ReadSentence['words'] {
  if (!subordinators.has(words[0]?.lemma ?? '')) return words;
  const comma = words.findIndex((word) => word.text === ',');
  return comma > 0 && comma < words.length - 1 ? words.slice(comma + 1) : words;
}

/** The lemmas before the first verb or auxiliary, or undefined when the sentence starts with one (imperative). */
function subjectOf(words: ReadSentence['words']): string[] | undefined {
  const index = words.findIndex((word) => word.pos === 'VERB' || word.pos === 'AUX');
  if (index <= 0) return undefined;
  return words.slice(0, index).map((word) => word.lemma);
}

function negatedAt(lemmas: readonly string[], index: number): boolean {
  return lemmas.slice(Math.max(0, index - 3), index).some((lemma) => negation.has(lemma));
}
