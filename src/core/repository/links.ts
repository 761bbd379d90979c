// Checks every link in policy text that points into the site: to a section or
// clause of the same policy (`#k-c`), to another policy (`/policies/ai-1-19/`,
// or `ai-1-19.mdx` as written in the repository), to one of its sections, to
// a version (`/policies/ai-1-19/1.0/`) or to a comparison of two versions.
// A link that goes nowhere is an error at its position that names the nearest
// valid target. Links to other websites are not followed.
import type { Definition, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PolicyDocument } from '../document/load.ts';
import { flattenSections, type Section } from '../document/sections.ts';
import { nearestByEditDistance } from '../text/english.ts';
import { policyPath } from '../routes.ts';

/** What a link can point at in one policy. */
export interface LinkTarget {
  id: string;
  /** Anchor → citation ("§K(c)" or the heading text), of the current text. */
  anchors: Map<string, string>;
  /** Version → its anchors. */
  versions: Map<string, Map<string, string>>;
}

export function linkTarget(
  id: string,
  sections: readonly Section[],
  versions: readonly { version: string; sections: readonly Section[] }[],
): LinkTarget {
  return {
    id,
    anchors: anchorsOf(sections),
    versions: new Map(versions.map((version) => [version.version, anchorsOf(version.sections)])),
  };
}

function anchorsOf(sections: readonly Section[]): Map<string, string> {
  return new Map(flattenSections(sections).map((section) => [section.anchor, section.citation]));
}

/** The site's origin and base path, to recognise links written as full addresses of the site. */
export interface SiteAddress {
  origin: string;
  /** `/policy/` for https://cabq.github.io/policy/. */
  basePath: string;
}

export function siteAddress(baseUrl: string | undefined): SiteAddress {
  try {
    const url = new URL(baseUrl ?? 'https://site.invalid/');
    return { origin: url.origin, basePath: url.pathname.replace(/\/?$/, '/') };
  } catch {
    return { origin: 'https://site.invalid', basePath: '/' };
  }
}

/** A policy's id, from its front matter or, when that is broken, from its file name. */
export function policyIdOf(document: Pick<PolicyDocument, 'path' | 'frontMatter'>): string {
  if (document.frontMatter) return document.frontMatter.id;
  const name = document.path.slice(document.path.lastIndexOf('/') + 1);
  return name.replace(/\.mdx?$/, '');
}

const policyFile = /^(?:\.\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/;

export function checkLinks(
  documents: readonly PolicyDocument[],
  targets: ReadonlyMap<string, LinkTarget>,
  site: SiteAddress,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const document of documents) {
    const id = policyIdOf(document);
    if (!document.tree) continue;
    const self = targets.get(id);
    if (!self) continue;
    const sink = new DiagnosticSink(document.path);
    visit(document.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      checkOne(node, self, targets, site, sink);
    });
    found.push(...sink.toDiagnostics());
  }
  return found;
}

function checkOne(
  node: Link | Definition,
  self: LinkTarget,
  targets: ReadonlyMap<string, LinkTarget>,
  site: SiteAddress,
  sink: DiagnosticSink,
): void {
  const url = node.url.trim();
  const place = node.position;
  if (url.startsWith('#')) {
    checkAnchor(decode(url.slice(1)), self.anchors, `this policy`, url, place, sink);
    return;
  }
  const file = policyFile.exec(url.split('#')[0]!);
  if (file) {
    const target = policyNamed(file[1]!, targets, url, place, sink);
    const hash = url.includes('#') ? decode(url.slice(url.indexOf('#') + 1)) : '';
    if (target && hash !== '') checkAnchor(hash, target.anchors, `policy \`${target.id}\``, url, place, sink);
    return;
  }
  const route = siteRoute(url, self.id, site);
  if (route === undefined) return;
  const [first, second, third] = route.path;
  if (first === undefined) return;
  const target = policyNamed(first, targets, url, place, sink);
  if (!target) return;
  const where = `policy \`${target.id}\``;
  if (second === undefined) {
    if (route.hash !== '') checkAnchor(route.hash, target.anchors, where, url, place, sink);
  } else if (second === 'sections' && third !== undefined) {
    checkAnchor(third, target.anchors, where, url, place, sink);
  } else if (second === 'diff' && third !== undefined) {
    for (const version of third.split('..')) checkVersion(version, target, url, place, sink);
  } else if (/^\d+\.\d+$/.test(second)) {
    const anchors = checkVersion(second, target, url, place, sink);
    if (anchors && route.hash !== '')
      checkAnchor(route.hash, anchors, `version ${second} of ${where}`, url, place, sink);
  } else if (!['versions', 'compliance', 'feed.xml', 'diff'].includes(second)) {
    sink.report('links/unknown-page', `The link \`${url}\` goes nowhere: ${where} has no page \`${second}/\`.`, {
      place,
      hint: `Link to \`${policyPath(target.id)}\`, or to one of its pages: \`versions/\`, \`compliance/\`, \`sections/<anchor>/\`, \`<version>/\`.`,
    });
  }
}

