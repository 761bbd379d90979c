// Builds a synthetic policy repository for the benchmark: many policies, each
// with many versions of a few thousand words, edited the way people edit
// policies (a few percent of the words, a moved section, a renamed heading).
// One `git fast-import` writes the whole history, so building it is quick.
// Exported for other benchmarks (the site build timing reuses it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SyntheticOptions {
  policies?: number;
  versions?: number;
  words?: number;
  seed?: number;
  /** Where to create it; a new temp folder by default. */
  root?: string;
}

export interface SyntheticRepo {
  root: string;
  /** Current paths of the policy files. */
  paths: string[];
  /** Every version's full file text, per path, oldest first (what the history must give back). */
  texts: Map<string, string[]>;
  commits: number;
}

const VOCABULARY = (
  'city department staff account post comment public record policy social media site page content user ' +
  'director employee resident information review approve publish remove hide report violation training ' +
  'service program facility division official communication message response request law rule standard ' +
  'security password access manage maintain create delete archive retain schedule council mayor office ' +
  'community event emergency notice update guideline procedure responsibility authority discipline ' +
  'termination suspension warning complaint feedback channel email website link image video photo ' +
  'platform network profile blog wiki privacy personal data confidential sensitive criminal threat ' +
  'obscene harassment discrimination political campaign endorsement advertising commercial vendor ' +
  'contract license copyright trademark accessibility language translation interpret accurate timely ' +
  'appropriate professional respectful courteous must shall may should will not every each all any the a ' +
  'of to in for on with by from under within after before during when where which that this these those'
).split(' ');

export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, deterministic, good enough for test data.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
}

interface Section {
  title: string;
  paragraphs: string[][];
}

