// `npm run bench`: isnad against textlint+prh side by side, editing latency over LSP, fact-base
// scaling, start-up and worst cases. Prints tables and writes docs/benchmarks.md (and the raw
// figures to bench/out/results.json). A benchmark, not a test: targets are shown, never asserted.
//
//   npm run bench                      full run (medians of several runs)
//   npm run bench -- --quick           one run each, smaller sizes, for iteration
//   npm run bench -- --only throughput,latency,scaling,startup,worst
//   npm run bench -- --no-build        use dist/ as it is
//   npm run bench -- --no-write        do not touch docs/benchmarks.md
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { cpus, totalmem, release, availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measure, nodeJson } from './lib/proc.mjs';
import { median } from './lib/stats.mjs';
import { summarise } from './lib/profile.mjs';
import { textTable, mdTable, num, ms, bytes } from './lib/report.mjs';
import { generate as generateFactBase } from './gen/factbase.mjs';
import { WORST } from './gen/drafts.mjs';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const OUT = join(BENCH, 'out');
const PEER = join(BENCH, 'peer');
// The CLI and the server are measured from a copy of dist/ taken after the build, so a rebuild by
// someone else during the run (npm test rebuilds dist/) cannot change the code being measured.
const SNAPSHOT = join(OUT, 'dist-snapshot');
const CLI = join(SNAPSHOT, 'cli.js');
const SERVER = join(SNAPSHOT, 'server.js');
const BUNDLED_KB = join(ROOT, 'knowledge', 'iraq-coalition-talks.factbase.json');
const TEXTLINT = join(BENCH, 'node_modules', 'textlint', 'bin', 'textlint.js');

// ---- options -----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const value = (name, fallback) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i].includes('=') ? argv[i].split('=').slice(1).join('=') : argv[i + 1];
};
const QUICK = flag('quick');
const SECTIONS = (value('only', 'throughput,latency,scaling,startup,worst') ?? '').split(',').filter(Boolean);
const RUNS = Number(value('runs', QUICK ? 1 : 3));
const log = (...a) => console.error('[bench]', ...a);
// Time budgets, so an engine that does not scale yet cannot stall the whole run.
const CHECK_BUDGET_S = QUICK ? 120 : 300;
const CLI_BUDGET_S = QUICK ? 300 : 900;

const results = { quick: QUICK, runs: RUNS, sections: SECTIONS, machine: {}, throughput: {}, latency: {}, scaling: {}, startup: {}, worst: {}, profiles: {}, targets: [] };

// ---- set-up ------------------------------------------------------------------------------------
function machine() {
  let os = release();
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {}
  let commit = '';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim().length > 0;
  } catch {}
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memGiB: totalmem() / 2 ** 30,
    os: `${os} (kernel ${release()})`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: commit + (dirty ? ' (with uncommitted changes)' : ''),
  };
}

function ensurePeerTools() {
  if (existsSync(join(BENCH, 'node_modules', 'textlint', 'package.json')) && existsSync(join(BENCH, 'node_modules', 'textlint-rule-prh', 'package.json'))) return;
  const busy = spawnSync('pgrep', ['-f', 'npm (install|ci)'], { encoding: 'utf8' });
  if (busy.stdout?.trim()) log('another npm install is running; installing the bench tools anyway into bench/node_modules');
  log('installing the peer tools (textlint, textlint-rule-prh) into bench/node_modules ...');
  const lock = existsSync(join(BENCH, 'package-lock.json'));
  const run = spawnSync('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: BENCH, stdio: 'inherit' });
  if (run.status !== 0) throw new Error('npm could not install bench/package.json');
}

async function build() {
  if (!flag('no-build')) {
    // The production build (minified, no source maps) is what npm ci, npm pack and the .vsix ship.
    log('building dist/ (node esbuild.mjs --production) ...');
    const run = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs'), '--production'], { cwd: ROOT, stdio: 'inherit' });
    if (run.status !== 0) {
      if (!haveCli()) throw new Error('the build failed');
      results.buildWarning = 'npm run build failed; the dist/ already there was measured';
      log(`WARNING: ${results.buildWarning}`);
    }
  }
  rmSync(SNAPSHOT, { recursive: true, force: true });
  if (existsSync(join(ROOT, 'dist'))) cpSync(join(ROOT, 'dist'), SNAPSHOT, { recursive: true });
  const { buildEngine, buildMinified } = await import('./lib/build.mjs');
  try {
    await buildEngine();
  } catch (error) {
    if (!existsSync(join(OUT, 'engine.cjs'))) throw error;
    results.buildWarning = `${results.buildWarning ?? ''} the engine bundle did not build; the previous bench/out/engine.cjs was used`.trim();
    log(`WARNING: ${results.buildWarning}`);
  }
  results.minified = await buildMinified();
}

function corpus(name, n, seed) {
  const dir = join(OUT, `corpus-${name}`);
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    if (m.drafts === n && m.seed === seed) return { dir, ...m };
  }
  log(`generating the ${name} corpus (--n ${n} --seed ${seed}) ...`);
  execFileSync('python3', [join(PEER, 'make_corpus.py'), '--n', String(n), '--seed', String(seed), '--out', dir, '--article', join(ROOT, 'knowledge', 'article.ar.txt')], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { dir, ...JSON.parse(readFileSync(manifest, 'utf8')) };
}

function score(format, output, dir) {
  try {
    return JSON.parse(execFileSync('python3', [join(PEER, 'score.py'), format, output, dir], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }));
  } catch (error) {
    return { error: String(error.message).slice(0, 300) };
  }
}

const haveCli = () => existsSync(CLI);
const haveServer = () => existsSync(SERVER);