/** The part of a site address after `policies/`, split, with its `#` part; undefined for any other address. */
function siteRoute(url: string, selfId: string, site: SiteAddress): { path: string[]; hash: string } | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, `${site.origin}${site.basePath}${policyPath(selfId).slice(1)}`);
  } catch {
    return undefined;
  }
  if (resolved.origin !== site.origin) return undefined;
  const path = decode(resolved.pathname);
  if (!path.startsWith(`${site.basePath}policies/`)) return undefined;
  const parts = path
    .slice(`${site.basePath}policies/`.length)
    .split('/')
    .filter((part) => part !== '');
  return { path: parts, hash: decode(resolved.hash.replace(/^#/, '')) };
}

function policyNamed(
  id: string,
  targets: ReadonlyMap<string, LinkTarget>,
  url: string,
  place: Link['position'],
  sink: DiagnosticSink,
): LinkTarget | undefined {
  const target = targets.get(id);
  if (target) return target;
  const nearest = nearestOf(id, [...targets.keys()]);
  sink.report('links/unknown-policy', `The link \`${url}\` goes nowhere: there is no policy \`${id}\`.`, {
    place,
    hint: nearest
      ? `The closest policy is \`${nearest}\`: link to \`${policyPath(nearest)}\`.`
      : 'Check the policy id.',
  });
  return undefined;
}

function checkVersion(
  version: string,
  target: LinkTarget,
  url: string,
  place: Link['position'],
  sink: DiagnosticSink,
): Map<string, string> | undefined {
  const anchors = target.versions.get(version);
  if (anchors) return anchors;
  const known = [...target.versions.keys()];
  const nearest = nearestOf(version, known);
  sink.report(
    'links/unknown-version',
    `The link \`${url}\` goes nowhere: policy \`${target.id}\` has no version ${version}.`,
    {
      place,
      hint: nearest
        ? `The closest version is ${nearest} (the versions are ${known.join(', ')}).`
        : `Policy \`${target.id}\` has no versions yet.`,
    },
  );
  return undefined;
}

function checkAnchor(
  anchor: string,
  anchors: ReadonlyMap<string, string>,
  where: string,
  url: string,
  place: Link['position'],
  sink: DiagnosticSink,
): void {
  if (anchor === '' || anchors.has(anchor)) return;
  const nearest = nearestOf(anchor, [...anchors.keys()]);
  sink.report(
    'links/unknown-anchor',
    `The link \`${url}\` goes nowhere: ${where} has no section or clause \`#${anchor}\`.`,
    {
      place,
      hint: nearest
        ? `The closest is \`#${nearest}\` (${anchors.get(nearest)}): link to it, or fix the heading the link was written for.`
        : `${where.charAt(0).toUpperCase()}${where.slice(1)} has no sections; link to the policy itself.`,
    },
  );
}

/** The candidate nearest by edit distance, however far: the message always names one when there is one. */
function nearestOf(word: string, candidates: readonly string[]): string | undefined {
  return nearestByEditDistance(word, candidates)?.candidate;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
