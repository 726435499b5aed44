/**
 * Links to rule documentation (issue 11): SARIF's `helpUri` and a diagnostic's
 * `codeDescription.href` point at `docs/rules.md#<rule-id>` on the web home package.json names,
 * never at a file on the machine that produced them; without a web home they carry no link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../engine/src/index';
import { ruleDocUrl, rulesDocUrl } from '../../host/src/docs';
import { sarifLog } from '../../cli/src/formatters/sarif';
import type { FormatContext } from '../../cli/src/formatters/common';
import packageJson from '../../package.json';
import { repoRoot, runCli, tempDir, writeFiles, writeMiniFactBase } from './helpers';
import { sarifErrors } from './sarifSchema';

test('the rules documentation URL comes from package.json and is a web address', () => {
  const repository = (packageJson as { repository?: { url?: string } }).repository?.url;
  assert.ok(repository, 'package.json names the repository');
  assert.equal(rulesDocUrl(), `${repository.replace(/\.git$/, '')}/blob/main/docs/rules.md`);
  assert.match(ruleDocUrl('name-spelling')!, /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/docs\/rules\.md#name-spelling$/);
  assert.equal(rulesDocUrl({ repository: 'git+https://github.com/example/tool.git' }), 'https://github.com/example/tool/blob/main/docs/rules.md');
  assert.equal(rulesDocUrl({ homepage: 'https://example.org/tool/#readme' }), 'https://example.org/tool/docs/rules.md');
  assert.equal(rulesDocUrl({}), undefined, 'no web home, no link');
  assert.equal(ruleDocUrl('quantity', {}), undefined);
});

test('every rule has its anchor in docs/rules.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs', 'rules.md'), 'utf8');
  for (const rule of rules) assert.match(doc, new RegExp(`^## ${rule.id}$`, 'm'), rule.id);
});

test('SARIF from the CLI links every rule to the web documentation, never to a file', () => {
  const { dir, cleanup } = tempDir();
  try {
    writeMiniFactBase(join(dir, 'kb'));
    writeFiles(dir, {
      '.isnadrc.json': JSON.stringify({ bundledFactBase: false, factBases: ['kb/mini.factbase.json'], exclude: ['kb'] }),
      'drafts/a.md': 'Iraqi Defence Minister Thamer al-Abbasi leads the delegation.\n',
    });
    const run = runCli(['check', 'drafts', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(run.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } } }[] };
    assert.deepEqual(sarifErrors(log), []);
    const described = log.runs[0]!.tool.driver.rules;
    assert.equal(described.length, rules.length);
    for (const rule of described) assert.equal(rule.helpUri, ruleDocUrl(rule.id), rule.id);
    assert.doesNotMatch(JSON.stringify(described), /file:/);
  } finally {
    cleanup();
  }
});

test('SARIF without a documentation URL carries no helpUri and stays valid', () => {
  const context: FormatContext = { cwd: '/work/project', color: false, lang: 'en', version: '1.0.0', rules };
  const log = sarifLog([], context) as unknown as { runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[] };
  assert.deepEqual(sarifErrors(log), []);
  for (const rule of log.runs[0]!.tool.driver.rules) assert.equal('helpUri' in rule, false);
});
