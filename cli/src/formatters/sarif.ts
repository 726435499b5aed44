/**
 * SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers. The whole log is built as
 * one value and serialised at once, so it is never written partially. Every part is typed by
 * `@types/sarif`, so a misspelt or misplaced property fails type-checking.
 *
 * - `tool.driver.rules` carries every rule of the registry (id, descriptions, help URI, default
 *   level), and each result points at its rule by `ruleId` and `ruleIndex`.
 * - Regions use 1-based lines and columns counted in UTF-16 code units (`columnKind` of the run),
 *   end columns exclusive.
 * - `relatedLocations` point at the article's evidence; `fixes` carry the engine's fixes as
 *   replacements.
 */
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Fix, Location, Log, Notification, Region, ReportingDescriptor, Result, Run } from 'sarif';
import type { RuleMeta, Severity, SeveritySetting } from '../../../engine/src/index';
import type { Span } from '../positions';
import type { FileReport, LocatedFinding } from '../report';
import { fileUri, type FormatContext, type Formatter } from './common';

/** The URI of the SARIF 2.1.0 schema that logs name in `$schema`. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF's result levels. */
export type SarifLevel = Result.level;

/** The SARIF level of a severity: info and hints are notes. */
export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function region(span: Span): Region {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?؟])(?:\s|$)/su.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

function ruleDescriptor(rule: RuleMeta, context: FormatContext): ReportingDescriptor {
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
    defaultConfiguration: severity === 'off' ? { enabled: false, level: 'none' } : { level: sarifLevel(severity) },
    properties: { category: rule.category, fixable: rule.fixable, tags: ['fact-check', rule.category] },
  };
}

/** Builds SARIF locations relative to the working folder (`%SRCROOT%`) where possible. */
class Locations {
  readonly #cwd: string;

  constructor(cwd: string) {
    this.#cwd = cwd;
  }

  artifact(path: string, stdin: boolean | undefined): ArtifactLocation {
    const { uri, relative } = fileUri(path, this.#cwd, stdin);
    return relative ? { uri, uriBaseId: '%SRCROOT%' } : { uri };
  }

  location(path: string, stdin: boolean | undefined, span?: Span): Location {
    return { physicalLocation: { artifactLocation: this.artifact(path, stdin), ...(span ? { region: region(span) } : {}) } };
  }
}

function result(report: FileReport, finding: LocatedFinding, ruleIndex: number | undefined, locations: Locations): Result {
  const related: Location[] = finding.evidence
    .filter((evidence) => evidence.file !== undefined)
    .map((evidence, i) => ({
      id: i + 1,
      ...locations.location(evidence.file!, false, evidence.span),
      message: { text: `Source article: ${evidence.text.length > 300 ? evidence.text.slice(0, 299) + '…' : evidence.text}` },
    }));
  const fixes: Fix[] = finding.fixes.map((fix) => ({
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: locations.artifact(report.path, report.stdin),
        replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.span), insertedContent: { text: edit.text } })),
      },
    ],
  }));
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: sarifLevel(finding.severity),
    kind: 'fail',
    message: { text: finding.message },
    locations: [locations.location(report.path, report.stdin, finding.span)],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(fixes.length > 0 ? { fixes } : {}),
    properties: {
      category: finding.category,
      severity: finding.severity,
      lang: finding.lang,
      actual: finding.actual,
      ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
      ...(finding.factId !== undefined ? { factId: finding.factId } : {}),
    },
  };
}

/** What went wrong around the checks (skipped files, failed fixes, failed rules), as notifications. */
function notifications(reports: readonly FileReport[], locations: Locations): Notification[] {
  return reports.flatMap((report): Notification[] => {
    const where = [locations.location(report.path, report.stdin)];
    return [
      ...(report.skipped !== undefined ? [{ level: report.failed ? ('error' as const) : ('warning' as const), message: { text: `skipped: ${report.skipped}` }, locations: where }] : []),
      ...(report.fixError !== undefined ? [{ level: 'warning' as const, message: { text: report.fixError }, locations: where }] : []),
      ...report.internalErrors.map((error) => ({
        level: 'error' as const,
        message: { text: `rule ${error.ruleId} failed: ${error.message.split('\n')[0]}` },
        locations: where,
      })),
    ];
  });
}

/** Builds the SARIF log of the reports. */
export function sarifLog(reports: readonly FileReport[], context: FormatContext): Log {
  const locations = new Locations(context.cwd);
  const ruleIndex = new Map(context.rules.map((rule, i) => [rule.id, i]));
  const results = reports.flatMap((report) => report.findings.map((finding) => result(report, finding, ruleIndex.get(finding.ruleId), locations)));
  const notes = notifications(reports, locations);
  const root = pathToFileURL(context.cwd).href;
  const run: Run = {
    tool: {
      driver: {
        name: 'isnad',
        version: context.version,
        semanticVersion: context.version,
        rules: context.rules.map((rule) => ruleDescriptor(rule, context)),
      },
    },
    originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : root + '/' } },
    invocations: [{ executionSuccessful: true, ...(notes.length > 0 ? { toolExecutionNotifications: notes } : {}) }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** Formats reports as a SARIF 2.1.0 log. */
export const sarif: Formatter = (reports, context) => JSON.stringify(sarifLog(reports, context), null, 2) + '\n';