/** Runs `node --cpu-prof` on a script and returns the summary of its profile. */
function profile(name, args, { timeout = 600 } = {}) {
  const dir = join(OUT, 'prof', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`profiling ${name} ...`);
  // The engine bench profiles its measured phase itself (not the loading before it); other
  // scripts are profiled whole with --cpu-prof.
  const inProcess = args[0].endsWith('engine-bench.mjs');
  const m = inProcess
    ? measure(process.execPath, ['--expose-gc', ...args, '--profile', join(dir, 'measured.cpuprofile')], { timeout })
    : measure(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...args], { timeout });
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return { error: m.timed_out ? `timed out after ${timeout} s (no profile written)` : `no profile (exit ${m.code})` };
  // The largest profile is the thread that did the work.
  files.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  const s = summarise(join(dir, files[0]), 12);
  s.file = relative(ROOT, join(dir, files[0]));
  s.inProcess = inProcess;
  s.what = args.map((a) => (a.startsWith('/') ? relative(ROOT, a) : a)).filter((a) => a !== '--kb' && !/synth-|factbase\.json$/.test(a)).join(' ').slice(0, 160);
  results.profiles[name] = s;
  return s;
}

// ---- 1. throughput -----------------------------------------------------------------------------
function throughput() {
  const corpora = [corpus('small', 100, 101), corpus('large', 2000, 202)];
  const tools = [
    { id: 'isnad', label: 'isnad check (workers: auto)', cmd: () => [CLI, 'check', '__DIR__', '--format', 'sarif', '--kb', BUNDLED_KB, '--no-bundled-kb', '--no-config'], format: 'sarif', ext: 'sarif', ok: haveCli },
    { id: 'isnad-1', label: 'isnad check --jobs 1', cmd: () => [CLI, 'check', '__DIR__', '--format', 'sarif', '--kb', BUNDLED_KB, '--no-bundled-kb', '--no-config', '--jobs', '1'], format: 'sarif', ext: 'sarif', ok: haveCli },
    { id: 'textlint', label: 'textlint + prh', cmd: (c) => [TEXTLINT, '--config', join(PEER, 'textlintrc.quotes.json'), '-f', 'json', ...c.files], format: 'textlint-json', ext: 'json', ok: () => existsSync(TEXTLINT) },
  ];
  for (const c of corpora) {
    c.files = readdirSync(c.dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(c.dir, f));
    const runs = c.drafts > 500 ? RUNS : Math.max(RUNS, QUICK ? 1 : 5);
    const samples = Object.fromEntries(tools.map((t) => [t.id, []]));
    for (let run = 0; run < runs; run++) {
      // Rotate the order each run, so no tool always runs on a warm (or cold) page cache.
      const order = tools.map((_, i) => tools[(i + run) % tools.length]);
      for (const tool of order) {
        if (!tool.ok()) continue;
        const out = join(OUT, `${tool.id}-${c.drafts}.${tool.ext}`);
        const args = tool.cmd(c).map((a) => (a === '__DIR__' ? c.dir : a));
        log(`${c.drafts} drafts: ${tool.label} (run ${run + 1}/${runs}) ...`);
        samples[tool.id].push(measure(process.execPath, args, { stdout: out, timeout: 1800 }));
      }
    }
    const rows = {};
    for (const tool of tools) {
      const s = samples[tool.id];
      if (s.length === 0) {
        rows[tool.id] = { label: tool.label, missing: true };
        continue;
      }
      const scored = score(tool.format, join(OUT, `${tool.id}-${c.drafts}.${tool.ext}`), c.dir);
      const wall = median(s.map((x) => x.wall));
      rows[tool.id] = {
        label: tool.label,
        runs: s.length,
        cpu: median(s.map((x) => x.cpu)),
        wall,
        mbps: c.total_bytes / 1e6 / wall,
        rssMB: median(s.map((x) => x.maxrss_mb)),
        exit: s.at(-1).code,
        stderr: s.at(-1).code > 1 ? s.at(-1).stderr.slice(-500) : undefined,
        planted: scored.planted,
        found: scored.found,
        findings: scored.findings,
        falsePositives: scored.false_positives,
        missedByKind: scored.missed_by_kind,
        topFalse: scored.top_unmatched_findings,
        scoreError: scored.error,
      };
    }
    results.throughput[c.drafts > 500 ? 'large' : 'small'] = { drafts: c.drafts, bytes: c.total_bytes, words: c.total_words, planted: c.planted_errors, rows };
  }
  const large = results.throughput.large?.rows;
  if (large?.isnad?.cpu && large?.textlint?.cpu) {
    results.headline = { cpuRatio: large.textlint.cpu / large.isnad.cpu, cpuRatio1: large.textlint.cpu / large['isnad-1']?.cpu, wallRatio: large.textlint.wall / large.isnad.wall };
  }
  // --shard: the shards together check every draft exactly once.
  if (haveCli()) {
    const c = corpora[0];
    const counts = [];
    for (const shard of ['1/2', '2/2']) {
      const run = spawnSync(process.execPath, [CLI, 'check', c.dir, '--format', 'json', '--kb', BUNDLED_KB, '--no-bundled-kb', '--no-config', '--shard', shard], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
      try {
        const parsed = JSON.parse(run.stdout);
        const files = Array.isArray(parsed) ? parsed : (parsed.files ?? parsed.results ?? []);
        counts.push(files.length);
      } catch {
        counts.push(NaN);
      }
    }
    results.throughput.shards = { counts, total: c.drafts };
  }
}

// ---- 2. editing latency ------------------------------------------------------------------------
function latency() {
  if (!haveServer()) {
    results.latency.error = 'dist/server.js is missing';
    return;
  }
  const sizes = [1000, 10000, 100000];
  const edits = QUICK ? 100 : 500;
  results.latency.rows = [];
  for (const words of sizes) {
    // A 100k-word draft takes long per check: fewer edits in quick mode, and in-process (where
    // the figure is only the compute part of the LSP one) at most 100.
    const lspEdits = QUICK && words >= 100000 ? 20 : edits;
    const engineEdits = words >= 100000 ? Math.min(lspEdits, 100) : edits;
    log(`editing latency: ${words} words, ${lspEdits} edits over LSP (debounce 0) ...`);
    const lsp = nodeJson(join(BENCH, 'latency.mjs'), ['--server', SERVER, '--words', String(words), '--edits', String(lspEdits), '--debounce', '0', '--budget', QUICK ? '90' : '400'], { timeout: 3600_000 });
    log(`editing latency: ${words} words, ${engineEdits} edits in-process (engine only) ...`);
    const eng = nodeJson(join(BENCH, 'engine-bench.mjs'), ['edits', '--words', String(words), '--edits', String(engineEdits)], { timeout: 3600_000 });
    results.latency.rows.push({ words, edits: lspEdits, engineEdits, lsp: lsp.last ?? { error: lsp.stderr || `exit ${lsp.status}` }, engine: eng.last ?? { error: eng.stderr || `exit ${eng.status}` } });
  }
  log('editing latency: 10k words with the default debounce ...');
  const def = nodeJson(join(BENCH, 'latency.mjs'), ['--server', SERVER, '--words', '10000', '--edits', QUICK ? '10' : '40'], { timeout: 600_000 });
  results.latency.defaultDebounce = def.last ?? { error: def.stderr };
  try {
    const src = readFileSync(join(ROOT, 'server', 'src', 'settings.ts'), 'utf8');
    results.latency.defaultDebounceMs = Number(/debounceMs:[^\n]*catch\((\d+)\)/.exec(src)?.[1]);
  } catch {}
}

// ---- 3. fact-base scaling ----------------------------------------------------------------------
function factBaseSet(people) {
  if (people === 0) return { people: 0, files: [] };
  const dir = join(OUT, 'kb', String(people));
  const indexPath = join(dir, 'index.json');
  const generator = statSync(join(BENCH, 'gen', 'factbase.mjs')).mtimeMs;
  if (existsSync(indexPath) && statSync(indexPath).mtimeMs > generator) {
    const index = JSON.parse(readFileSync(indexPath, 'utf8'));
    if (index.files.every((f) => existsSync(f))) return index;
  }
  log(`generating a fact base of ${people.toLocaleString('en-US')} people ...`);
  return generateFactBase({ people, out: dir, root: ROOT });
}

function scaling() {
  const sizes = QUICK ? [0, 1000, 100000] : [0, 10, 1000, 10000, 100000];
  const c = QUICK ? corpus('small', 100, 101) : corpus('large', 2000, 202);
  results.scaling.corpus = { drafts: c.drafts, bytes: c.total_bytes };
  results.scaling.rows = [];
  for (const people of sizes) {
    const set = factBaseSet(people);
    const files = set.files.map((f) => (f.startsWith('/') ? f : join(ROOT, f)));
    const kbArgs = [BUNDLED_KB, ...files].flatMap((f) => ['--kb', f]);
    const row = { people, files: files.length, totals: set.totals };
    log(`fact base ${people}: load (in-process) ...`);
    const loads = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) {
      const r = nodeJson(join(BENCH, 'engine-bench.mjs'), ['load', ...kbArgs], { nodeArgs: ['--expose-gc'], timeout: 900_000 });
      if (r.last) loads.push(r.last);
      else row.loadError = r.stderr || `exit ${r.status}`;
    }
    if (loads.length) {
      row.loadMs = median(loads.map((l) => l.loadMs));
      row.loadCpuMs = median(loads.map((l) => l.loadCpuMs));
      row.indexMs = median(loads.map((l) => l.indexMs));
      row.heapMB = median(loads.map((l) => l.heapMB));
      row.rssMB = median(loads.map((l) => l.rssMB));
      row.problems = loads[0].problems;
    }
    log(`fact base ${people}: check ${c.drafts} drafts (in-process) ...`);
    const chk = nodeJson(join(BENCH, 'engine-bench.mjs'), ['check-corpus', '--corpus', c.dir, '--runs', QUICK ? '1' : '3', '--budget', String(CHECK_BUDGET_S), ...kbArgs], { timeout: 1800_000 });
    if (chk.last) Object.assign(row, { checkMs: chk.last.checkMs, checkCpuMs: chk.last.checkCpuMs, cpuMsPerMB: chk.last.cpuMsPerMB, checked: chk.last.checked, complete: chk.last.complete, engineFindings: chk.last.findings, checkRssMB: chk.last.rssMB });
    else row.checkError = chk.stderr || `exit ${chk.status}`;
    // The CLI run is skipped when the in-process figures say it would take very long.
    const estimateS = ((row.cpuMsPerMB ?? 0) * (c.total_bytes / 1e6) + (row.loadCpuMs ?? 0) * (1 + availableParallelism())) / 1000;
    if (haveCli() && estimateS > CLI_BUDGET_S) row.cliSkipped = `skipped: estimated ${num(estimateS, 0)} s of CPU`;
    else if (haveCli()) {
      log(`fact base ${people}: isnad check CLI on ${c.drafts} drafts ...`);
      const samples = [];
      const out = join(OUT, `scaling-${people}.sarif`);
      for (let i = 0; i < (QUICK || people >= 10000 ? 1 : Math.min(RUNS, 3)); i++) samples.push(measure(process.execPath, [CLI, 'check', c.dir, '--format', 'sarif', '--no-bundled-kb', '--no-config', ...kbArgs], { stdout: out, timeout: 1800 }));
      const scored = score('sarif', out, c.dir);
      row.cli = { cpu: median(samples.map((s) => s.cpu)), wall: median(samples.map((s) => s.wall)), rssMB: median(samples.map((s) => s.maxrss_mb)), exit: samples.at(-1).code, found: scored.found, planted: scored.planted, falsePositives: scored.false_positives, stderr: samples.at(-1).code > 1 ? samples.at(-1).stderr.slice(-300) : undefined };
    }
    if (haveServer()) {
      log(`fact base ${people}: language server memory ...`);
      const lsp = nodeJson(join(BENCH, 'latency.mjs'), ['--server', SERVER, '--words', '10000', '--edits', QUICK ? '20' : '100', '--budget', '120', '--debounce', '0', ...files.flatMap((f) => ['--kb', f])], { timeout: 1200_000 });
      row.server = lsp.last ?? { error: lsp.stderr || `exit ${lsp.status}` };
    }
    results.scaling.rows.push(row);
  }
}

