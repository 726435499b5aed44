// In-process measurements of the engine (no CLI, no LSP): one mode per run, in a fresh process,
// printing one JSON object per line. Driven by bench/run.mjs; needs bench/out/engine.cjs.
//
//   node --expose-gc bench/engine-bench.mjs load --kb a.json [--kb b.json]
//   node bench/engine-bench.mjs check-corpus --corpus DIR --kb a.json ...
//   node bench/engine-bench.mjs edits --words 10000 --edits 500 [--kb ...]
//   node bench/engine-bench.mjs worst --kind paragraph --sizes 1,2,4,8 [--runs 3]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { summary, median } from './lib/stats.mjs';
import { draftOfWords, WORST } from './gen/drafts.mjs';
import { editScript } from './gen/edits.mjs';

const require = createRequire(import.meta.url);
const engine = require(join(import.meta.dirname, 'out', 'engine.cjs'));

const argv = process.argv.slice(2);
const mode = argv[0];
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const all = (name) => argv.flatMap((a, i) => (a === `--${name}` ? [argv[i + 1]] : []));
/**
 * With `--profile FILE`, runs `fn` under the V8 sampling profiler and writes the profile, so only
 * the measured phase (not the loading before it) is in it.
 */
let profilerSession;
function profileStart() {
  if (!opt('profile')) return;
  profilerSession = new Session();
  profilerSession.connect();
  profilerSession.post('Profiler.enable');
  profilerSession.post('Profiler.setSamplingInterval', { interval: 500 });
  profilerSession.post('Profiler.start');
}
function profileStop() {
  if (!profilerSession) return;
  profilerSession.post('Profiler.stop', (error, result) => {
    if (!error) writeFileSync(opt('profile'), JSON.stringify(result.profile));
  });
  profilerSession.disconnect();
  profilerSession = undefined;
}
const emit = (o) => process.stdout.write(JSON.stringify(o) + '\n');
const gc = () => globalThis.gc?.();
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const mem = () => {
  const m = process.memoryUsage();
  return { rssMB: m.rss / 2 ** 20, heapMB: m.heapUsed / 2 ** 20, externalMB: (m.external + m.arrayBuffers) / 2 ** 20 };
};

function loadCheckers(paths) {
  const kbPaths = paths.length ? paths : [engine.bundledFactBasePath()];
  const t0 = performance.now();
  const factBases = [];
  const problems = [];
  for (const path of kbPaths) {
    const loaded = engine.loadFactBaseFile(path);
    problems.push(...loaded.problems.slice(0, 3));
    if (loaded.factBase) factBases.push(loaded.factBase);
  }
  const t1 = performance.now();
  const checker = engine.createChecker(factBases);
  const t2 = performance.now();
  return { checker, loadMs: t1 - t0, indexMs: t2 - t1, problems, factBases: factBases.length };
}

