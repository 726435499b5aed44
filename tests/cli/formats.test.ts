/**
 * The output formats, on synthetic reports: stylish text, JSON, SARIF (schema-valid) and GitHub
 * annotations (escaping).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { RuleMeta } from '../../engine/src/index';
import type { FormatContext } from '../../cli/src/formatters/common';
import { stylish } from '../../cli/src/formatters/stylish';
import { json, jsonReports } from '../../cli/src/formatters/json';
import { sarifLog, sarif } from '../../cli/src/formatters/sarif';
import { escapeData, escapeProperty, github } from '../../cli/src/formatters/github';
import { finding, report, spanOf } from './helpers';
import { sarifErrors } from './sarifSchema';

const cwd = '/work/project';
const rulesMeta: RuleMeta[] = [
  { id: 'name-spelling', category: 'name', defaultSeverity: 'error', fixable: true, description: { en: 'A name is misspelt. More words.', ar: 'اسم محرّف.' } },
  { id: 'quantity', category: 'number', defaultSeverity: 'warning', fixable: true, description: { en: 'A number differs.', ar: 'عدد مختلف.' } },
  { id: 'unverified', category: 'unverified', defaultSeverity: 'off', fixable: false, description: { en: 'Not in the article.', ar: 'غير وارد.' } },
];
const context = (overrides: Partial<FormatContext> = {}): FormatContext => ({
  cwd,
  color: false,
  lang: 'en',
  version: '1.2.3',
  rules: rulesMeta,
  rulesDocUri: 'https://example.org/isnad/docs/rules.md',
  ...overrides,
});

const english = 'Title\n\nDefence Minister Thamer al-Abbasi met five sources.\n';
const arabic = 'عنوان\n😀 قال ثامر العباسي، وزير الدفاع.\n';
const article = 'Iraqi Defence Minister Thabet al-Abbasi leads.';

function sampleReports() {
  const name = finding(english, 'Thamer al-Abbasi', {
    expected: 'Thabet al-Abbasi',
    factId: 'abbasi',
    fixes: [{ title: 'Replace with "Thabet al-Abbasi"', edits: [{ span: spanOf(english, english.indexOf('Thamer al-Abbasi'), english.indexOf('Thamer al-Abbasi') + 16), text: 'Thabet al-Abbasi' }] }],
    evidence: [{ factBaseId: 'mini', file: join(cwd, 'knowledge', 'article.txt'), span: spanOf(article, 23, 39), text: 'Thabet al-Abbasi' }],
  });
  const count = finding(english, 'five sources', { ruleId: 'quantity', category: 'number', severity: 'warning', message: 'The article says four sources,\nnot five: 100%' });
  const ar = finding(arabic, 'ثامر العباسي', { lang: 'ar', message: 'الاسم «ثامر العباسي» محرّف.' });
  return [
    report(join(cwd, 'drafts', 'my draft.md'), [name, count]),
    report(join(cwd, 'drafts', 'مسودة.md'), [ar]),
    report(join(cwd, 'drafts', 'clean.md'), []),
    report(join(cwd, 'drafts', 'photo.txt'), [], { skipped: 'binary file (it contains NUL bytes)' }),
  ];
}

test('stylish: a header per file, aligned rows, a summary line, no colour when off', () => {
  const out = stylish(sampleReports(), context());
  const lines = out.split('\n');
  assert.ok(lines.includes('drafts/my draft.md'), out);
  assert.ok(lines.includes('drafts/مسودة.md'), out);
  assert.ok(!out.includes('drafts/clean.md'), 'clean files have no section');
  assert.match(out, /^ {2}3:18 {2}error {4}"Thamer al-Abbasi" is misspelt {17}name-spelling$/m);
  assert.match(out, /^ {2}3:39 {2}warning {2}The article says four sources, not five: 100% {2}quantity$/m);
  // The Arabic line: column 8 counts UTF-16 code units (the emoji takes two).
  assert.match(out, /^ {2}2:8 {2}error {2}الاسم «ثامر العباسي» محرّف\. {2}name-spelling$/m);
  assert.match(out, /^ {2}warning {2}skipped: binary file \(it contains NUL bytes\)$/m);
  assert.ok(lines.includes('✖ 3 problems (2 errors, 1 warning)'), out);
  assert.ok(lines.includes('  1 error and 0 warnings potentially fixable with the `--fix` option.'), out);
  assert.ok(lines.includes('⚠ 1 file skipped'), out);
  assert.ok(!out.includes('\u001b['), 'no escape codes');
});

test('stylish: colour when asked, nothing at all for clean reports, Arabic summary', () => {
  // eslint-disable-next-line no-control-regex -- the colours are ANSI escape sequences.
  assert.match(stylish(sampleReports(), context({ color: true })), /\u001b\[31m/);
  assert.equal(stylish([report('/work/project/a.md', [])], context()), '');
  const out = stylish(sampleReports(), context({ lang: 'ar' }));
  assert.match(out, /✖ 3 مشكلات \(2 أخطاء، 1 تحذير\)/);
});

test('stylish: fixed drafts are counted', () => {
  const out = stylish([report('/work/project/a.md', [], { fixed: 2 })], context());
  assert.match(out, /✔ fixed 2 problems in 1 file/);
});

test('stylish: drafts that belong to no loaded story are counted in the summary, not silently passed', () => {
  const tie = (factBases: string[]) => ({ factBases, by: 'detected' as const, scores: [], unknown: [] });
  const reports = [
    report('/work/project/a.md', [], { story: tie(['mini']) }),
    report('/work/project/b.md', [], { story: tie([]) }),
    report('/work/project/c.md', [], { story: tie([]) }),
    report('/work/project/photo.png', [], { skipped: 'binary file' }),
  ];
  const out = stylish(reports, context());
  assert.match(out, /^ℹ 2 of 3 files belong to no loaded story and were not checked against any fact base/m, out);
  assert.match(stylish(reports.slice(0, 2), context()), /^ℹ 1 of 2 files belongs to no loaded story and was not checked/m);
  assert.match(stylish(reports, context({ lang: 'ar' })), /^ℹ 2 من 3 ملفات لا تخصّ أيّ قصة محمّلة/m);
  assert.doesNotMatch(stylish(reports.slice(0, 1), context()), /no loaded story/, 'every draft tied: no notice');
});

test('json: one object per file with 1-based positions, UTF-16 offsets, fixes and evidence', () => {
  const value: any = JSON.parse(json(sampleReports(), context()));
  assert.deepEqual(JSON.parse(json(sampleReports(), context())), jsonReports(sampleReports(), context()));
  assert.equal(value.length, 4);
  const [first, second, clean, skipped] = value;
  assert.equal(first.file, 'drafts/my draft.md');
  assert.equal(first.errorCount, 1);
  assert.equal(first.warningCount, 1);
  const f = first.findings[0];
  const start = english.indexOf('Thamer al-Abbasi');
  assert.deepEqual(
    { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, start: f.start, end: f.end },
    { line: 3, column: 18, endLine: 3, endColumn: 34, start, end: start + 16 },
  );
  assert.equal(english.slice(f.start, f.end), 'Thamer al-Abbasi');
  assert.equal(f.ruleId, 'name-spelling');
  assert.equal(f.severity, 'error');
  assert.equal(f.expected, 'Thabet al-Abbasi');
  assert.equal(f.fixes[0].edits[0].text, 'Thabet al-Abbasi');
  assert.equal(f.fixes[0].edits[0].column, 18);
  assert.deepEqual(f.evidence[0], { factBaseId: 'mini', file: 'knowledge/article.txt', line: 1, column: 24, endLine: 1, endColumn: 40, start: 23, end: 39, text: 'Thabet al-Abbasi' });
  assert.equal(second.findings[0].column, 8);
  assert.equal(arabic.slice(second.findings[0].start, second.findings[0].end), 'ثامر العباسي');
  assert.deepEqual(clean.findings, []);
  assert.equal(skipped.skipped, 'binary file (it contains NUL bytes)');
});

test('sarif: validates against the SARIF 2.1.0 schema', () => {
  const log = sarifLog(sampleReports(), context());
  assert.deepEqual(sarifErrors(log), []);
  assert.deepEqual(sarifErrors(JSON.parse(sarif([], context()))), []);
  // The validator does reject broken logs.
  assert.notDeepEqual(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), []);
  assert.notDeepEqual(sarifErrors({ ...log, runs: [{ ...log.runs[0], results: [{ message: { text: 'x' }, level: 'fatal' }] }] }), []);
});

test('sarif: driver rules, results, regions, related locations and fixes', () => {
  const log = sarifLog(sampleReports(), context());
  const run = log.runs[0]!;
  assert.equal(log.version, '2.1.0');
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.equal(run.tool.driver.name, 'isnad');
  assert.equal(run.tool.driver.version, '1.2.3');
  assert.deepEqual(
    run.tool.driver.rules!.map((rule) => [rule.id, rule.shortDescription!.text, rule.helpUri, rule.defaultConfiguration]),
    [
      ['name-spelling', 'A name is misspelt.', 'https://example.org/isnad/docs/rules.md#name-spelling', { level: 'error' }],
      ['quantity', 'A number differs.', 'https://example.org/isnad/docs/rules.md#quantity', { level: 'warning' }],
      ['unverified', 'Not in the article.', 'https://example.org/isnad/docs/rules.md#unverified', { enabled: false, level: 'none' }],
    ],
  );
  assert.equal(run.tool.driver.rules![0]!.fullDescription!.text, 'A name is misspelt. More words.');
  assert.equal(run.results!.length, 3);
  const [name, count, ar] = run.results!;
  assert.equal(name!.ruleId, 'name-spelling');
  assert.equal(name!.ruleIndex, 0);
  assert.equal(name!.level, 'error');
  assert.equal(count!.level, 'warning');
  assert.deepEqual(name!.locations![0]!.physicalLocation!.artifactLocation, { uri: 'drafts/my%20draft.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(name!.locations![0]!.physicalLocation!.region, { startLine: 3, startColumn: 18, endLine: 3, endColumn: 34 });
  assert.equal(decodeURIComponent(ar!.locations![0]!.physicalLocation!.artifactLocation!.uri!), 'drafts/مسودة.md');
  assert.deepEqual(ar!.locations![0]!.physicalLocation!.region, { startLine: 2, startColumn: 8, endLine: 2, endColumn: 20 });
  const related = name!.relatedLocations![0]!;
  assert.equal(related.physicalLocation!.artifactLocation!.uri!, 'knowledge/article.txt');
  assert.deepEqual(related.physicalLocation!.region, { startLine: 1, startColumn: 24, endLine: 1, endColumn: 40 });
  const fix = name!.fixes![0]!;
  assert.equal(fix.artifactChanges[0]!.artifactLocation.uri!, 'drafts/my%20draft.md');
  assert.deepEqual(fix.artifactChanges[0]!.replacements[0], {
    deletedRegion: { startLine: 3, startColumn: 18, endLine: 3, endColumn: 34 },
    insertedContent: { text: 'Thabet al-Abbasi' },
  });
  const notes = run.invocations![0]!.toolExecutionNotifications!;
  assert.equal(notes.length, 1);
  assert.match(notes[0]!.message.text!, /binary file/);
  assert.equal(run.originalUriBaseIds!['%SRCROOT%']!.uri, 'file:///work/project/');
});

test('sarif: info and hint findings are notes; files outside the folder get absolute file URIs', () => {
  const text = 'one two\n';
  const log = sarifLog(
    [report('/elsewhere/x y.md', [finding(text, 'two', { severity: 'info' }), finding(text, 'one', { severity: 'hint', ruleId: 'not-registered' })])],
    context(),
  );
  assert.deepEqual(sarifErrors(log), []);
  const results = log.runs[0]!.results!;
  assert.deepEqual(results.map((r) => r.level), ['note', 'note']);
  assert.equal(results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!, 'file:///elsewhere/x%20y.md');
  assert.equal(results[1]!.ruleIndex, undefined);
});

test('github: escaping of data and properties', () => {
  assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
  assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
  // A message may contain "::" and commas; they are safe in the data part.
  assert.equal(escapeData('a::b, c'), 'a::b, c');
});

test('github: one annotation per finding, with file, range and title', () => {
  const out = github(sampleReports(), context());
  const lines = out.trimEnd().split('\n');
  assert.equal(lines.length, 4);
  assert.equal(lines[0], '::error file=drafts/my draft.md,line=3,col=18,endLine=3,endColumn=34,title=name-spelling::"Thamer al-Abbasi" is misspelt');
  assert.equal(lines[1], '::warning file=drafts/my draft.md,line=3,col=39,endLine=3,endColumn=51,title=quantity::The article says four sources,%0Anot five: 100%25');
  assert.equal(lines[2], '::error file=drafts/مسودة.md,line=2,col=8,endLine=2,endColumn=20,title=name-spelling::الاسم «ثامر العباسي» محرّف.');
  assert.equal(lines[3], '::warning file=drafts/photo.txt,title=isnad::skipped: binary file (it contains NUL bytes)');
  const odd = github([report('/work/project/a,b:c.md', [finding('x y', 'y', { severity: 'hint', ruleId: 'r' })])], context());
  assert.equal(odd, '::notice file=a%2Cb%3Ac.md,line=1,col=3,endLine=1,endColumn=4,title=r::"y" is misspelt\n');
});
