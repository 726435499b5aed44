/**
 * One JSON-problem helper (`engine/src/jsonProblems.ts`) serves both JSON files isnad reads: a
 * fact base (strict JSON) and `.isnadrc.json` (JSON with comments). The same kind of mistake gets
 * the same shape of problem in both: the file, a JSON path, the line and column of the key (or of
 * the syntax error) and a one-line message in the same words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFactBase } from '../../engine/src/factBase/parse';
import { closest, formatJsonPath, keysAt } from '../../engine/src/jsonProblems';
import { IsnadConfigSchema, parseConfig } from '../../shared/config';
import { FactBaseSchema } from '../../engine/src/factBase/schema';

/** A valid fact base's text, with `edit` applied to its lines. */
function factBase(edit: (lines: string[]) => string[] = (lines) => lines): string {
  return edit([
    '{',
    '  "id": "mini",',
    '  "source": { "file": "article.txt", "lang": "ar" },',
    '  "people": [',
    '    {',
    '      "id": "abbasi",',
    '      "names": { "ar": ["ثابت العباسي"] },',
    '      "gender": "m",',
    '      "evidence": [{ "start": 0, "end": 4, "text": "ثابت" }]',
    '    }',
    '  ]',
    '}',
  ]).join('\n');
}

const where = (problems: { file: string; path: string; line: number; column: number; message: string }[]) =>
  problems.map(({ path, line, column, message }) => ({ path, line, column, message }));

test('the fact base used here is valid, so every problem below comes from the edit', () => {
  assert.deepEqual(parseFactBase(factBase(), 'kb.json').problems, []);
  assert.deepEqual(parseConfig('{\n  "lang": "ar"\n}', '.isnadrc.json').problems, []);
});

test('a syntax error: the same message at the same line and column in both files', () => {
  const kb = parseFactBase(factBase((lines) => [lines[0]!, '  "id": "mini"', ...lines.slice(2)]), 'kb.json').problems;
  const config = parseConfig('{\n  "lang": "ar"\n  "exclude": []\n}', '.isnadrc.json').problems;
  assert.deepEqual(where(kb), [{ path: '$', line: 3, column: 3, message: 'invalid JSON: CommaExpected (a comma or a closing bracket is missing)' }]);
  assert.deepEqual(where(config), where(kb));
  assert.equal(kb[0]!.file, 'kb.json');
  assert.equal(config[0]!.file, '.isnadrc.json');
});

test('an empty file and an unclosed file: the same words in both', () => {
  assert.match(parseFactBase('', 'kb.json').problems[0]!.message, /^invalid JSON: the file is empty$/);
  assert.match(parseConfig('\n', 'c.json').problems[0]!.message, /^invalid JSON: the file is empty; write \{\} for the defaults$/);
  const kb = parseFactBase('{\n  "id": "mini",\n  "people":  [', 'kb.json').problems;
  const config = parseConfig('{\n  "lang": "ar",\n  "exclude": [', 'c.json').problems;
  assert.deepEqual(where(config), where(kb));
  assert.equal(kb[0]!.line, 3);
});

test('a comment: a syntax error in a fact base, allowed in the configuration', () => {
  const kb = parseFactBase(factBase((lines) => [lines[0]!, '  // the story', ...lines.slice(1)]), 'kb.json').problems;
  assert.deepEqual(where(kb), [{ path: '$', line: 2, column: 3, message: 'invalid JSON: InvalidCommentToken (comments are not allowed in this file)' }]);
  assert.deepEqual(parseConfig('{\n  // the story\n  "lang": "ar"\n}', 'c.json').problems, []);
});

test('a missing key is named as missing, with the type it takes, not as "received undefined"', () => {
  const kb = parseFactBase(factBase((lines) => lines.filter((line) => line !== '  "id": "mini",')), 'kb.json').problems;
  assert.ok(kb.some((problem) => problem.path === '$.id' && problem.message === 'missing "id" (string)'), JSON.stringify(kb));
  assert.ok(kb.every((problem) => !/received undefined/.test(problem.message)), JSON.stringify(kb));
});