// ---- 4. start-up -------------------------------------------------------------------------------
function startup() {
  const runs = QUICK ? 3 : 10;
  const draft = join(corpus('small', 100, 101).dir, 'draft_0004.md');
  const base = [];
  for (let i = 0; i < runs; i++) base.push(measure(process.execPath, ['-e', '0']));
  results.startup.nodeBaselineWall = median(base.map((m) => m.wall));
  if (haveCli()) {
    const cli = [];
    for (let i = 0; i < runs; i++) cli.push(measure(process.execPath, [CLI, 'check', draft, '--no-config']));
    results.startup.cliWall = median(cli.map((m) => m.wall));
    results.startup.cliCpu = median(cli.map((m) => m.cpu));
    results.startup.cliRssMB = median(cli.map((m) => m.maxrss_mb));
    results.startup.cliExit = cli.at(-1).code;
  }
  if (haveServer()) {
    const srv = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const r = nodeJson(join(BENCH, 'latency.mjs'), ['--server', SERVER, '--words', '1000'], { timeout: 120_000 });
      if (r.last && !r.last.error) srv.push(r.last);
      else results.startup.serverError = r.last?.error ?? r.stderr;
    }
    if (srv.length) {
      results.startup.serverInitToDiag = median(srv.map((s) => s.initializeToFirstDiagnosticsMs));
      results.startup.serverSpawnToDiag = median(srv.map((s) => s.spawnToFirstDiagnosticsMs));
      results.startup.serverSpawnToInit = median(srv.map((s) => s.spawnToInitializedMs));
      results.startup.serverRssMB = median(srv.map((s) => s.memAfterOpen?.rssMB));
    }
  }
  const dist = SNAPSHOT;
  results.startup.bundles = existsSync(dist)
    ? readdirSync(dist)
        .filter((f) => f.endsWith('.js'))
        .sort()
        .map((f) => {
          const buf = readFileSync(join(dist, f));
          const minPath = results.minified?.[f];
          const min = minPath && existsSync(minPath) ? readFileSync(minPath) : undefined;
          // zod's French and German messages stand for its 40-odd locales (isnad needs English only).
          const zodLocales = /Entrée invalide|Ungültige Eingabe/.test(buf.toString('utf8')) ? 2 : 1;
          return { file: f, bytes: buf.length, minBytes: min?.length, minGzip: min ? gzipSync(min).length : undefined, zodLocales };
        })
    : [];
}

