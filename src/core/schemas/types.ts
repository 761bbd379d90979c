// Generated from schemas/*.schema.json by `npm run schema:types`. Do not edit by hand.

/**
 * A mandate: an outside instrument (a council resolution, an ordinance) that requires policies to contain certain things. Kept in `policy/mandates/<id>.yaml`. Each requirement has checks, written as data, that the pipeline runs against every policy the mandate binds.
 */
export interface Mandate {
  /**
   * The mandate's permanent identifier, used in web addresses and in policy crosswalks (for example `r-24-89`). Must match the file name.
   */
  id: string;
  /**
   * The mandate's full title, as enacted.
   */
  title: string;
  /**
   * How people cite the mandate, for example `R-24-89`. Messages use it: "R-24-89 §1.A.6 Disciplinary Actions is missing".
   */
  citation: string;
  /**
   * What kind of instrument it is.
   */
  kind?: 'resolution' | 'ordinance' | 'executive-order' | 'statute';
  /**
   * The enactment number given when it was enacted, for example `R-2024-082`.
   */
  enactmentNumber?: string;
  /**
   * Who sponsored it.
   */
  sponsor?: string;
  /**
   * The day the governing body approved (passed) it, as YYYY-MM-DD. Deadlines "within N days of approval" count from here.
   */
  approved: string;
  /**
   * The day it was enacted, as YYYY-MM-DD. A policy version adopted before this day is grandfathered: its gaps are shown but do not fail the check.
   */
  enacted: string;
  /**
   * The file, next to this one in `policy/mandates/`, that holds the mandate's full text as Markdown (for example `r-24-89.md`). The site publishes it; requirements link to its clauses by `anchor`.
   */
  document?: string;
  /**
   * Where the text comes from, in words (title, where it was found, and its date).
   */
  source?: string;
  /**
   * Which policies the mandate applies to, and how. A policy with a tag of `elements` must contain every `policy` requirement (its text is checked); a policy with only a tag of `publication` must only be published (the `site` requirements, which the website meets), so a related policy such as a department's procedures is bound by the publication clause without having to contain the elements.
   */
  binds: {
    elements: TagSet;
    publication?: TagSet1;
  };
  /**
   * Dates by which the mandate requires something to be delivered.
   */
  deadlines?: {
    /**
     * The deadline's permanent identifier, for example `delivery`.
     */
    id: string;
    /**
     * Where it is in the mandate, for example `§2`.
     */
    clause: string;
    /**
     * The anchor of the clause in the mandate's document, for example `section-2`.
     */
    anchor?: string;
    /**
     * A short title, for example `Policy delivered to the Council`.
     */
    title: string;
    /**
     * The clause, quoted word for word.
     */
    text: string;
    /**
     * How many days after approval the deliverable is due. A compliant version of a bound policy, adopted, is what counts as delivered.
     */
    days: number;
  }[];
  /**
   * What the mandate requires, one entry per element. Policies map each requirement to their sections in the `mandates:` crosswalk of their front matter.
   *
   * @minItems 1
   */
  requirements: [Requirement, ...Requirement[]];
}
/**
 * Policies that must contain the elements.
 */
export interface TagSet {
  /**
   * A policy is in the set when it has at least one of these tags (for example `social-media`).
   *
   * @minItems 1
   */
  tags: [string, ...string[]];
}
/**
 * Policies that must be published on the public page, without having to contain the elements.
 */
export interface TagSet1 {
  /**
   * A policy is in the set when it has at least one of these tags (for example `social-media`).
   *
   * @minItems 1
   */
  tags: [string, ...string[]];
}
export interface Requirement {
  /**
   * The requirement's permanent identifier, the key used in policy crosswalks (for example `disciplinary-actions`). Never change it.
   */
  id: string;
  /**
   * Where the requirement is in the mandate, for example `§1.A.6`.
   */
  clause: string;
  /**
   * The anchor of the clause in the mandate's document, for example `a-6`.
   */
  anchor?: string;
  /**
   * The element's title, for example `Disciplinary Actions`.
   */
  title: string;
  /**
   * The clause, quoted word for word from the mandate.
   */
  text: string;
  /**
   * `policy` if each bound policy must contain it (checked against the sections its crosswalk names), `site` if the published site must provide it (checked against `policy/site.yaml`).
   */
  scope: 'policy' | 'site';
  checks: Checks;
}
/**
 * What a policy must contain to meet the requirement. All checks must pass for `met`; some for `partial`.
 */