test('a value of the wrong type: at its key, under its path, in the schema’s words, in both files', () => {
  const kb = parseFactBase(factBase((lines) => [lines[0]!, '  "id": 5,', ...lines.slice(2)]), 'kb.json').problems;
  const config = parseConfig('{\n  "lang": 5\n}', 'c.json').problems;
  assert.equal(kb.length, 1);
  assert.equal(config.length, 1);
  assert.deepEqual({ ...where(kb)[0]!, message: undefined }, { path: '$.id', line: 2, column: 3, message: undefined });
  assert.deepEqual({ ...where(config)[0]!, message: undefined }, { path: '$.lang', line: 2, column: 3, message: undefined });
  // Both messages are zod's, untouched: "Invalid input: expected string, received number".
  assert.match(kb[0]!.message, /^Invalid input: expected string, received number$/);
  assert.match(config[0]!.message, /^Invalid (?:input|option): expected .*"ar".*$/);
  // Deeper: an element of a list.
  const deepKb = parseFactBase(factBase((lines) => lines.map((line) => line.replace('["ثابت العباسي"]', '[7]'))), 'kb.json').problems;
  const deepConfig = parseConfig('{\n  "exclude": [\n    7\n  ]\n}', 'c.json').problems;
  assert.deepEqual(where(deepKb).map(({ path, line, column }) => ({ path, line, column })), [{ path: '$.people[0].names.ar[0]', line: 7, column: 25 }]);
  assert.deepEqual(where(deepConfig).map(({ path, line, column }) => ({ path, line, column })), [{ path: '$.exclude[0]', line: 3, column: 5 }]);
  assert.equal(deepKb[0]!.message, deepConfig[0]!.message);
});

test('an unknown key: at the key, with the key meant when it is a typo, in both files and at any depth', () => {
  const kb = parseFactBase(factBase((lines) => [lines[0]!, '  "titel": "x",', ...lines.slice(1)]), 'kb.json').problems;
  const config = parseConfig('{\n  "factbases": []\n}', 'c.json').problems;
  assert.deepEqual(where(kb), [{ path: '$.titel', line: 2, column: 3, message: 'unknown key "titel"; did you mean "title"?' }]);
  assert.deepEqual(where(config), [{ path: '$.factbases', line: 2, column: 3, message: 'unknown key "factbases"; did you mean "factBases"?' }]);
  // Nested objects get the suggestion too, from the schema at that path.
  const nestedKb = parseFactBase(factBase((lines) => lines.map((line) => line.replace('"names"', '"nmes"'))), 'kb.json').problems;
  assert.ok(
    where(nestedKb).some((problem) => problem.path === '$.people[0].nmes' && problem.line === 7 && problem.message === 'unknown key "nmes"; did you mean "names"?'),
    JSON.stringify(nestedKb),
  );
  const nestedConfig = parseConfig('{\n  "factBases": [\n    { "path": "kb.json", "drafs": ["*.md"] }\n  ]\n}', 'c.json').problems;
  assert.deepEqual(where(nestedConfig), [{ path: '$.factBases[0].drafs', line: 3, column: 26, message: 'unknown key "drafs"; did you mean "drafts"?' }]);
  // A key that is no typo of a known one gets no suggestion, in either.
  const farKb = parseFactBase(factBase((lines) => [lines[0]!, '  "colour": "x",', ...lines.slice(1)]), 'kb.json').problems;
  const farConfig = parseConfig('{\n  "colour": "x"\n}', 'c.json').problems;
  assert.deepEqual(where(farKb), [{ path: '$.colour', line: 2, column: 3, message: 'unknown key "colour"' }]);
  assert.deepEqual(where(farConfig), where(farKb));
});

test('a byte-order mark is not counted in columns, in either file', () => {
  const kb = parseFactBase('\ufeff' + factBase((lines) => ['{ "id": 5,', ...lines.slice(2)]), 'kb.json').problems;
  const config = parseConfig('\ufeff{ "lang": 5 }', 'c.json').problems;
  assert.deepEqual([kb[0]!.line, kb[0]!.column], [1, 3]);
  assert.deepEqual([config[0]!.line, config[0]!.column], [1, 3]);
});

test('a key a megabyte long stays a one-line problem of bounded length', () => {
  const key = 'k'.repeat(1_000_000);
  const [problem] = parseConfig(`{"${key}": 1}`, 'c.json').problems;
  assert.ok(problem);
  assert.ok(problem.message.length <= 300 && problem.path.length <= 200 && !problem.message.includes('\n'));
});

test('the helper’s parts: paths, keys by schema, closest', () => {
  assert.equal(formatJsonPath(['people', 0, 'names', 'ar']), '$.people[0].names.ar');
  assert.equal(formatJsonPath(['rules', 'name-spelling']), '$.rules["name-spelling"]');
  assert.ok(keysAt(FactBaseSchema, ['people', 3]).includes('names'));
  assert.ok(keysAt(IsnadConfigSchema, ['factBases', 0]).includes('drafts'), 'a union of a string and an object has the object’s keys');
  assert.deepEqual(keysAt(IsnadConfigSchema, ['lang']), []);
  assert.equal(closest('factbases', ['factBases', 'include']), 'factBases');
  assert.equal(closest('zzzzzz', ['name-spelling']), undefined);
});