// ---- 5. worst cases ----------------------------------------------------------------------------
function worst() {
  const sizes = QUICK ? [0.25, 0.5, 1, 2] : [1, 2, 4, 8];
  const timeout = QUICK ? 120 : 600;
  results.worst.sizes = sizes;
  results.worst.kinds = {};
  const labels = {
    paragraph: 'one paragraph (no line break)',
    nearMiss: 'near-miss names, back to back',
    unclosedQuotes: 'unclosed quotation marks',
    longLine: 'one line, no punctuation',
    longToken: 'one token, no spaces',
  };
  for (const kind of Object.keys(WORST)) {
    log(`worst case ${kind}: ${sizes.join(', ')} MB (in-process) ...`);
    const r = nodeJson(join(BENCH, 'engine-bench.mjs'), ['worst', '--kind', kind, '--sizes', sizes.join(','), '--runs', QUICK ? '1' : '2'], { nodeArgs: ['--expose-gc'], timeout: timeout * 1000 });
    results.worst.kinds[kind] = { label: labels[kind], points: r.lines, timedOut: r.timedOut || r.signal === 'SIGTERM', timeoutS: timeout, error: r.status !== 0 && !r.timedOut ? r.stderr.slice(-400) : undefined };
  }
  // The CLI on a 10 MB single-paragraph draft and on 50,000 near-miss names.
  const dir = join(OUT, 'worst');
  mkdirSync(dir, { recursive: true });
  // --max-file-size 64mb raises the CLI's 5 MB limit, so the whole input is checked, not skipped.
  const files = [
    [`paragraph-${QUICK ? 2 : 10}MB.md`, () => WORST.paragraph(QUICK ? 2e6 : 10e6)],
    [`one-line-${QUICK ? 1 : 4}MB.md`, () => WORST.longLine(QUICK ? 1e6 : 4e6)],
    ['near-miss-50000.md', () => WORST.nearMiss(0, 1, 50000)],
  ];
  results.worst.cli = [];
  for (const [name, make] of files) {
    const path = join(dir, name);
    writeFileSync(path, make());
    const size = statSync(path).size;
    if (!haveCli()) continue;
    log(`worst case: isnad check ${name} ...`);
    const m = measure(process.execPath, [CLI, 'check', path, '--format', 'json', '--no-config', '--max-file-size', '64mb'], { stdout: join(dir, `${name}.json`), timeout });
    let findings;
    try {
      const parsed = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      const list = Array.isArray(parsed) ? parsed : (parsed.files ?? parsed.results ?? []);
      findings = list.reduce((n, f) => n + (f.findings?.length ?? f.messages?.length ?? 0), 0);
    } catch {}
    results.worst.cli.push({ name, bytes: size, wall: m.wall, cpu: m.cpu, rssMB: m.maxrss_mb, exit: m.code, timedOut: m.timed_out, findings, stderr: m.code > 1 ? m.stderr.slice(-300) : undefined });
  }
}

