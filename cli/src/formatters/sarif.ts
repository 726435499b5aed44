/**
 * SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers. The whole log is built as
 * one value and serialised at once, so it is never written partially.
 *
 * - `tool.driver.rules` carries every rule of the registry (id, descriptions, help URI, default
 *   level), and each result points at its rule by `ruleId` and `ruleIndex`.
 * - Regions use 1-based lines and columns counted in UTF-16 code units (`columnKind` of the run),
 *   end columns exclusive.
 * - `relatedLocations` point at the article's evidence; `fixes` carry the engine's fixes as
 *   replacements.
 */
import { pathToFileURL } from 'node:url';
import type { RuleMeta, Severity, SeveritySetting } from '../../../engine/src/index';
import type { Span } from '../positions';
import type { FileReport } from '../report';
import { fileUri, type FormatContext, type Formatter } from './common';

/** The URI of the SARIF 2.1.0 schema that logs name in `$schema`. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF's result levels. */
export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

/** The SARIF level of a severity: info and hints are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

const region = (span: Span) => ({ startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn });

const firstSentence = (text: string) => {
  const match = /^(.+?[.!?؟])(?:\s|$)/su.exec(text.trim());
  return (match?.[1] ?? text).trim();
};

function ruleDescriptor(rule: RuleMeta, context: FormatContext) {
  const severity: SeveritySetting = rule.defaultSeverity;
  // A link only to documentation a user can open; none rather than a file of this machine.
  const doc = context.rulesDocUri;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: firstSentence(rule.description.en) },
    fullDescription: { text: rule.description.en },
    help: { text: `${rule.description.en}\n\n${rule.description.ar}` },
    ...(doc !== undefined ? { helpUri: `${doc}#${rule.id}` } : {}),
    defaultConfiguration: severity === 'off' ? { enabled: false, level: 'none' as const } : { level: sarifLevel(severity) },
    properties: { category: rule.category, fixable: rule.fixable, tags: ['fact-check', rule.category] },
  };
}

/** Builds the SARIF log of the reports. */
export function sarifLog(reports: readonly FileReport[], context: FormatContext) {
  const rules = context.rules.map((rule) => ruleDescriptor(rule, context));
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const location = (path: string, stdin: boolean | undefined, span?: Span) => {
    const { uri, relative } = fileUri(path, context.cwd, stdin);
    return {
      physicalLocation: {
        artifactLocation: relative ? { uri, uriBaseId: '%SRCROOT%' } : { uri },
        ...(span ? { region: region(span) } : {}),
      },
    };
  };
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => {
      const index = ruleIndex.get(finding.ruleId);
      const related = finding.evidence
        .filter((evidence) => evidence.file !== undefined)
        .map((evidence, i) => ({
          id: i + 1,
          ...location(evidence.file!, false, evidence.span),
          message: { text: `Source article: ${evidence.text.length > 300 ? evidence.text.slice(0, 299) + '…' : evidence.text}` },
        }));
      return {
        ruleId: finding.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: sarifLevel(finding.severity),
        kind: 'fail' as const,
        message: { text: finding.message },
        locations: [location(report.path, report.stdin, finding.span)],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        ...(finding.fixes.length > 0
          ? {
              fixes: finding.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: location(report.path, report.stdin).physicalLocation.artifactLocation,
                    replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.span), insertedContent: { text: edit.text } })),
                  },
                ],
              })),
            }
          : {}),
        properties: {
          category: finding.category,
          severity: finding.severity,
          lang: finding.lang,
          actual: finding.actual,
          ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
          ...(finding.factId !== undefined ? { factId: finding.factId } : {}),
        },
      };
    }),
  );
  const notifications = reports.flatMap((report) => [
    ...(report.skipped !== undefined
      ? [{ level: report.failed ? ('error' as const) : ('warning' as const), message: { text: `skipped: ${report.skipped}` }, locations: [location(report.path, report.stdin)] }]
      : []),
    ...(report.fixError !== undefined ? [{ level: 'warning' as const, message: { text: report.fixError }, locations: [location(report.path, report.stdin)] }] : []),
    ...report.internalErrors.map((error) => ({
      level: 'error' as const,
      message: { text: `rule ${error.ruleId} failed: ${error.message.split('\n')[0]}` },
      locations: [location(report.path, report.stdin)],
    })),
  ]);
  const root = pathToFileURL(context.cwd).href;
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'isnad',
            version: context.version,
            semanticVersion: context.version,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : root + '/' } },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

/** Formats reports as a SARIF 2.1.0 log. */
export const sarif: Formatter = (reports, context) => JSON.stringify(sarifLog(reports, context), null, 2) + '\n';
