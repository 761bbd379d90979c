// Reads `policy/site.yaml`: the organisation, the site address and the public channels.
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeSourceText } from '../document/source-text.ts';
import { parseYamlData } from '../yaml/data.ts';
import { validateSiteConfig } from '../schemas/validate.ts';
import type { SiteConfig } from '../schemas/types.ts';
import type { Point } from 'unist';
import { addressProblem, type AddressUse } from '../text/web-address.ts';

export const SITE_CONFIG_PATH = 'policy/site.yaml';

export interface SiteConfigResult {
  config: SiteConfig | undefined;
  diagnostics: Diagnostic[];
}

export function readSiteConfig(bytes: Uint8Array | undefined): SiteConfigResult {
  const sink = new DiagnosticSink(SITE_CONFIG_PATH);
  if (bytes === undefined) {
    sink.report('site-config/missing', `Missing \`${SITE_CONFIG_PATH}\`: the site needs its settings.`, {
      hint: 'Run `policy init` to write it: it asks for your organisation, web address, time zone and channels.',
    });
    return { config: undefined, diagnostics: sink.toDiagnostics() };
  }
  const text = decodeSourceText(bytes, sink);
  if (text === undefined) return { config: undefined, diagnostics: sink.toDiagnostics() };
  const { value, locate } = parseYamlData(
    { text, startLine: 1, area: 'site-config', noun: 'site settings file' },
    validateSiteConfig,
    sink,
  );
  if (value) {
    checkAddresses(value, locate, sink);
    if (!isTimeZone(value.timeZone)) {
      sink.report('site-config/invalid-time-zone', `Unknown time zone \`${value.timeZone}\`.`, {
        place: locate(['timeZone'], 'value'),
        hint: 'Write an IANA time zone name, for example `America/Denver`.',
      });
    }
    if (sameChannel(value.feedback.url, value.violationReport.url)) {
      sink.report(
        'site-config/same-channel',
        'The violation-report channel is the same as the feedback channel; reports of violations must go to a separate, private channel.',
        {
          place: locate(['violationReport', 'url'], 'value'),
          hint: 'Set `violationReport.url` to a private channel, for example a 311 reporting form, different from `feedback.url`.',
        },
      );
    }
  }
  const diagnostics = sink.toDiagnostics();
  return { config: diagnostics.some((d) => d.severity === 'error') ? undefined : value, diagnostics };
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function sameChannel(a: string, b: string): boolean {
  const normalise = (url: string) => url.split('?')[0]!.replace(/\/$/, '').toLowerCase();
  return normalise(a) === normalise(b);
}

/**
 * Every address in the settings reaches every page (footer, commit links,
 * feedback links, feeds, the calendar, the API): what the schema's pattern
 * cannot say is checked here, at the value.
 */
function checkAddresses(
  config: SiteConfig,
  locate: (path: readonly (string | number)[], part?: 'key' | 'value') => Point,
  sink: DiagnosticSink,
): void {
  const addresses: { path: string[]; value: string | undefined; use: AddressUse }[] = [
    { path: ['baseUrl'], value: config.baseUrl, use: 'site' },
    { path: ['organisation', 'url'], value: config.organisation.url, use: 'web' },
    { path: ['repository', 'url'], value: config.repository?.url, use: 'web' },
    { path: ['feedback', 'url'], value: config.feedback.url, use: 'channel' },
    { path: ['violationReport', 'url'], value: config.violationReport.url, use: 'channel' },
  ];
  for (const { path, value, use } of addresses) {
    if (value === undefined) continue;
    const problem = addressProblem(value, use);
    if (!problem) continue;
    sink.report('site-config/invalid-value', `\`${path.join('.')}\` is \`${value}\`, ${problem}.`, {
      place: locate(path, 'value'),
      hint:
        use === 'channel'
          ? 'Write an `https://` web address, or `mailto:` and one email address, for example `mailto:feedback@example.gov`.'
          : use === 'site'
            ? 'Write the address where the site is published, for example `https://policy.example.gov/`.'
            : 'Write the full web address, starting with `https://`, for example `https://www.cabq.gov/`.',
    });
  }
}