// ---- targets -----------------------------------------------------------------------------------
function evaluateTargets() {
  const t = results.targets;
  const add = (id, target, measured, met, bound) => t.push({ id, target, measured, met, bound });
  const large = results.throughput.large?.rows;
  if (large?.isnad && large?.textlint && !large.isnad.missing) {
    const ratio = results.headline?.cpuRatio;
    add('cpu-ratio', '≥ 10× less CPU than textlint+prh, large corpus', `${num(ratio, 1)}× (${num(large.isnad.cpu, 2)} s vs ${num(large.textlint.cpu, 2)} s CPU)`, ratio >= 10, ratio < 10 ? `short by ${num(10 / ratio, 1)}×: isnad would need ${num(large.textlint.cpu / 10, 2)} s CPU` : undefined);
    add('recall', 'every planted error found (large corpus, no list of wrong forms)', `${large.isnad.found}/${large.isnad.planted}`, large.isnad.found === large.isnad.planted, large.isnad.found !== large.isnad.planted ? `${large.isnad.planted - large.isnad.found} missed: ${JSON.stringify(large.isnad.missedByKind)}` : undefined);
    add('precision', 'no false findings (large corpus)', String(large.isnad.falsePositives), large.isnad.falsePositives === 0, large.isnad.falsePositives ? `top: ${JSON.stringify(large.isnad.topFalse)}`.slice(0, 300) : undefined);
  }
  const row10k = results.latency.rows?.find((r) => r.words === 10000);
  if (row10k) {
    const p99 = row10k.lsp.p99;
    add('edit-p99', 'editing p99 < 10 ms, 10k-word draft (didChange → publishDiagnostics, debounce 0)', `${ms(p99)} (engine alone ${ms(row10k.engine.p99)})`, p99 < 10, p99 >= 10 ? `over by ${ms(p99 - 10)} (${num(p99 / 10, 1)}×)` : undefined);
  }
  const rows = results.scaling.rows ?? [];
  const base = rows.find((r) => r.people === 0);
  const big = rows.find((r) => r.people === 100000);
  if (base && big) {
    const ratio = big.cpuMsPerMB / base.cpuMsPerMB;
    add('kb-check', 'check time with 100,000 people ≤ 1.5× bundled (CPU, in-process, excluding load)', `${num(ratio, 2)}× (${ms(big.cpuMsPerMB)} vs ${ms(base.cpuMsPerMB)} per MB of drafts${big.complete ? '' : `; stopped after ${big.checked} drafts`})`, ratio <= 1.5, ratio > 1.5 ? `over by ${num(ratio / 1.5, 1)}×` : undefined);
    const load = big.loadCpuMs;
    add('kb-load', '100,000-person fact base loads in < 1 s (CPU of read + validate + index)', `${ms(load)} (wall: read+validate ${ms(big.loadMs)}, index ${ms(big.indexMs)})`, load < 1000, load >= 1000 ? `over by ${ms(load - 1000)} (${num(load / 1000, 1)}×)` : undefined);
    const mem = big.server?.memEnd?.peakMB ?? big.server?.memAfterOpen?.peakMB;
    add('kb-memory', 'server memory < 200 MB with 100,000 people', Number.isFinite(mem) ? `${num(mem, 0)} MB peak RSS` : big.server?.error ? 'server failed' : '–', mem < 200, mem >= 200 ? `over by ${num(mem - 200, 0)} MB (${num(mem / 200, 1)}×)` : big.server?.error?.slice(0, 200));
  }
  if (Number.isFinite(results.startup.cliWall)) {
    const w = results.startup.cliWall * 1000;
    add('cli-startup', 'CLI on one file < 300 ms wall', `${ms(w)} (node alone ${ms(results.startup.nodeBaselineWall * 1000)})`, w < 300, w >= 300 ? `over by ${ms(w - 300)}` : undefined);
  }
  if (large?.isnad && large?.['isnad-1'] && !large.isnad.missing) {
    const a = large.isnad.cpu;
    const one = large['isnad-1'].cpu;
    add('workers-cpu', 'worker threads never use more CPU in total than one thread (large corpus)', `${num(a, 2)} s (workers: auto) vs ${num(one, 2)} s (--jobs 1)`, a <= one, a > one ? `${num(a / one, 2)}× the CPU of one thread` : undefined);
  }
  const bundles = results.startup.bundles ?? [];
  if (bundles.length) {
    const withLocales = bundles.filter((b) => b.zodLocales > 1).map((b) => b.file);
    add('bundles-zod', 'bundles hold zod without its locales', withLocales.length ? `locales in ${withLocales.join(', ')}` : `English only in ${bundles.map((b) => b.file).join(', ')}`, withLocales.length === 0, withLocales.length ? 'the esbuild plugin (scripts/esbuild-zod.mjs) did not apply' : undefined);
  }
  const kinds = results.worst.kinds ?? {};
  for (const [kind, k] of Object.entries(kinds)) {
    const last = (k.points ?? []).at(-1);
    if (!last || !Number.isFinite(last.peakRssMB) || !Number.isFinite(k.points[0].baseRssMB)) continue;
    const perMB = (last.peakRssMB - k.points[0].baseRssMB) / (last.bytes / 1e6);
    add(`memory-${kind}`, `memory ≤ 20× input: ${k.label}`, `${num(perMB, 0)}× (${num(last.peakRssMB - k.points[0].baseRssMB, 0)} MB over the ${num(k.points[0].baseRssMB, 0)} MB before checking, for ${num(last.bytes / 1e6, 0)} MB)`, perMB <= 20, perMB > 20 ? `over by ${num(perMB / 20, 1)}×` : undefined);
  }
  for (const [kind, k] of Object.entries(kinds)) {
    const pts = k.points ?? [];
    const first = pts[0];
    const last = pts.at(-1);
    const complete = pts.length === results.worst.sizes.length;
    const growth = first && last ? last.cpuMsPerMB / first.cpuMsPerMB : NaN;
    const linear = complete && growth <= 1.5;
    add(`linear-${kind}`, `linear: ${k.label}`, complete ? `${num(growth, 2)}× time/MB from ${results.worst.sizes[0]} to ${results.worst.sizes.at(-1)} MB` : `stopped after ${pts.length}/${results.worst.sizes.length} sizes${k.timedOut ? ` (time-out ${k.timeoutS} s)` : ''}`, linear, linear ? undefined : complete ? `time per MB grows ${num(growth, 1)}×` : `last size done: ${last ? `${last.size} MB in ${ms(last.ms)}` : 'none'}`);
  }
}