export interface Checks {
  /**
   * Ideas that must each appear in the text, each with its lexicon: the expressions that say it. A concept counts only in a body sentence (not a heading) that is a rule for the City, its staff or its accounts, not about the public, and not deferred ("see the personnel rules"). All concepts found: met. Some (a key one, when any is marked `key`): partial.
   */
  concepts?: {
    /**
     * The idea in a few plain words, as messages show it: `suspension`.
     */
    name: string;
    /**
     * The lexicon: words or phrases that express the idea, any one is enough. Words are compared by their lemma (`review` also finds "reviewed", `personal attack` finds "Personal Attacks"), in this order and next to each other. `...` between two parts allows any words between them in the same sentence: `correct ... misinformation` finds "corrects the misinformation". To widen a concept, add expressions here.
     *
     * @minItems 1
     */
    terms: [string, ...string[]];
    /**
     * A key concept: a requirement with key concepts is `partial` only when one of them is found, and `missing` otherwise (a mention of a side concept alone does not show the element).
     */
    key?: boolean;
    /**
     * What a sentence meeting the concept would say, in plain words, shown when it is missing: `Staff who break this policy may be suspended.`
     */
    sentence?: string;
    /**
     * The concept is something staff must not do (`personal attacks`): a negated mention ("must not post personal attacks") meets it. Any other concept is not met by a negated mention ("accounts are not monitored").
     */
    prohibition?: boolean;
    /**
     * A concept that shows the element (with `key`, it makes it partial) but is not needed for met: `disciplinary action` in general, next to the specific actions the mandate names.
     */
    optional?: boolean;
  }[];
  /**
   * The smallest number of words the mapped sections must hold together, so a one-line mention does not pass.
   */
  minWords?: number;
  /**
   * Front matter fields the policy must have, for example `review.intervalMonths` no greater than 24.
   */
  fields?: {
    /**
     * The field, as dotted keys: `review.intervalMonths`.
     */
    path: string;
    /**
     * What the field means, as messages show it: `a review interval`.
     */
    name: string;
    /**
     * The largest allowed value, when the field is a number.
     */
    max?: number;
  }[];
  /**
   * For site-level requirements: what `policy/site.yaml` and the site must provide. `public-page`: every policy published on a public page; `feedback`: a feedback channel; `violation-report`: a channel for reporting violations, separate from feedback.
   */
  site?: 'public-page' | 'feedback' | 'violation-report';
}

/**
 * The front matter at the top of a policy file (between the two --- lines). It says what the policy is, which version this is, its status, its review schedule and how it meets each mandate.
 */
