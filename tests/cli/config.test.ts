/**
 * shared/config.ts and host/src/config.ts: the schema, located problems, paths that must stay
 * inside the configuration's folder, lookup upward and per-file formats.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { rules } from '../../engine/src/index';
import { join } from 'node:path';
import { closest, defaultConfig, parseConfig, parseRuleOverride, staysInside } from '../../shared/config';
import { configFactBasePaths, findConfigFile, formatFor, loadConfigFile } from '../../host/src/config';
import { repoRoot, tempDir } from './helpers';

test('defaults', () => {
  const config = defaultConfig();
  assert.deepEqual(config.factBases, []);
  assert.equal(config.bundledFactBase, true);
  assert.deepEqual(config.include, ['**/*.md', '**/*.markdown', '**/*.txt']);
  assert.equal(config.lang, 'auto');
  const parsed = parseConfig('{}', 'x.json');
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.config, config);
});

test('the example configuration is valid', () => {
  const text = readFileSync(join(repoRoot, 'examples', 'isnadrc.example.json'), 'utf8');
  const parsed = parseConfig(text, 'isnadrc.example.json', { knownRules: rules.map((rule) => rule.id) });
  assert.deepEqual(parsed.problems, []);
});

test('a full configuration parses', () => {
  const text = JSON.stringify({
    factBases: ['kb/a.factbase.json'],
    bundledFactBase: false,
    rules: { 'name-spelling': 'warning', quantity: 'off' },
    include: ['drafts/**/*.md'],
    exclude: ['drafts/old'],
    format: { '**/*.txt': 'plaintext', 'notes/*.md': 'markdown' },
    lang: 'ar',
    maxFileSize: 1000,
  });
  const parsed = parseConfig(text, 'x.json', { knownRules: ['name-spelling', 'quantity'] });
  assert.deepEqual(parsed.problems, []);
  assert.equal(parsed.config?.rules.quantity, 'off');
  assert.equal(parsed.config?.lang, 'ar');
});

test('problems name the file, the JSON path and the line and column', () => {
  const text = '{\n  "rules": {\n    "name-spelling": "fatal"\n  },\n  "lang": "fr",\n  "colour": true\n}\n';
  const { config, problems } = parseConfig(text, '/p/.isnadrc.json');
  assert.equal(config, undefined);
  const byPath = new Map(problems.map((problem) => [problem.path, problem]));
  assert.deepEqual(
    [...byPath.keys()].sort(),
    ['$', '$.colour', '$.lang', '$.rules["name-spelling"]'].filter((path) => byPath.has(path)).sort(),
  );
  const rule = byPath.get('$.rules["name-spelling"]')!;
  assert.equal(rule.file, '/p/.isnadrc.json');
  assert.deepEqual([rule.line, rule.column], [3, 5]);
  const lang = byPath.get('$.lang')!;
  assert.deepEqual([lang.line, lang.column], [5, 3]);
  const unknown = problems.find((problem) => /unknown key/.test(problem.message))!;
  assert.equal(unknown.path, '$.colour');
  assert.deepEqual([unknown.line, unknown.column], [6, 3]);
});

test('invalid JSON, empty files and wrong types are located', () => {
  const bad = parseConfig('{\n  "lang": "ar",\n  oops\n}', 'c.json');
  assert.equal(bad.problems.length, 1);
  assert.match(bad.problems[0]!.message, /invalid JSON/);
  assert.equal(bad.problems[0]!.line, 3);
  assert.match(parseConfig('  ', 'c.json').problems[0]!.message, /empty/);
  // JSONC, as tsconfig.json: comments and trailing commas are fine, other syntax errors are not.
  const jsonc = parseConfig('{\n  // messages in Arabic\n  "lang": "ar", /* always */\n  "exclude": ["old",],\n}', 'c.json');
  assert.deepEqual(jsonc.problems, []);
  assert.equal(jsonc.config?.lang, 'ar');
  assert.deepEqual(jsonc.config?.exclude, ['old']);
  const unclosed = parseConfig('{"lang": "ar" /* never closed', 'c.json');
  assert.match(unclosed.problems[0]!.message, /invalid JSON/);
  const typo = parseConfig('{\n  "factbases": []\n}', 'c.json');
  assert.equal(typo.problems[0]!.message, 'unknown key "factbases"; did you mean "factBases"?');
  assert.equal(typo.problems[0]!.line, 2);
  const types = parseConfig('{"factBases": "kb.json", "include": [1]}', 'c.json');
  assert.deepEqual(types.problems.map((problem) => problem.path).sort(), ['$.factBases', '$.include[0]']);
});