// ---- profiles of misses ------------------------------------------------------------------------
function profileMisses() {
  const missed = new Set(results.targets.filter((t) => !t.met).map((t) => t.id));
  const engineBench = join(BENCH, 'engine-bench.mjs');
  const corpusDir = corpus(QUICK ? 'small' : 'large', QUICK ? 100 : 2000, QUICK ? 101 : 202).dir;
  if (missed.has('cpu-ratio') && haveCli()) profile('cli-large-corpus', [CLI, 'check', corpusDir, '--format', 'sarif', '--kb', BUNDLED_KB, '--no-bundled-kb', '--no-config', '--jobs', '1', '-o', join(OUT, 'prof-cli.sarif')]);
  if (missed.has('edit-p99')) profile('edits-10k', [engineBench, 'edits', '--words', '10000', '--edits', '200']);
  if (missed.has('kb-check') || missed.has('kb-memory')) {
    const set = factBaseSet(100000);
    profile('check-100k-people', [engineBench, 'check-corpus', '--corpus', corpus('small', 100, 101).dir, '--kb', BUNDLED_KB, ...set.files.flatMap((f) => ['--kb', f])]);
  }
  if (missed.has('kb-load')) {
    const set = factBaseSet(100000);
    profile('load-100k-people', [engineBench, 'load', '--kb', BUNDLED_KB, ...set.files.flatMap((f) => ['--kb', f])]);
  }
  if (missed.has('cli-startup') && haveCli()) profile('cli-one-file', [CLI, 'check', join(corpusDir, 'draft_0004.md'), '--no-config']);
  for (const id of missed) {
    if (!id.startsWith('linear-')) continue;
    const kind = id.slice(7);
    const pts = results.worst.kinds[kind]?.points ?? [];
    const size = pts.length >= 2 ? pts[1].size : Math.min(results.worst.sizes[0], 0.25);
    profile(`worst-${kind}`, [engineBench, 'worst', '--kind', kind, '--sizes', String(size)], { timeout: 300 });
  }
}

