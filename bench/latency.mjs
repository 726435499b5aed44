// Editing latency and start-up of the language server over stdio, in a process of its own.
//
//   node bench/latency.mjs --server dist/server.js --words 10000 --edits 500 [--debounce 0]
//                          [--kb a.json ...] [--no-bundled] [--gap 0]
//
// Opens a generated draft, then replays the edit script of bench/gen/edits.mjs one change at a
// time: each didChange is sent once the diagnostics of the previous version have arrived, and its
// latency is the time until the publishDiagnostics of its own version. Prints one JSON line.
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { startServer } from './lib/lsp.mjs';
import { summary } from './lib/stats.mjs';
import { draftOfWords } from './gen/drafts.mjs';
import { editScript } from './gen/edits.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const all = (name) => argv.flatMap((a, i) => (a === `--${name}` ? [argv[i + 1]] : []));
const root = join(import.meta.dirname, '..');
const words = Number(opt('words', 1000));
const count = Number(opt('edits', 0));
const debounce = opt('debounce');
const gap = Number(opt('gap', 0));
const timeoutMs = Number(opt('timeout', 120000));

const settings = { factBases: all('kb').map((p) => resolve(p)), useBundledFactBase: !argv.includes('--no-bundled') };
if (debounce !== undefined) settings.debounceMs = Number(debounce);

const server = await startServer({ serverJs: resolve(opt('server', join(root, 'dist', 'server.js'))), settings, rootPath: join(root, 'bench', 'out') });
const out = { words, edits: count, debounceMs: debounce === undefined ? 'default' : Number(debounce), spawnToInitializedMs: server.spawnToInitializedMs };
try {
  const uri = pathToFileURL(join(root, 'bench', 'out', `draft-${words}.md`)).href;
  const text = draftOfWords(words);
  out.chars = text.length;
  const memBefore = server.memory();
  const opened = await server.open(uri, text, 'markdown', timeoutMs);
  out.openMs = opened.ms;
  out.initializeToFirstDiagnosticsMs = opened.at - server.tInitSent;
  out.spawnToFirstDiagnosticsMs = opened.at - server.tSpawn;
  out.firstDiagnostics = opened.diagnostics.length;
  out.memAfterOpen = server.memory();
  out.memBeforeOpen = memBefore;
  const { edits } = editScript(text, count);
  const times = [];
  let last = opened.diagnostics.length;
  // --budget S: stop editing after S seconds (the percentiles are then over the edits done).
  const budget = Number(opt('budget', Infinity)) * 1000;
  const started = performance.now();
  for (const edit of edits) {
    if (performance.now() - started > budget) {
      out.stoppedEarly = true;
      break;
    }
    const r = await server.edit(uri, edit.start, edit.end, edit.text, timeoutMs);
    times.push(r.ms);
    last = r.diagnostics.length;
    if (gap > 0) await new Promise((done) => setTimeout(done, gap));
  }
  if (count > 0) Object.assign(out, summary(times), { editsDone: times.length, lastDiagnostics: last });
  out.memEnd = server.memory();
} catch (error) {
  out.error = String(error?.message ?? error).slice(0, 2000);
} finally {
  await server.stop();
}
process.stdout.write(JSON.stringify(out) + '\n');