if (mode === 'load') {
  gc();
  const before = mem();
  const cpu0 = process.cpuUsage();
  profileStart();
  const { checker, loadMs, indexMs, problems, factBases } = loadCheckers(all('kb'));
  profileStop();
  const loadCpuMs = cpuMs(process.cpuUsage(cpu0));
  gc();
  const after = mem();
  // One small check, so lazily built structures count too.
  const t = performance.now();
  checker.check('قال وزير الدفاع العراقي ثابت العباسي إن الحوار مستمر.');
  const firstCheckMs = performance.now() - t;
  gc();
  const afterCheck = mem();
  emit({ mode, loadMs, indexMs, loadCpuMs, firstCheckMs, factBases, problems, rssMB: afterCheck.rssMB, heapMB: afterCheck.heapMB, deltaHeapMB: afterCheck.heapMB - before.heapMB, deltaRssMB: after.rssMB - before.rssMB });
} else if (mode === 'check-corpus') {
  const dir = opt('corpus');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().slice(0, Number(opt('limit', Infinity)));
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const loaded = loadCheckers(all('kb'));
  const { loadMs, indexMs } = loaded;
  let checker = loaded.checker;
  const runs = Number(opt('runs', 1));
  const times = [];
  const cpuTimes = [];
  let findings = 0;
  let internalErrors = 0;
  // --budget S: stop checking after S seconds of CPU (the figures are then per byte checked).
  const budgetMs = Number(opt('budget', Infinity)) * 1000;
  let checked = 0;
  let checkedBytes = 0;
  profileStart();
  for (let run = 0; run < runs; run++) {
    // A fresh checker each run (not timed): the engine remembers blocks it has checked, and a
    // second pass over the same drafts would measure that cache, not the check.
    if (run > 0) checker = engine.createChecker(checker.factBases);
    findings = 0;
    checked = 0;
    checkedBytes = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const text of texts) {
      const result = checker.check(text);
      findings += result.findings.length;
      internalErrors += result.internalErrors.length;
      checked++;
      checkedBytes += Buffer.byteLength(text);
      if (checked % 10 === 0 && cpuMs(process.cpuUsage(c0)) > budgetMs) break;
    }
    cpuTimes.push(cpuMs(process.cpuUsage(c0)));
    times.push(performance.now() - t0);
    if (checked < texts.length) break;
  }
  profileStop();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const checkCpuMs = median(cpuTimes);
  emit({ mode, files: files.length, bytes, checked, checkedBytes, complete: checked === texts.length, loadMs, indexMs, checkMs: median(times), checkCpuMs, cpuMsPerMB: checkCpuMs / (checkedBytes / 1e6), checkRuns: times, findings, internalErrors, ...mem() });
} else if (mode === 'edits') {
  const words = Number(opt('words', 10000));
  const count = Number(opt('edits', 500));
  const { checker } = loadCheckers(all('kb'));
  let text = draftOfWords(words);
  const { edits } = editScript(text, count);
  for (let i = 0; i < 5; i++) checker.check(text); // warm-up
  const times = [];
  let findings = 0;
  profileStart();
  for (const edit of edits) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const t0 = performance.now();
    const result = checker.check(text);
    times.push(performance.now() - t0);
    findings = result.findings.length;
  }
  profileStop();
  emit({ mode, words, chars: text.length, edits: count, ...summary(times), findings, ...mem() });
} else if (mode === 'worst') {
  const kind = opt('kind');
  const sizes = opt('sizes', '1,2,4,8').split(',').map(Number);
  const runs = Number(opt('runs', 1));
  const count = Number(opt('count', 0));
  const { checker } = loadCheckers(all('kb'));
  // Warm-up on the same kind of input, so the first size is not charged for the JIT.
  checker.check(draftOfWords(2000));
  checker.check(WORST[kind](Math.min(sizes[0], 0.5) * 1e6, 2, count));
  gc();
  // Memory is judged as the peak RSS while checking over the RSS before the first size.
  const baseRssMB = process.memoryUsage().rss / 2 ** 20;
  for (const size of sizes) {
    const text = WORST[kind](size * 1e6, 1, count);
    const bytes = Buffer.byteLength(text);
    const times = [];
    const cpuTimes = [];
    let findings = 0;
    profileStart();
    for (let run = 0; run < runs; run++) {
      const fresh = engine.createChecker(checker.factBases); // no remembered blocks from the last run
      gc();
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const result = fresh.check(text);
      cpuTimes.push(cpuMs(process.cpuUsage(c0)));
      times.push(performance.now() - t0);
      findings = result.findings.length;
    }
    profileStop();
    const ms = median(times);
    const cpu = median(cpuTimes);
    emit({ mode, kind, size, bytes, chars: text.length, ms, cpuMs: cpu, msPerMB: ms / (bytes / 1e6), cpuMsPerMB: cpu / (bytes / 1e6), findings, baseRssMB, peakRssMB: process.resourceUsage().maxRSS / 1024, ...mem() });
  }
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