export type PolicyFrontMatter = {
  /**
   * The policy's permanent identifier, used in its web address (for example `ai-1-19`). Lower-case letters, digits and hyphens. Never change it once published.
   */
  id: string;
  /**
   * The policy's title as the public sees it, for example `Social Media Policy`.
   */
  title: string;
  /**
   * The official number of the instrument, for example `AI 1-19`.
   */
  number: string;
  /**
   * What kind of instrument this is.
   */
  kind: 'administrative-instruction' | 'executive-instruction' | 'resolution' | 'ordinance' | 'policy' | 'procedure';
  /**
   * The department or office responsible for the policy and its reviews, for example `Department of Technology and Innovation`.
   */
  owner: string;
  /**
   * Topics of the policy. Mandates use them to decide which policies they bind (R-24-89 binds policies tagged `social-media`).
   */
  tags?: string[];
  /**
   * The version number, MAJOR.MINOR, for example `2.0`. Raise MAJOR for a substantive change (what the policy requires) and MINOR for an editorial change (wording, typos, layout).
   */
  version: string;
  /**
   * `draft` while being written or open for comment, `adopted` once signed, `retired` when withdrawn. "Superseded" is worked out from the history and never written here.
   */
  status: 'draft' | 'adopted' | 'retired';
  /**
   * A short notice shown in a box above the policy text, for example to say that a draft has not been adopted by the City.
   */
  notice?: string;
  /**
   * What this version changes, compared with the previous version. Required for every version after the first.
   */
  change?: {
    /**
     * `substantive` if it changes what the policy requires (raise MAJOR), `editorial` if it only changes wording or layout (raise MINOR).
     */
    kind: 'substantive' | 'editorial';
    /**
     * A plain-language summary of the change, for the public. One or two sentences. `policy new-version` leaves it empty for you to write; the check reports it until it is written.
     */
    summary: string;
  };
  /**
   * The public comment period of a draft: the first and last day on which comments are accepted.
   */
  comment?: {
    /**
     * The first day of the comment period, as YYYY-MM-DD.
     */
    opens: string;
    /**
     * The last day of the comment period, as YYYY-MM-DD. Must be after `opens`.
     */
    closes: string;
  };
  /**
   * The adoption record: when the policy was signed and by whom. Required when `status` is `adopted`.
   */
  adopted?: {
    /**
     * The date of signature, as YYYY-MM-DD.
     */
    date: string;
    /**
     * Who signed it, with their title, for example `Lawrence Rael, Acting Chief Administrative Officer`.
     */
    by: string;
  };
  /**
   * The date the policy takes effect, as YYYY-MM-DD. Required when `status` is `adopted`.
   */
  effective?: string;
  /**
   * The review schedule. The next review is due `intervalMonths` after the last logged review (or after adoption). Record a review by adding an entry to `log`; never change a date by hand.
   */
  review?: {
    /**
     * How many months may pass between reviews, for example `12`.
     */
    intervalMonths: number;
    /**
     * Every review carried out, oldest first. Each review is a decision, not just a date.
     */
    log?: {
      /**
       * The day the review was completed, as YYYY-MM-DD.
       */
      date: string;
      /**
       * Who carried out the review.
       */
      by: string;
      /**
       * `no-change` (the policy stays as it is), `revise` (a new version will follow) or `retire` (the policy will be withdrawn).
       */
      decision: 'no-change' | 'revise' | 'retire';
      /**
       * What was looked at and why the decision was made.
       */
      notes?: string;
    }[];
  };
  /**
   * The crosswalk: for each mandate (for example `r-24-89`), which section of this policy meets each requirement. Write the section's anchor (the part of its web address after #), or a list of anchors.
   */
  mandates?: {
    [k: string]: {
      [k: string]: string | [string, ...string[]];
    };
  };
  /**
   * Where the text comes from, when it was transcribed from another document, and anything in those sources that is unclear.
   */
  sources?: {
    /**
     * The source documents, each described in words (title, where it was found, and its date).
     */
    documents?: string[];
    /**
     * Things in the sources that are unclear or inconsistent, recorded instead of guessed.
     */
    notes?: {
      /**
       * The section or clause the note is about, if any.
       */
      anchor?: string;
      /**
       * What is unclear, in plain words.
       */
      note: string;
    }[];
  };
};

/**
 * Council staff's determinations of whether a policy version meets an element of a mandate, kept in `policy/reviews/<mandate id>.yaml`. A determination is shown next to the automated result, never instead of it; the gate accepts it while the text of the mapped sections is the text that was reviewed (`textHash`).
 */
export interface StaffReviews {
  /**
   * The mandate the reviews are about, for example `r-24-89`. Must match the file name.
   */
  mandate: string;
  /**
   * One entry per determination.
   */
  reviews: Review[];
}
export interface Review {
  /**
   * The policy id, for example `ai-1-19`.
   */
  policy: string;
  /**
   * The version reviewed, for example `"1.0"` (quoted, so that YAML keeps it as text).
   */
  version: string;
  /**
   * The id of the policy element, for example `disciplinary-actions`.
   */
  requirement: string;
  /**
   * `met` or `not-met`: what staff determined by reading the mapped sections.
   */
  determination: 'met' | 'not-met';
  /**
   * Who made the determination: a name and an office.
   */
  by: string;
  /**
   * When, as YYYY-MM-DD.
   */
  date: string;
  /**
   * Why, in a sentence or two.
   */
  note?: string;
  /**
   * The fingerprint of the mapped sections' text that was reviewed, as `policy compliance <id> --format json` shows it for the requirement (`textHash`). When the text changes, the fingerprint changes and the review needs review again.
   */
  textHash: string;
}

/**
 * Settings for the whole policy site: who publishes it, where, and how the public gives feedback or reports a violation.
 */
