/**
 * The composite GitHub Action (`action.yml`), run locally: its steps are read with a YAML parser
 * and executed as the runner would (expressions substituted, `bash --noprofile --norc -eo pipefail`,
 * GITHUB_PATH and GITHUB_OUTPUT files, stop at the first failing step) on a temporary repository
 * of drafts, with the action's own checkout a copy of this one. `uses:` steps (actions/setup-node)
 * are not run here: the tests use the Node that runs them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { cleanEnv, copyCheckout, repoRoot, tempDir } from './helpers';

interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

/** What one run of the action gives: the failing step's exit code (or 0), the log, the outputs. */
interface ActionRun {
  status: number;
  log: string;
  outputs: Record<string, string>;
  skipped: string[];
  pathFile: string;
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;

/** Evaluates the expressions action.yml uses; any other expression fails the test, so it cannot pass unexamined. */
function evaluate(expression: string, context: { inputs: Record<string, string>; actionPath: string; steps: Record<string, Record<string, string>> }): string {
  const expr = expression.trim();
  let match = /^inputs\.([\w-]+)$/.exec(expr);
  if (match) {
    assert.ok(match[1]! in action.inputs, `action.yml reads an undeclared input: ${match[1]}`);
    return context.inputs[match[1]!] ?? '';
  }
  if (expr === 'github.action_path') return context.actionPath;
  match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
  if (match) return context.steps[match[1]!]?.[match[2]!] ?? '';
  throw new Error(`the test does not know the expression \${{ ${expr} }}`);
}

const substitute = (text: string, context: Parameters<typeof evaluate>[1]): string => text.replace(/\$\{\{(.*?)\}\}/g, (_, expr: string) => evaluate(expr, context));

/** Evaluates an `if:` condition of the forms action.yml uses (`a != ''`, `a == 'b'`). */
function condition(text: string, context: Parameters<typeof evaluate>[1]): boolean {
  const match = /^\s*(?:\$\{\{)?\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*(?:\}\})?\s*$/.exec(text);
  if (!match) throw new Error(`the test does not know the condition ${text}`);
  const value = evaluate(match[1]!, context);
  return match[2] === '==' ? value === match[3] : value !== match[3];
}

/** Runs the action's steps in `workspace` with `inputs`, as a runner would. */
function runAction(actionPath: string, workspace: string, given: Record<string, string>): ActionRun {
  for (const name of Object.keys(given)) assert.ok(name in action.inputs, `unknown input ${name}`);
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, spec]) => [name, given[name] ?? spec.default ?? '']));
  const scratch = tempDir('isnad-action-run-');
  const runnerTemp = join(scratch, 'runner-temp');
  mkdirSync(runnerTemp);
  const pathFile = join(scratch, 'github-path');
  writeFileSync(pathFile, '');
  const context = { inputs, actionPath, steps: {} as Record<string, Record<string, string>> };
  const skipped: string[] = [];
  let log = '';
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.if !== undefined && !condition(step.if, context)) continue;
    if (step.uses !== undefined) {
      skipped.push(step.uses);
      continue;
    }
    assert.equal(step.shell, 'bash', 'every run step of a composite action names its shell');
    const outputFile = join(scratch, `output-${index}`);
    writeFileSync(outputFile, '');
    const added = readFileSync(pathFile, 'utf8').split('\n').filter(Boolean).reverse();
    const env: NodeJS.ProcessEnv = {
      ...cleanEnv(),
      PATH: [...added, process.env.PATH ?? ''].join(delimiter),
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_PATH: pathFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: runnerTemp,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(String(value), context);
    const script = join(scratch, `step-${index}.sh`);
    writeFileSync(script, substitute(step.run ?? '', context));
    const cwd = join(workspace, substitute(step['working-directory'] ?? '.', context));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw result.error;
    log += `--- ${step.name ?? index} ---\n${result.stdout}${result.stderr}`;
    const outputs: Record<string, string> = {};
    for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
    if (step.id !== undefined) context.steps[step.id] = outputs;
    if (result.status !== 0) return { status: result.status ?? 1, log, outputs: {}, skipped, pathFile };
  }
  const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([name, spec]) => [name, substitute(spec.value, context)]));
  return { status: 0, log, outputs, skipped, pathFile };
}

/** A newsroom repository: drafts (one with a space and Arabic in its name), and a fact base of its own. */
function newsroom(): string {
  const workspace = tempDir('isnad-action-repo-');
  const drafts = join(workspace, 'drafts');
  cpSync(join(repoRoot, 'examples', 'drafts'), drafts, { recursive: true });
  copyFileSync(join(drafts, 'ar-errors.md'), join(drafts, 'مسودة أولى.md'));
  mkdirSync(join(workspace, 'facts'));
  copyFileSync(join(repoRoot, 'knowledge', 'iraq-coalition-talks.factbase.json'), join(workspace, 'facts', 'story.factbase.json'));
  copyFileSync(join(repoRoot, 'knowledge', 'article.ar.txt'), join(workspace, 'facts', 'article.ar.txt'));
  return workspace;
}

