// Reads `policy/site.yaml`: the organisation, the site address and the public channels.
import { DiagnosticSink, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { decodeSourceText } from '../document/source-text.ts';
import { parseYamlData } from '../yaml/data.ts';
import { validateSiteConfig } from '../schemas/validate.ts';
import type { SiteConfig } from '../schemas/types.ts';

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