// ---- output ------------------------------------------------------------------------------------
function tables() {
  const out = [];
  const tp = results.throughput;
  for (const key of ['small', 'large']) {
    const c = tp[key];
    if (!c) continue;
    const rows = Object.values(c.rows).map((r) =>
      r.missing
        ? [r.label, '–', '–', '–', '–', '–', '–']
        : [r.label, num(r.cpu, 2), num(r.wall, 2), num(r.mbps, 2), num(r.rssMB, 0), `${r.found ?? '–'}/${r.planted ?? '–'}`, String(r.falsePositives ?? '–')],
    );
    out.push({
      title: `1. Throughput, ${key} corpus: ${c.drafts.toLocaleString('en-US')} Arabic drafts, ${num(c.bytes / 1e6, 1)} MB, ${c.planted} planted errors`,
      headers: ['tool', 'CPU s', 'wall s', 'MB/s (wall)', 'peak RSS MB', 'found', 'false findings'],
      rows,
    });
  }
  if (results.latency.rows) {
    out.push({
      title: '2. Editing latency: didChange → publishDiagnostics over stdio, debounce 0; engine = the same edits checked in-process',
      headers: ['draft', 'chars', 'edits', 'LSP p50', 'LSP p95', 'LSP p99', 'LSP max', 'engine p50', 'engine p95', 'engine p99', 'server RSS MB'],
      rows: results.latency.rows.map((r) => [
        `${r.words.toLocaleString('en-US')} words`,
        r.lsp.chars?.toLocaleString('en-US') ?? '–',
        `${r.lsp.editsDone ?? '–'}${r.lsp.stoppedEarly ? ` of ${r.edits} (time budget)` : ''}${r.engineEdits !== r.edits ? ` (engine ${r.engineEdits})` : ''}`,
        ms(r.lsp.p50),
        ms(r.lsp.p95),
        ms(r.lsp.p99),
        ms(r.lsp.max),
        ms(r.engine.p50),
        ms(r.engine.p95),
        ms(r.engine.p99),
        num(r.lsp.memEnd?.rssMB, 0),
      ]),
    });
  }
  if (results.scaling.rows) {
    const base = results.scaling.rows.find((r) => r.people === 0);
    out.push({
      title: `3. Fact-base scaling (bundled fact base + N generated people; check = ${results.scaling.corpus.drafts.toLocaleString('en-US')} drafts in-process, excluding load)`,
      headers: ['people', 'files', 'load (wall)', 'index (wall)', 'load CPU', 'heap MB', 'check CPU', '× bundled', 'CLI CPU s', 'CLI wall s', 'CLI RSS MB', 'found', 'false', 'server RSS MB'],
      rows: results.scaling.rows.map((r) => [
        r.people === 0 ? 'bundled only' : `+${r.people.toLocaleString('en-US')}`,
        String(r.files + 1),
        ms(r.loadMs),
        ms(r.indexMs),
        ms(r.loadCpuMs),
        num(r.heapMB, 0),
        r.complete === false ? `${ms(r.cpuMsPerMB)}/MB (${r.checked} drafts)` : ms(r.checkCpuMs),
        base ? `${num(r.cpuMsPerMB / base.cpuMsPerMB, 2)}×` : '–',
        r.cliSkipped ?? num(r.cli?.cpu, 2),
        num(r.cli?.wall, 2),
        num(r.cli?.rssMB, 0),
        r.cli ? `${r.cli.found}/${r.cli.planted}` : '–',
        String(r.cli?.falsePositives ?? '–'),
        num(r.server?.memEnd?.peakMB ?? r.server?.memAfterOpen?.peakMB, 0),
      ]),
    });
  }
  const s = results.startup;
  if (s.nodeBaselineWall !== undefined) {
    out.push({
      title: '4. Start-up (medians)',
      headers: ['what', 'time'],
      rows: [
        ['node -e 0 (baseline)', ms(s.nodeBaselineWall * 1000)],
        ['isnad check one draft (wall)', ms(s.cliWall * 1000)],
        ['isnad check one draft (CPU)', ms(s.cliCpu * 1000)],
        ['server spawn → initialize answered', ms(s.serverSpawnToInit)],
        ['server initialize → first diagnostics (1k words)', ms(s.serverInitToDiag)],
        ['server spawn → first diagnostics', ms(s.serverSpawnToDiag)],
      ],
    });
    out.push({
      title: '4b. Bundle sizes',
      headers: ['file', 'dist/ (npm run build)', 'minified', 'minified + gzip'],
      rows: (s.bundles ?? []).map((b) => [b.file, bytes(b.bytes), bytes(b.minBytes), bytes(b.minGzip)]),
    });
  }
  if (results.worst.kinds) {
    const sizes = results.worst.sizes;
    out.push({
      title: '5. Worst cases: engine CPU time per MB (in-process check of one draft; no size limit applies, so the whole input is checked)',
      headers: ['input', ...sizes.map((x) => `${x} MB`), 'growth'],
      rows: Object.values(results.worst.kinds).map((k) => {
        const cells = sizes.map((size) => {
          const p = (k.points ?? []).find((q) => q.size === size);
          return p ? `${ms(p.cpuMsPerMB)}/MB` : k.timedOut ? `> ${k.timeoutS} s` : '–';
        });
        const pts = k.points ?? [];
        const growth = pts.length === sizes.length ? `${num(pts.at(-1).cpuMsPerMB / pts[0].cpuMsPerMB, 2)}×` : '–';
        return [k.label, ...cells, growth];
      }),
    });
    if (results.worst.cli?.length) {
      out.push({
        title: '5b. Worst cases through the CLI (--max-file-size 64mb, so the whole file is checked)',
        headers: ['draft', 'size', 'wall s', 'CPU s', 'peak RSS MB', 'findings', 'exit'],
        rows: results.worst.cli.map((w) => [w.name, bytes(w.bytes), w.timedOut ? 'timed out' : num(w.wall, 2), num(w.cpu, 2), num(w.rssMB, 0), String(w.findings ?? '–'), String(w.exit)]),
      });
    }
  }
  if (results.targets.length) {
    out.push({
      title: 'Targets',
      headers: ['target', 'measured', 'met'],
      rows: results.targets.map((t) => [t.target, t.measured, t.met ? 'yes' : `NO — ${t.bound ?? ''}`]),
    });
  }
  return out;
}

function profileMarkdown() {
  const lines = [];
  for (const [name, p] of Object.entries(results.profiles)) {
    lines.push(`#### Profile: ${name}`, '');
    if (p.error) {
      lines.push(p.error, '');
      continue;
    }
    lines.push(`${p.inProcess ? 'V8 sampling profiler over the measured phase only' : '`node --cpu-prof`, whole process'}: ${ms(p.totalMs)} sampled (${p.file}; ${p.what}). Self time, top functions:`, '');
    lines.push(mdTable(['function', 'file', 'self ms', '%'], p.self.map((e) => [`\`${e.name}\``, e.file, String(e.ms), `${e.pct}%`])), '');
    lines.push('Inclusive time in project code:', '');
    lines.push(mdTable(['function', 'file', 'total ms', '%'], p.inclusive.slice(0, 10).map((e) => [`\`${e.name}\``, e.file, String(e.ms), `${e.pct}%`])), '');
  }
  return lines.join('\n');
}

