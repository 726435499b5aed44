/**
 * The files generated from the rule registry (docs/rules.md, the `isnad.rules.<id>` settings in
 * package.json and their strings in package.nls*.json) must match the registry. When this fails,
 * run `npm run gen-docs` and commit the result.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { rules } from '../../engine/src/index';
import { generatedFiles, rulesConfiguration } from '../../scripts/gen-docs.mjs';
import { repoRoot } from './harness';

void test('generated docs and settings match the rule registry', () => {
  for (const [path, wanted] of generatedFiles(rules)) {
    assert.equal(readFileSync(path, 'utf8'), wanted, `${relative(repoRoot, path)} is out of date: run \`npm run gen-docs\``);
  }
});

void test('every rule has a setting, a doc section and strings in both languages', () => {
  const pkg = JSON.parse(readFileSync(`${repoRoot}/package.json`, 'utf8'));
  const section = pkg.contributes.configuration.find((item: { id: string }) => item.id === 'isnad.rules');
  assert.deepEqual(Object.keys(section.properties), Object.keys(rulesConfiguration(rules).properties));
  const doc = readFileSync(`${repoRoot}/docs/rules.md`, 'utf8');
  for (const [file, nls] of [['package.nls.json', 'en'], ['package.nls.ar.json', 'ar']] as const) {
    const strings = JSON.parse(readFileSync(`${repoRoot}/${file}`, 'utf8'));
    for (const rule of rules) assert.ok(strings[`isnad.rules.${rule.id}.description`]?.includes(rule.description[nls]), `${file} describes ${rule.id}`);
  }
  for (const rule of rules) {
    assert.ok(section.properties[`isnad.rules.${rule.id}`], `setting for ${rule.id}`);
    assert.ok(doc.includes(`\n## ${rule.id}\n`), `docs/rules.md has a section #${rule.id}`);
  }
});

void test('every rule has a section in docs/checks.md and a row, linking to it, in the README\'s "What it checks"', () => {
  // docs/checks.md is written by hand (what each rule flags, with examples); the README's table
  // gives one line per rule. A rule added to the registry needs both, and neither may name a rule
  // the registry does not have.
  const checks = readFileSync(`${repoRoot}/docs/checks.md`, 'utf8');
  const readme = readFileSync(`${repoRoot}/README.md`, 'utf8');
  const start = readme.indexOf('\n## What it checks\n');
  assert.ok(start >= 0, 'the README has a section "What it checks"');
  const table = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const ids = rules.map((rule) => rule.id);
  for (const id of ids) {
    assert.ok(checks.includes(`\n## ${id}\n`), `docs/checks.md has a section ## ${id}`);
    assert.ok(table.includes(`| [\`${id}\`](docs/checks.md#${id}) |`), `the README's table has a row for ${id} linking to docs/checks.md#${id}`);
  }
  const sections = [...checks.matchAll(/^## ([a-z][a-z-]*)$/gm)].map((match) => match[1]!);
  assert.deepEqual(sections.filter((id) => !ids.includes(id)), [], 'docs/checks.md names no rule the registry lacks');
  const rows = [...table.matchAll(/^\| \[`([a-z-]+)`\]/gm)].map((match) => match[1]!);
  assert.deepEqual([...rows].sort(), [...ids].sort(), 'the README\'s table has one row per rule');
});

void test('every %key% of the manifest has a string in both languages', () => {
  const manifest = readFileSync(`${repoRoot}/package.json`, 'utf8');
  const keys = [...new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]!))];
  assert.ok(keys.length > 10);
  for (const file of ['package.nls.json', 'package.nls.ar.json']) {
    const strings = JSON.parse(readFileSync(`${repoRoot}/${file}`, 'utf8'));
    const missing = keys.filter((key) => typeof strings[key] !== 'string');
    assert.deepEqual(missing, [], `${file} lacks strings`);
    const unused = Object.keys(strings).filter((key) => !keys.includes(key));
    assert.deepEqual(unused, [], `${file} has strings no manifest field uses`);
  }
});

void test('every string the client localises (vscode.l10n.t) has an Arabic translation, and no translation is unused', () => {
  const client = readFileSync(`${repoRoot}/client/src/extension.ts`, 'utf8');
  const strings = [...new Set([...client.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)+)'/g)].map((match) => match[1]!.replace(/\\'/g, "'")))];
  assert.ok(strings.length > 5);
  const bundle = JSON.parse(readFileSync(`${repoRoot}/l10n/bundle.l10n.ar.json`, 'utf8')) as Record<string, string>;
  assert.deepEqual(strings.filter((key) => typeof bundle[key] !== 'string'), [], 'l10n/bundle.l10n.ar.json lacks translations');
  assert.deepEqual(Object.keys(bundle).filter((key) => !strings.includes(key)), [], 'l10n/bundle.l10n.ar.json has unused strings');
});