interface Sarif {
  runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
}

void describe('the GitHub Action (action.yml)', () => {
  // One checkout of the action for every run, built by the first, as on a runner that uses it twice.
  const actionPath = copyCheckout(join(tempDir('isnad-action-'), 'isnad'));
  const workspace = newsroom();

  void test('installs isnad from its checkout, annotates every finding and fails on errors', () => {
    const run = runAction(actionPath, workspace, { paths: 'drafts' });
    assert.equal(run.status, 1, run.log);
    assert.deepEqual(run.skipped, ['actions/setup-node@v4']);
    assert.ok(existsSync(join(actionPath, 'dist', 'cli.js')), 'dist/ was built in the action checkout');
    assert.match(run.log, /^::error file=drafts\/ar-errors\.md,line=3,col=12,.*title=post-holder::/m);
    assert.match(run.log, /^::error file=drafts\/مسودة أولى\.md,line=3,col=12,/m);
    assert.match(run.log, /^::error file=drafts\/en-errors\.md,line=7,col=23,.*title=name-spelling::/m);
    assert.doesNotMatch(run.log, /en-clean|ar-clean/);
    // isnad is on PATH for later steps.
    const bin = readFileSync(run.pathFile, 'utf8').trim();
    const later = spawnSync('bash', ['-c', 'isnad --version'], { env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` }, encoding: 'utf8' });
    assert.equal(later.status, 0, later.stderr);
    assert.match(later.stdout, /^\d+\.\d+\.\d+/);
  });

  void test('fail-on none reports and passes, and writes the SARIF log for the upload step', () => {
    const run = runAction(actionPath, workspace, { paths: 'drafts', 'fail-on': 'none', format: 'text', 'sarif-file': 'reports/isnad.sarif' });
    assert.equal(run.status, 0, run.log);
    assert.match(run.log, /✖ \d+ problems/);
    assert.equal(run.outputs['sarif-file'], 'reports/isnad.sarif');
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports', 'isnad.sarif'), 'utf8')) as Sarif;
    const files = new Set(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri));
    assert.ok(sarif.runs[0]!.results.length >= 14, 'every finding is in the log');
    assert.ok([...files].some((file) => file.endsWith('en-errors.md')), [...files].join(', '));
  });

  void test('several paths and a fact base of the repository; fail-on warning passes on clean drafts', () => {
    const run = runAction(actionPath, workspace, {
      paths: 'drafts/en-clean.md\ndrafts/ar-clean.md\n',
      'fact-bases': 'facts/story.factbase.json',
      'bundled-fact-base': 'false',
      'fail-on': 'warning',
      'sarif-file': 'isnad.sarif',
    });
    assert.equal(run.status, 0, run.log);
    const sarif = JSON.parse(readFileSync(join(workspace, 'isnad.sarif'), 'utf8')) as Sarif;
    assert.deepEqual(sarif.runs[0]!.results, []);
    // The same fact base finds the errors of the other drafts.
    const errors = runAction(actionPath, workspace, { paths: 'drafts/ar-errors.md', 'fact-bases': 'facts/story.factbase.json', 'bundled-fact-base': 'false' });
    assert.equal(errors.status, 1, errors.log);
    assert.match(errors.log, /^::error file=drafts\/ar-errors\.md,line=3,col=12,/m);
  });

  void test('a missing fact base or a bad input fails the step even with fail-on none', () => {
    const missing = runAction(actionPath, workspace, { paths: 'drafts', 'fact-bases': 'facts/missing.factbase.json', 'fail-on': 'none', 'sarif-file': 'missing.sarif' });
    assert.equal(missing.status, 2, missing.log);
    assert.match(missing.log, /missing\.factbase\.json/);
    const badLevel = runAction(actionPath, workspace, { paths: 'drafts', 'fail-on': 'sometimes' });
    assert.equal(badLevel.status, 2, badLevel.log);
    assert.match(badLevel.log, /fail-on must be error, warning or none/);
  });

  void test('runs in a working directory', () => {
    const run = runAction(actionPath, workspace, { 'working-directory': 'drafts', paths: 'en-errors.md' });
    assert.equal(run.status, 1, run.log);
    assert.match(run.log, /^::error file=en-errors\.md,line=7,col=23,/m);
    assert.ok(readdirSync(workspace).includes('drafts'));
  });

  void test('args passes further options to isnad check', () => {
    const run = runAction(actionPath, workspace, { paths: 'drafts/en-errors.md', args: '--rule post-holder=off  --rule quantity=off' });
    assert.equal(run.status, 1, run.log);
    assert.match(run.log, /title=name-spelling::/);
    assert.doesNotMatch(run.log, /title=(post-holder|quantity)::/);
  });
});
