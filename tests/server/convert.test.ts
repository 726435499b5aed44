/**
 * Unit tests of the server's pure parts: offset/position conversion (CRLF, astral characters,
 * combining marks), the diagnostic shape, fact-base problem ranges, "disable for this line" edits,
 * fix-all selection and hover rendering.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFixes, type EvidenceRef, type Finding } from '../../engine/src/index';
import { problemToDiagnostic, toDiagnostic, toOffset, toRange, type ArticleLocation } from '../../server/src/convert';
import { disableEdit, fixesTaken } from '../../server/src/codeActions';
import { articleSentence, renderHover } from '../../server/src/hover';
import { checkOptions, parseSettings } from '../../server/src/settings';
import { applyEdits } from './harness';

const doc = (text: string, languageId = 'markdown') => TextDocument.create('file:///draft.md', languageId, 3, text);

function finding(text: string, needle: string, replacement?: string, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} is in the text`);
  const range = { start, end: start + needle.length };
  return {
    ruleId: 'name-spelling',
    category: 'name',
    severity: 'error',
    message: `wrong: ${needle}`,
    lang: 'en',
    range,
    actual: needle,
    expected: replacement,
    fixes: replacement === undefined ? [] : [{ title: `Replace with ${replacement}`, edits: [{ range, text: replacement }] }],
    evidence: [],
    ...extra,
  };
}

void describe('offsets and positions', () => {
  void test('CRLF line ends count as one break; positions are UTF-16 code units', () => {
    const text = 'first line\r\nsecond 😀 line\r\nثابت العباسي\r\n';
    const document = doc(text);
    const target = text.indexOf('line', text.indexOf('😀'));
    const range = toRange(document, { start: target, end: target + 4 });
    // "second " is 7 units and the emoji 2 more, then a space.
    assert.deepEqual(range, { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } });
    assert.equal(toOffset(document, range.start), target);
    const arabic = text.indexOf('العباسي');
    assert.deepEqual(toRange(document, { start: arabic, end: arabic + 7 }).start, { line: 2, character: 5 });
  });

  void test('combining marks are characters of their own', () => {
    const text = 'قالَ ثابتُ العباسيّ';
    const start = text.indexOf('العباسيّ');
    assert.deepEqual(toRange(doc(text), { start, end: text.length }), { start: { line: 0, character: start }, end: { line: 0, character: text.length } });
  });

  void test('a finding becomes a diagnostic with code, link, severity, evidence and fix data', () => {
    const text = 'line one\nThamer al-Abbasi said\n';
    const article = TextDocument.create('file:///k/article.ar.txt', 'plaintext', 0, 'intro\nقال ثابت العباسي');
    const evidence: EvidenceRef = { factBaseId: 'kb', sourceFile: 'article.ar.txt', start: 10, end: 22, text: 'ثابت العباسي' };
    const item = finding(text, 'Thamer al-Abbasi', 'Thabet al-Abbasi', { evidence: [evidence], factId: 'abbasi' });
    const location: ArticleLocation = { uri: article.uri, document: article };
    const diagnostic = toDiagnostic(doc(text), item, { ruleHref: (id) => `file:///docs/rules.md#${id}`, article: () => location });
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } });
    assert.equal(diagnostic.code, 'name-spelling');
    assert.equal(diagnostic.codeDescription?.href, 'file:///docs/rules.md#name-spelling');
    assert.equal(diagnostic.source, 'isnad');
    assert.equal(diagnostic.severity, 1);
    assert.deepEqual(diagnostic.relatedInformation, [
      { location: { uri: 'file:///k/article.ar.txt', range: { start: { line: 1, character: 4 }, end: { line: 1, character: 16 } } }, message: 'ثابت العباسي' },
    ]);
    assert.deepEqual(diagnostic.data, {
      ruleId: 'name-spelling',
      version: 3,
      actual: 'Thamer al-Abbasi',
      expected: 'Thabet al-Abbasi',
      factId: 'abbasi',
      lang: 'en',
      fixes: [{ title: 'Replace with Thabet al-Abbasi', edits: [{ range: diagnostic.range, newText: 'Thabet al-Abbasi', oldText: 'Thamer al-Abbasi' }] }],
    });
  });

  void test('a fact-base problem is placed at its line and column and spans its token', () => {
    const text = '{\n  "id": "kb",\n  "people": 7\n}\n';
    const diagnostic = problemToDiagnostic(text, { file: 'kb.json', path: '$.people', line: 3, column: 3, message: 'expected array' });
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 13 } });
    assert.equal(diagnostic.message, 'expected array ($.people)');
    assert.equal(diagnostic.severity, 1);
  });
});

void describe('disable for this line', () => {
  void test('a paragraph start gets a comment line above it, with its indentation', () => {
    const text = 'Title\n\n  Thamer said so.\n';
    const edit = disableEdit(doc(text), 2, 'name-spelling');
    assert.equal(applyEdits(text, [edit]), 'Title\n\n  <!-- isnad-disable-next-line name-spelling -->\n  Thamer said so.\n');
  });

  void test('a line inside a paragraph, list or table gets a comment at its end instead', () => {
    const paragraph = 'One sentence\nThamer said so.\n';
    assert.equal(applyEdits(paragraph, [disableEdit(doc(paragraph), 1, 'x')]), 'One sentence\nThamer said so. <!-- isnad-disable-line x -->\n');
    const table = '| a | b |\n| --- | --- |\n| Thamer | 5 |\n';
    assert.equal(applyEdits(table, [disableEdit(doc(table), 2, 'x')]), '| a | b |\n| --- | --- |\n| Thamer | 5 | <!-- isnad-disable-line x -->\n');
  });

  void test('a heading gets a comment line above it; front matter a YAML comment', () => {
    const heading = 'para\n## Thamer\n';
    assert.equal(applyEdits(heading, [disableEdit(doc(heading), 1, 'x')]), 'para\n<!-- isnad-disable-next-line x -->\n## Thamer\n');
    const front = '---\ntitle: Thamer\n---\nbody\n';
    assert.equal(applyEdits(front, [disableEdit(doc(front), 1, 'x')]), '---\ntitle: Thamer # <!-- isnad-disable-line x -->\n---\nbody\n');
  });

  void test('CRLF files keep CRLF', () => {
    const text = 'a\r\n\r\nThamer\r\n';
    const edit = disableEdit(doc(text), 2, 'x');
    assert.equal(edit.newText, '<!-- isnad-disable-next-line x -->\r\n');
  });
});

void describe('fix-all', () => {
  void test('takes fixes as applyFixes does: in order, skipping overlaps', () => {
    const text = 'Thamer al-Abbasi met Mathew Millar.';
    const findings = [
      finding(text, 'Thamer al-Abbasi', 'Thabet al-Abbasi'),
      finding(text, 'al-Abbasi', 'al-Abassi'),
      finding(text, 'Mathew Millar', 'Matthew Miller'),
      finding(text, 'met'),
    ];
    const taken = fixesTaken(text, findings);
    assert.deepEqual(
      taken.map((item) => item.actual),
      ['Thamer al-Abbasi', 'Mathew Millar'],
    );
    const edits = taken.flatMap((item) => item.fixes[0]!.edits);
    const document = doc(text);
    assert.equal(applyEdits(text, edits.map((edit) => ({ range: toRange(document, edit.range), newText: edit.text }))), applyFixes(text, findings).text);
  });
});

void describe('hover rendering', () => {
  void test('a finding explains what the draft says, what the article says and why, linking the article line', () => {
    const text = 'Thamer al-Abbasi said';
    const article = TextDocument.create('file:///k/article.ar.txt', 'plaintext', 0, 'one\ntwo\nقال ثابت العباسي');
    const evidence: EvidenceRef = { factBaseId: 'kb', sourceFile: 'article.ar.txt', start: 12, end: 24, text: 'ثابت العباسي' };
    const item = finding(text, 'Thamer al-Abbasi', 'Thabet al-Abbasi', { evidence: [evidence] });
    const card = { kind: 'finding' as const, range: item.range, lang: 'en' as const, title: item.message, facts: [], evidence: item.evidence, findings: [item] };
    const markdown = renderHover(card, {
      article: () => ({ uri: article.uri, document: article }),
      ruleHref: (id) => `file:///docs/rules.md#${id}`,
    });
    assert.doesNotMatch(markdown, /^\*\*/, 'a card only about findings has no heading of its own');
    assert.match(markdown, /\[`name-spelling`\]\(file:\/\/\/docs\/rules\.md#name-spelling\)/);
    assert.match(markdown, /The draft says: «Thamer al-Abbasi»/);
    assert.match(markdown, /The article says: «Thabet al-Abbasi»/);
    assert.match(markdown, /Why: wrong: Thamer al-Abbasi/);
    assert.match(markdown, /> قال \*\*ثابت العباسي\*\* — \[open in the article\]\(file:\/\/\/k\/article\.ar\.txt#L3\)/);
  });

  void test('evidence is quoted in its whole article sentence, the evidence in bold', () => {
    const article = 'أولى. قال الوزير ثابت العباسي إن الوفد وصل. ثالثة';
    const start = article.indexOf('ثابت');
    assert.equal(articleSentence(article, { factBaseId: 'kb', sourceFile: 'a', start, end: start + 12, text: 'ثابت العباسي' }), 'قال الوزير **ثابت العباسي** إن الوفد وصل.');
  });

  void test('a fact card shows the names, facts and the article sentence', () => {
    const article = TextDocument.create('file:///k/article.ar.txt', 'plaintext', 0, 'قال ثابت العباسي');
    const markdown = renderHover(
      {
        kind: 'person',
        range: { start: 0, end: 4 },
        lang: 'ar',
        title: 'ثابت العباسي — Thabet al-Abbasi',
        facts: ['وزير الدفاع'],
        evidence: [{ factBaseId: 'kb', sourceFile: 'article.ar.txt', start: 4, end: 16, text: 'ثابت العباسي' }],
        findings: [],
      },
      { article: () => ({ uri: article.uri, document: article }), ruleHref: () => undefined },
    );
    assert.match(markdown, /^\*\*ثابت العباسي — Thabet al-Abbasi\*\*/);
    assert.match(markdown, /- وزير الدفاع/);
    assert.match(markdown, /> قال \*\*ثابت العباسي\*\* — \[افتح في المقال\]\(file:\/\/\/k\/article\.ar\.txt#L1\)/);
  });
});

void describe('settings', () => {
  const rules = [
    { id: 'name-spelling', category: 'name' as const },
    { id: 'unsupported-claim', category: 'unverified' as const },
  ];

  void test('malformed values fall back to their defaults, field by field', () => {
    const settings = parseSettings({ factBases: 'not a list', debounceMs: -5, messageLanguage: 'fr', rules: { 'name-spelling': 'loud', quantity: 'off' }, useBundledFactBase: false });
    assert.deepEqual(settings.factBases, []);
    assert.equal(settings.debounceMs, 150);
    assert.equal(settings.messageLanguage, 'auto');
    assert.equal(settings.useBundledFactBase, false);
    assert.deepEqual(settings.rules, { 'name-spelling': 'default', quantity: 'off' });
    assert.deepEqual(parseSettings(null), parseSettings({}));
  });

  void test('severity precedence: rule setting, project, note level, rule default', () => {
    const settings = parseSettings({ rules: { 'name-spelling': 'warning' }, noteLevel: 'hint', messageLanguage: 'ar' });
    assert.deepEqual(checkOptions(settings, 'markdown', rules, { rules: { 'name-spelling': 'off' } }), {
      format: 'markdown',
      rules: { 'name-spelling': 'warning', 'unsupported-claim': 'hint' },
      messageLang: 'ar',
    });
    assert.deepEqual(checkOptions(parseSettings({}), 'plaintext', rules, { rules: { 'unsupported-claim': 'error' } }).rules, { 'unsupported-claim': 'error' });
    assert.deepEqual(checkOptions(parseSettings({}), 'plaintext', rules).rules, {});
  });
});