test('paths and globs must stay inside the configuration folder', () => {
  assert.ok(staysInside('kb/a.json'));
  assert.ok(staysInside('./kb/../kb/a.json'));
  assert.ok(!staysInside('../kb/a.json'));
  assert.ok(!staysInside('kb/../../a.json'));
  assert.ok(!staysInside('/etc/passwd'));
  assert.ok(!staysInside('C:\\kb.json'));
  assert.ok(!staysInside('..\\kb.json'));
  const { problems } = parseConfig('{"factBases": ["ok.json", "../out.json", "/abs.json"], "exclude": ["../x"], "format": {"../*.txt": "plaintext"}}', 'c.json');
  assert.deepEqual(problems.map((problem) => problem.path).sort(), ['$.exclude[0]', '$.factBases[1]', '$.factBases[2]', '$.format["../*.txt"]'].sort());
  assert.ok(problems.every((problem) => /stay inside/.test(problem.message)));
});

test('unknown rules are problems when the rules are known, with a suggestion', () => {
  const { problems } = parseConfig('{\n  "rules": {"name-speling": "off"}\n}', 'c.json', { knownRules: ['name-spelling', 'quantity'] });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.path, '$.rules["name-speling"]');
  assert.match(problems[0]!.message, /did you mean "name-spelling"/);
  assert.equal(problems[0]!.line, 2);
  assert.equal(closest('zzzzzz', ['name-spelling']), undefined);
});

test('--rule arguments', () => {
  assert.deepEqual(parseRuleOverride('quantity=off'), { id: 'quantity', severity: 'off' });
  assert.deepEqual(parseRuleOverride('quantity:warning'), { id: 'quantity', severity: 'warning' });
  assert.ok('error' in parseRuleOverride('quantity'));
  assert.ok('error' in parseRuleOverride('quantity=fatal'));
});

test('lookup upward, loading, fact-base links that leave the folder, formats per file', () => {
  const { dir, cleanup } = tempDir();
  try {
    mkdirSync(join(dir, 'project', 'drafts', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'outside'), { recursive: true });
    writeFileSync(join(dir, 'outside', 'kb.json'), '{}');
    symlinkSync(join(dir, 'outside', 'kb.json'), join(dir, 'project', 'link.json'));
    const configPath = join(dir, 'project', '.isnadrc.json');
    writeFileSync(configPath, JSON.stringify({ factBases: ['kb/x.json'], format: { 'drafts/*.md': 'plaintext' } }));
    assert.equal(findConfigFile(join(dir, 'project', 'drafts', 'deep')), configPath);
    assert.equal(findConfigFile(join(dir, 'outside')), undefined);
    const loaded = loadConfigFile(configPath);
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(configFactBasePaths(loaded.config!), [join(dir, 'project', 'kb', 'x.json')]);
    assert.equal(formatFor(loaded.config!, join(dir, 'project', 'drafts', 'a.md')), 'plaintext');
    assert.equal(formatFor(loaded.config!, join(dir, 'project', 'drafts', 'deep', 'a.md')), 'markdown');
    assert.equal(formatFor(loaded.config!, join(dir, 'project', 'notes.txt')), 'plaintext');
    writeFileSync(configPath, JSON.stringify({ factBases: ['link.json'] }));
    const escaped = loadConfigFile(configPath);
    assert.equal(escaped.config, undefined);
    assert.match(escaped.problems[0]!.message, /outside/);
    assert.equal(escaped.problems[0]!.path, '$.factBases[0]');
    const missing = loadConfigFile(join(dir, 'nope.json'));
    assert.match(missing.problems[0]!.message, /cannot read/);
  } finally {
    cleanup();
  }
});
