/**
 * Engine-wide invariants: purity, the rule registry, inline suppression, positions through odd
 * Unicode, and the article itself checking clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { rules, createChecker, applyFixes, lineIndex } from '../../engine/src/index';
import { bundled, repoRoot } from './helpers';

const engineDir = join(repoRoot, 'engine', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

test('the engine is pure: no Node built-ins, VS Code or LSP imports', () => {
  for (const file of sourceFiles(engineDir)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
      const specifier = match[1]!;
      const allowed = specifier.startsWith('.') || specifier === 'zod' || specifier === 'jsonc-parser';
      assert.ok(allowed, `${file} imports ${specifier}`);
      if (specifier.startsWith('.') && specifier.includes('knowledge/')) assert.ok(specifier.includes('knowledge/lexicon/'), `${file} imports story facts: ${specifier}`);
    }
    assert.ok(!/\brequire\(|process\.|__dirname|\bfs\./.test(text), `${file} touches the host`);
  }
});

test('checking never imports the drawer: words both read live in engine/src/lexicon/, so the worker carries no drawing tables', () => {
  const drawDir = join(engineDir, 'draw');
  for (const file of sourceFiles(engineDir)) {
    if (file.startsWith(drawDir + '/') || file.startsWith(drawDir + '\\')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)) {
      assert.ok(!/(^|\/)draw(\/|$)/.test(match[1]!), `${file} imports ${match[1]!}`);
    }
  }
});

test('rule registry: stable kebab-case ids, unique, alphabetical, one file per rule', () => {
  const ids = rules.map((rule) => rule.id);
  assert.deepEqual([...ids].sort(), ids, 'alphabetical');
  assert.equal(new Set(ids).size, ids.length, 'unique');
  const files = readdirSync(join(engineDir, 'rules'));
  for (const rule of rules) {
    assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
    const file = rule.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) + '.ts';
    assert.ok(files.includes(file), `rule ${rule.id} lives in rules/${file}`);
    assert.ok(rule.description.en.length > 10 && rule.description.ar.length > 10);
    assert.ok(['error', 'warning', 'info', 'hint', 'off'].includes(rule.defaultSeverity));
  }
});

test('the article itself checks clean', () => {
  const { checker } = bundled();
  const article = readFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), 'utf8');
  for (const format of ['plaintext', 'markdown'] as const) {
    const result = checker.check(article, { format });
    assert.deepEqual(result.internalErrors, []);
    assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${article.slice(f.range.start, f.range.end)}`), []);
  }
});

test('inline suppression: disable-next-line, disable-line, disable/enable, by rule id', () => {
  const { checker } = bundled();
  const wrong = 'وأفادت خمسة مصادر عراقية';
  const count = (text: string) => checker.check(text).findings.length;
  assert.equal(count(wrong), 1);
  assert.equal(count(`<!-- isnad-disable-next-line -->\n${wrong}`), 0);
  assert.equal(count(`<!-- isnad-disable-next-line quantity -->\n${wrong}`), 0);
  assert.equal(count(`<!-- isnad-disable-next-line name-spelling -->\n${wrong}`), 1);
  assert.equal(count(`${wrong} <!-- isnad-disable-line -->`), 0);
  assert.equal(count(`<!-- isnad-disable -->\n${wrong}\n<!-- isnad-enable -->\n${wrong}`), 1);
  assert.equal(count(`<!-- isnad-disable-next-line -->\n\n${wrong}`), 1);
});

test('severities: a rule can be turned off or down', () => {
  const { checker } = bundled();
  const wrong = 'وأفادت خمسة مصادر عراقية';
  assert.equal(checker.check(wrong, { rules: { quantity: 'off' } }).findings.length, 0);
  assert.equal(checker.check(wrong, { rules: { quantity: 'warning' } }).findings[0]!.severity, 'warning');
});

test('positions are exact UTF-16 ranges through CRLF, emoji, combining marks, tashkeel and tatweel', () => {
  const { checker } = bundled();
  const prefix = '😀 سطر\r\nوقال وزير الدفاع ثَامِر العَبَّاسِيّ، ثم ';
  const text = `${prefix}وأفادت خمـــسة مصادر عراقية 🇮🇶`;
  const findings = checker.check(text).findings;
  const spans = findings.map((f) => text.slice(f.range.start, f.range.end));
  assert.deepEqual(spans, ['ثَامِر العَبَّاسِيّ', 'خمـــسة']);
  const index = lineIndex(text);
  assert.deepEqual(index.position(findings[0]!.range.start), { line: 1, character: prefix.indexOf('ثَ') - prefix.indexOf('\n') - 1 });
  const fixed = applyFixes(text, findings).text;
  assert.ok(fixed.includes('ثابت العباسي') && fixed.includes('أربعة'));
  assert.deepEqual(checker.check(fixed).findings, []);
});

test('the checker never throws on odd input', () => {
  const { checker } = bundled();
  const inputs = ['', '\u0000\u0000', '\uD800\uDC00\uDC00\uD800', '«'.repeat(1000), '»«'.repeat(500), 'ـ'.repeat(10000), '\r\r\n\n\r', '```\n'.repeat(100), '<!--', '[](', '---\n'.repeat(3)];
  for (const input of inputs) {
    const result = checker.check(input);
    assert.deepEqual(result.internalErrors, []);
  }
});

test('a checker with no fact base finds nothing and does not fail', () => {
  const checker = createChecker([]);
  assert.deepEqual(checker.check('وأفادت خمسة مصادر عراقية').findings, []);
});

test('checking block by block gives exactly the findings of checking the whole draft', () => {
  const { checker } = bundled();
  const dirs = [join(repoRoot, '..', 'shared', 'corpus', 'drafts'), join(repoRoot, 'tests', 'fixtures', 'heldout', 'drafts'), join(repoRoot, 'tests', 'fixtures', 'blind', 'drafts'), join(repoRoot, 'examples', 'drafts')];
  let files = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name));
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8');
      const format = name.endsWith('.txt') ? 'plaintext' : 'markdown';
      assert.deepEqual(checker.check(text, { format }).findings, checker.check(text, { format, wholeDocument: true }).findings, `${dir}/${name}`);
      files++;
    }
  }
  assert.ok(files > 50);
});

test('an edit re-checks only its block and the findings follow the text', () => {
  const { checker } = bundled();
  const paragraph = 'وأفادت خمسة مصادر عراقية بأن بغداد تريد الانسحاب.';
  const text = Array.from({ length: 200 }, (_, i) => `${paragraph} ${i}`).join('\n\n');
  const before = checker.check(text).findings;
  assert.equal(before.length, 200);
  const edited = 'سطر جديد في البداية.\n\n' + text.replace('خمسة', 'أربعة');
  const after = checker.check(edited).findings;
  assert.equal(after.length, 199);
  for (const finding of after) assert.equal(edited.slice(finding.range.start, finding.range.end), 'خمسة');
});