function sentence(random: () => number, length: number): string[] {
  const words = Array.from({ length }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  words[words.length - 1] += '.';
  return words;
}

function initialSections(random: () => number, words: number): Section[] {
  const sections: Section[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const paragraphs: string[][] = [];
    for (let p = 0; p < 4; p++) {
      const paragraph = sentence(random, 40 + Math.floor(random() * 20));
      paragraphs.push(paragraph);
      count += paragraph.length;
    }
    sections.push({ title: `Section ${index + 1} ${VOCABULARY[index % VOCABULARY.length]}`, paragraphs });
  }
  return sections;
}

/** Changes about `fraction` of the words: substitutions, insertions and deletions in random paragraphs. */
export function editSections(sections: Section[], random: () => number, fraction: number): Section[] {
  const next = sections.map((section) => ({ title: section.title, paragraphs: section.paragraphs.map((p) => [...p]) }));
  const total = next.reduce((sum, section) => sum + section.paragraphs.reduce((s, p) => s + p.length, 0), 0);
  let edits = Math.max(1, Math.round(total * fraction));
  while (edits > 0) {
    const section = next[Math.floor(random() * next.length)]!;
    const paragraph = section.paragraphs[Math.floor(random() * section.paragraphs.length)]!;
    // Edits come in small runs of neighbouring words, as people write.
    const run = Math.min(edits, 1 + Math.floor(random() * 6));
    const at = Math.floor(random() * Math.max(1, paragraph.length - run));
    const kind = random();
    const fresh = Array.from({ length: run }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!);
    if (kind < 0.5) paragraph.splice(at, run, ...fresh);
    else if (kind < 0.75) paragraph.splice(at, 0, ...fresh);
    else if (paragraph.length > run + 5) paragraph.splice(at, run);
    edits -= run;
  }
  return next;
}

function render(id: string, version: string, index: number, sections: Section[]): string {
  const day = String(1 + (index % 28)).padStart(2, '0');
  const year = 2000 + index;
  const front = [
    '---',
    `id: ${id}`,
    `title: Synthetic Policy ${id}`,
    `number: SP ${id}`,
    'kind: policy',
    'owner: Benchmark Office',
    `version: "${version}"`,
    'status: adopted',
    'adopted:',
    `  date: ${year}-01-${day}`,
    '  by: Benchmark Signer',
    `effective: ${year}-01-${day}`,
    ...(index > 0 ? ['change:', '  kind: substantive', `  summary: Revision ${index}.`] : []),
    '---',
    '',
  ];
  const body = sections.map(
    (section) => `## ${section.title}\n\n${section.paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`,
  );
  return `${front.join('\n')}\n${body.join('\n')}`;
}

/** The sequence of versions of one policy: 1.0, then edits with moved sections and renamed headings. */
export function policyVersions(id: string, options: { versions: number; words: number; seed: number }): string[] {
  const random = randomGenerator(options.seed);
  let sections = initialSections(random, options.words);
  const texts: string[] = [];
  for (let index = 0; index < options.versions; index++) {
    if (index > 0) {
      sections = editSections(sections, random, 0.01 + random() * 0.09);
      if (random() < 0.3) {
        const from = Math.floor(random() * sections.length);
        const [moved] = sections.splice(from, 1);
        sections.splice(Math.floor(random() * sections.length), 0, moved!);
      }
      if (random() < 0.3) {
        const section = sections[Math.floor(random() * sections.length)]!;
        section.title = `${section.title} revised ${index}`;
      }
    }
    texts.push(render(id, `${index + 1}.0`, index, sections));
  }
  return texts;
}

/** The seed of the policy at `index` (0-based), so its history can be extended the same way later. */
export function policySeed(index: number, seed = 42): number {
  return seed + index * 7919;
}

/**
 * A pull request's edit: commits one more version of the first policy (the
 * next one its generator makes) and returns its path and text.
 */
export function commitNextVersion(repo: SyntheticRepo, options: { words?: number; seed?: number } = {}) {
  const [path, texts] = [...repo.texts][0]!;
  const id = path.replace(/^policy\/|\.mdx$/g, '');
  const next = policyVersions(id, {
    versions: texts.length + 1,
    words: options.words ?? 5000,
    seed: policySeed(0, options.seed),
  }).at(-1)!;
  writeFileSync(join(repo.root, path), next);
  execFileSync('git', ['add', path], { cwd: repo.root });
  execFileSync(
    'git',
    [
      '-c',
      'user.name=Bench Author',
      '-c',
      'user.email=bench@example.gov',
      'commit',
      '-q',
      '-m',
      `Version ${texts.length + 1}.0 of ${path} (#9999)`,
    ],
    {
      cwd: repo.root,
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-01T12:00:00Z', GIT_COMMITTER_DATE: '2026-11-01T12:00:00Z' },
    },
  );
  return { path, id, version: texts.length + 1, text: next };
}

/** Undoes `commitNextVersion`. */
export function dropLastCommit(repo: SyntheticRepo): void {
  execFileSync('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: repo.root });
}

export function createSyntheticRepo(options: SyntheticOptions = {}): SyntheticRepo {
  const policies = options.policies ?? 50;
  const versions = options.versions ?? 20;
  const words = options.words ?? 5000;
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'policy-bench-'));
  mkdirSync(root, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });

  const texts = new Map<string, string[]>();
  for (let index = 0; index < policies; index++) {
    const id = `policy-${String(index + 1).padStart(3, '0')}`;
    texts.set(`policy/${id}.mdx`, policyVersions(id, { versions, words, seed: policySeed(index, options.seed) }));
  }
  // Round-robin commits: version 1 of every policy, then version 2…, so the log interleaves files.
  const chunks: string[] = [];
  let mark = 0;
  let time = 1_600_000_000;
  for (let version = 0; version < versions; version++) {
    for (const [path, list] of texts) {
      mark += 1;
      time += 3600;
      const data = Buffer.from(list[version]!, 'utf8');
      const message = `Version ${version + 1}.0 of ${path}${version % 5 === 4 ? ` (#${mark})` : ''}\n`;
      chunks.push(
        'commit refs/heads/main\n',
        `mark :${mark}\n`,
        `author Bench Author <bench@example.gov> ${time} +0000\n`,
        `committer Bench Author <bench@example.gov> ${time} +0000\n`,
        `data ${Buffer.byteLength(message)}\n${message}`,
        ...(mark > 1 ? [`from :${mark - 1}\n`] : []),
        `M 100644 inline ${path}\n`,
        `data ${data.length}\n`,
        list[version]!,
        '\n',
      );
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: root, input: chunks.join(''), maxBuffer: 1 << 30 });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: root });
  writeFileSync(join(root, '.bench'), 'synthetic policy repository for npm run bench\n');
  return { root, paths: [...texts.keys()], texts, commits: mark };
}

/**
 * A restructured pair for the benchmark: ~5,000 words, then the sections
 * shuffled, one paragraph in ten moved to another section, and 20% of the words
 * reworded (substitutions, insertions, deletions).
 */
export function restructuredPair(id: string, seed: number, words = 5000): [string, string] {
  const random = randomGenerator(seed);
  const before = initialSections(random, words);
  const after = editSections(before, random, 0.2);
  for (let index = after.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [after[index], after[other]] = [after[other]!, after[index]!];
  }
  const paragraphs = after.reduce((sum, section) => sum + section.paragraphs.length, 0);
  for (let moved = 0; moved < Math.round(paragraphs / 10); moved++) {
    const from = after[Math.floor(random() * after.length)]!;
    if (from.paragraphs.length < 2) continue;
    const [paragraph] = from.paragraphs.splice(Math.floor(random() * from.paragraphs.length), 1);
    const to = after[Math.floor(random() * after.length)]!;
    to.paragraphs.splice(Math.floor(random() * (to.paragraphs.length + 1)), 0, paragraph!);
  }
  return [render(id, '1.0', 0, before), render(id, '2.0', 1, after)];
}