function writeDoc(tbls, elapsedS = (performance.now() - started) / 1000) {
  const m = results.machine;
  const h = results.headline;
  const large = results.throughput.large;
  const notesPath = join(BENCH, 'notes.md');
  const notes = existsSync(notesPath) ? readFileSync(notesPath, 'utf8').trim() : '';
  const misses = results.targets.filter((t) => !t.met);
  const doc = [
    '# Benchmarks',
    '',
    `<!-- Generated by \`npm run bench\`${QUICK ? ' -- --quick' : ''} (bench/run.mjs). Do not edit by hand: edit bench/notes.md or the harness. -->`,
    '',
    `Measured ${m.date} on ${m.cpu}, ${m.cores} cores, ${num(m.memGiB, 1)} GiB RAM, ${m.os}; Node ${m.node}; commit ${m.commit}. ` +
      (QUICK ? 'Quick mode: one run each and smaller sizes, so these figures are indicative only.' : `Medians of ${RUNS} runs (throughput), each comparison run side by side in the same session with the order rotated between runs.`),
    '',
    results.buildWarning ? `**Warning:** ${results.buildWarning}.\n` : '',
    h && large
      ? `**Headline:** on the large corpus (${large.drafts.toLocaleString('en-US')} Arabic drafts, ${num(large.bytes / 1e6, 1)} MB), \`isnad check\` uses **${num(h.cpuRatio, 1)}× less CPU** than textlint+prh (${num(large.rows.isnad.cpu, 2)} s vs ${num(large.rows.textlint.cpu, 2)} s user+sys; ${num(h.cpuRatio1, 1)}× with one thread) and finishes ${num(h.wallRatio, 1)}× sooner, finding ${large.rows.isnad.found}/${large.planted} planted errors with ${large.rows.isnad.falsePositives} false findings from the fact base alone — textlint+prh finds ${large.rows.textlint.found}/${large.planted} only because its dictionary lists every wrong form.`
      : '',
    '',
    'CPU is user+sys of the measured process and all its threads (worker threads included), from `wait4(2)` (bench/lib/rusage.py); peak RSS is its `ru_maxrss`. MB/s is corpus bytes over wall time. Planted errors and false findings are scored by `bench/peer/score.py` (a copy of `../shared/bench/score.py`).',
    '',
    ...tbls.flatMap((t) => [`## ${t.title}`, '', mdTable(t.headers, t.rows), '']),
    results.throughput.shards ? `\`--shard 1/2\` and \`--shard 2/2\` checked ${results.throughput.shards.counts.join(' + ')} of ${results.throughput.shards.total} drafts.\n` : '',
    results.latency.defaultDebounce?.p50 !== undefined
      ? `With the default debounce (${results.latency.defaultDebounceMs ?? '?'} ms) the 10k-word draft's diagnostics arrive after p50 ${ms(results.latency.defaultDebounce.p50)} / p99 ${ms(results.latency.defaultDebounce.p99)}: the debounce plus the compute above.\n`
      : '',
    misses.length ? '## Misses and what bounds them' : '## Misses',
    '',
    misses.length ? misses.map((t) => `- **${t.target}**: measured ${t.measured}. ${t.bound ?? ''}`).join('\n') : 'None: every target is met.',
    '',
    notes,
    '',
    Object.keys(results.profiles).length ? '### Profiles\n\n' + profileMarkdown() : '',
    '## How to reproduce',
    '',
    '```sh',
    'npm ci',
    `npm run bench            # full run (this one took ${num(elapsedS / 60, 0)} min); writes this file`,
    'npm run bench -- --quick # one run each, smaller sizes (roughly 15 minutes on a quiet 2-core machine)',
    'npm run bench -- --only throughput,startup',
    '```',
    '',
    'The peer tools (textlint 15.8.0, textlint-rule-prh 6.1.0) live in `bench/package.json` and are installed into `bench/node_modules` by the script when missing; they are not dependencies of isnad. Raw figures: `bench/out/results.json`.',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'docs', 'benchmarks.md'), doc.replace(/\n{3,}/g, '\n\n'));
}

// ---- main --------------------------------------------------------------------------------------
const started = performance.now();
if (flag('doc-only')) {
  // Re-renders docs/benchmarks.md from bench/out/results.json (e.g. after editing bench/notes.md).
  Object.assign(results, JSON.parse(readFileSync(join(OUT, 'results.json'), 'utf8')));
  if (results.quick !== QUICK) throw new Error(`results.json is from a ${results.quick ? '--quick' : 'full'} run; pass the same mode`);
  writeDoc(tables(), results.elapsedS);
  console.log('rewrote docs/benchmarks.md from bench/out/results.json');
  process.exit(0);
}
mkdirSync(OUT, { recursive: true });
results.machine = machine();
ensurePeerTools();
await build();
const steps = { throughput, latency, scaling, startup, worst };
for (const name of SECTIONS) {
  if (!steps[name]) throw new Error(`unknown section ${name}`);
  try {
    steps[name]();
  } catch (error) {
    results[name].error = String(error?.stack ?? error);
    log(`${name} failed: ${error?.message ?? error}`);
  }
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 1));
}
evaluateTargets();
if (!flag('no-profile')) profileMisses();
results.elapsedS = (performance.now() - started) / 1000;
writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 1));
const tbls = tables();
for (const t of tbls) console.log(`\n${t.title}\n${textTable(t.headers, t.rows)}`);
if (results.headline) console.log(`\nHeadline: ${num(results.headline.cpuRatio, 1)}× less CPU than textlint+prh on the large corpus.`);
if (!flag('no-write') && SECTIONS.length === 5) {
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  writeDoc(tbls, results.elapsedS);
  console.log('\nwrote docs/benchmarks.md');
} else if (!flag('no-write')) console.log('\n(docs/benchmarks.md is written by full-section runs only)');
console.log(`bench finished in ${num(results.elapsedS, 0)} s`);