export interface SiteConfig {
  /**
   * The organisation that publishes the policies.
   */
  organisation: {
    /**
     * Its full name, for example `City of Albuquerque`.
     */
    name: string;
    /**
     * Its main website, starting with `https://`.
     */
    url?: string;
  };
  /**
   * The title of the site, shown in the header and in browser tabs.
   */
  title?: string;
  /**
   * The web address where the site is published, starting with `https://` and ending with `/`, for example `https://policy.example.gov/`.
   */
  baseUrl: string;
  /**
   * The time zone in which policy dates are read, as an IANA name, for example `America/Denver`.
   */
  timeZone: string;
  /**
   * The public repository that holds the policy files, so readers can see the source and authors can propose changes.
   */
  repository?: {
    /**
     * The repository's web address, for example `https://github.com/city/policies`.
     */
    url: string;
    /**
     * The branch that holds the published policies. Defaults to `main`.
     */
    branch?: string;
  };
  /**
   * Where images in policies may come from. Images always may come from the site itself; an image from another web address is fetched by every reader's browser when the page opens, so that address learns who reads the policy. List here the few other addresses (origins) that may serve images.
   */
  images?: {
    /**
     * Web addresses of other sites that may serve images, each as `https://` and a host name only, without a path, for example `https://www.cabq.gov`.
     */
    allowedOrigins?: string[];
  };
  feedback: Channel;
  violationReport: ReportChannel;
  /**
   * How many days before a review is due the check starts to warn about it.
   */
  reviewWarningDays: number;
}
/**
 * The public channel for feedback on policies. It must work without a GitHub account: an email address (`mailto:`) or a web form.
 */
export interface Channel {
  /**
   * An `https://` web address, or `mailto:` and one email address with nothing after it (the site adds the subject and the text of each message itself).
   */
  url: string;
  /**
   * The link text the public sees, for example `Email the Social Media Policy team`.
   */
  label: string;
  /**
   * One or two sentences telling the public what happens to what they send.
   */
  description?: string;
}
/**
 * The channel for reporting a possible violation of a policy. It must be separate from feedback, and private.
 */
export interface ReportChannel {
  /**
   * A `mailto:` address or an `https://` web address.
   */
  url: string;
  /**
   * The link text the public sees, for example `Email the Social Media Policy team`.
   */
  label: string;
  /**
   * One or two sentences telling the public what happens to what they send.
   */
  description?: string;
  /**
   * A phone number the public can call instead, as it should be shown: `311 (or 505-768-2000 from outside Albuquerque)`.
   */
  phone?: string;
  /**
   * What a report should include, one item each: `the name of the City account`.
   *
   * @minItems 1
   */
  include?: [string, ...string[]];
  /**
   * What happens after a report is made, in one or two sentences.
   */
  nextSteps?: string;
  /**
   * How long a first answer takes, as a sentence: `You get a reply within 3 working days.`
   */
  responseTime?: string;
}

/**
 * Every version's text of one policy, published gzip-compressed at `/policies/<id>/diff/texts.json.gz` so that a reader's browser can compare two versions that have no redline page of their own, with the same diff core and the same markup as the published redlines. Versions share most of their lines, so each distinct line is stored once, in `lines`, and each version lists the runs of lines its text is made of.
 */
export interface VersionTexts {
  /**
   * The policy id, for example `ai-1-19`.
   */
  policy: string;
  /**
   * How the texts are written: `mdx` or plain Markdown (`md`), as the policy file's extension says.
   */
  format: 'md' | 'mdx';
  /**
   * Every distinct line of every version's text (the body below the front matter), each once, without its line break.
   */
  lines: string[];
  /**
   * One entry per version, oldest first.
   */
  versions: VersionText[];
  /**
   * Each section history page's slug and the section's anchor in each version it is in, to link a compared section to its history.
   */
  sectionHistories: {
    /**
     * The last part of the history page's address, `/policies/<id>/sections/<slug>/`.
     */
    slug: string;
    /**
     * By version number: the section's anchor in that version.
     */
    anchors: {
      [k: string]: string;
    };
  }[];
}
export interface VersionText {
  /**
   * The version number, for example `1.0`.
   */
  version: string;
  /**
   * The version's status: `superseded` is worked out from the history.
   */
  status: 'draft' | 'adopted' | 'retired' | 'superseded';
  /**
   * The adoption date, `YYYY-MM-DD`.
   */
  adopted?: string;
  /**
   * The effective date, `YYYY-MM-DD`.
   */
  effective?: string;
  /**
   * The version's summary of its change, from its front matter.
   */
  change?: {
    /**
     * `substantive` or `editorial`, as the version's front matter says.
     */
    kind: 'substantive' | 'editorial';
    /**
     * The plain-language summary of the change.
     */
    summary: string;
  };
  /**
   * The text as runs of `lines`: pairs of numbers, the first line of a run and how many lines it has, joined by line breaks.
   */
  runs: number[];
}
