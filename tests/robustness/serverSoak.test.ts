/**
 * Language-server soak (issue 6): a long session of random edits (1,000 by default, 10,000 with
 * ISNAD_FULL=1) with fact-base reloads (good, changed and broken versions) and settings changes in
 * between, hover and code-action requests (some cancelled at once), and malformed messages.
 *
 * - After every batch of edits, the diagnostics equal a fresh engine check of the text the test
 *   itself computed from the edits (an independent reading of LSP positions), with the fact bases
 *   and settings in force: same rules, ranges, severities, messages and fixes.
 * - Every request is answered (or refused with an error), none is left hanging.
 * - The server's memory stays flat: it runs with its heap capped (192 MB), so memory that grew with
 *   the session would end it; and its resident size at the end is compared, loosely, with the size
 *   after the first tenth of the session.
 * - The server exits when its client's process ends (the `processId` of `initialize`), and when
 *   the client is killed and the pipes close.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancellationTokenSource, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-languageserver-protocol/node';
import { createChecker, lineIndex, parseFactBase, rules, type FactBaseData } from '../../engine/src/index';
import { checkOptions, parseSettings } from '../../server/src/settings';
import { Harness, fileUri, fixturesDir as serverFixtures } from '../server/harness';
import { draftGlobs, storiesByPath } from '../../host/src/stories';
import { FULL, HOSTILE, SEED, articleSentences, fixtureDrafts, knownMistakes, knownNames, bundled, repoRoot, serverPath, size, stopOrKill, tempDir } from './helpers';

/** A small seeded random generator (mulberry32), so that a failing session can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}

const hostileChars = Object.values(HOSTILE).flat();

/** Server diagnostics and engine findings, reduced to what must agree. */
interface Seen {
  rule: string;
  start: number;
  end: number;
  severity: number;
  message: string;
  fix?: string;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The old-space limit the soaked server runs with, in megabytes. */
const HEAP_LIMIT_MB = 192;

/** The resident memory of a process, in megabytes (Linux), or undefined. */
function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs one soak session; returns a summary for the test's diagnostics. */
async function soak(mode: 'push' | 'pull', edits: number, seed: number): Promise<{ syncs: number; requests: number; rss: [number | undefined, number | undefined]; findingsSeen: number; samples: string[] }> {
  const rng = random(seed);
  const dir = tempDir('isnad-soak-');
  const factBase = join(dir, 'mini.factbase.json');
  copyFileSync(join(serverFixtures, 'mini.factbase.json'), factBase);
  copyFileSync(join(serverFixtures, 'mini-article.ar.txt'), join(dir, 'mini-article.ar.txt'));
  const article = readFileSync(join(dir, 'mini-article.ar.txt'), 'utf8');
  const goodV1 = readFileSync(factBase, 'utf8');
  const goodV2 = goodV1.replace('"Thabet al-Abbasi"', '"Thabet al-Abbasi", "Thabit al-Abbasi"').replace('Mini fact base (server tests)', 'Mini fact base, second version');
  const broken = goodV1.replace('"title"', '"title" :: ,');
  const versions = [goodV1, goodV2, broken];
  const parsedVersion = new Map<string, FactBaseData>();
  for (const text of [goodV1, goodV2]) {
    const parsed = parseFactBase(text, factBase, article);
    assert.ok(parsed.factBase, JSON.stringify(parsed.problems));
    parsedVersion.set(text, parsed.factBase);
  }
  let lastGood = goodV1;

  const settingsVariants: Record<string, unknown>[] = [
    { factBases: [factBase], useBundledFactBase: true, debounceMs: 0 },
    { factBases: [factBase], useBundledFactBase: true, debounceMs: 0, rules: { 'name-spelling': 'warning' }, messageLanguage: 'en' },
    { factBases: [factBase], useBundledFactBase: true, debounceMs: 0, rules: { 'name-spelling': 'off', 'post-holder': 'hint' }, messageLanguage: 'ar' },
    { factBases: [factBase], useBundledFactBase: false, debounceMs: 0, noteLevel: 'hint' },
    { factBases: [factBase, join(dir, 'missing.factbase.json')], useBundledFactBase: true, debounceMs: 1 },
  ];
  let settings = settingsVariants[0]!;

  // The server's heap is capped: memory that grew with the session would end it (out of memory)
  // long before the edits run out, and the comparisons would fail.
  const nodeOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --max-old-space-size=${HEAP_LIMIT_MB}`.trim();
  let harness: Harness;
  try {
    harness = await Harness.start({ diagnostics: mode, folders: [dir], settings });
  } finally {
    if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = nodeOptions;
  }
  const uri = fileUri(join(dir, 'draft.md'));
  let text = [rng.pick(articleSentences), rng.pick(fixtureDrafts), rng.pick(knownMistakes), rng.pick(fixtureDrafts)].join('\n\n') + '\n';
  await harness.open(uri, text);

  const { factBase: bundledFactBase } = bundled();
  const expectedNow = (): Seen[] => {
    const parsed = parseSettings(settings);
    const factBases = [...(parsed.useBundledFactBase ? [bundledFactBase] : []), parsedVersion.get(lastGood)!];
    // The mini fact base ties the drafts beside it (scope.drafts), as the server finds from the path.
    const stories = storiesByPath(draftGlobs([{ path: factBase, factBase: parsedVersion.get(lastGood)! }]), join(dir, 'draft.md'));
    const options = { ...checkOptions(parsed, 'markdown', rules), ...(stories ? { stories } : {}) };
    return createChecker(factBases)
      .check(text, options)
      .findings.map((f) => ({ rule: f.ruleId, start: f.range.start, end: f.range.end, severity: SEVERITY[f.severity]!, message: f.message, fix: f.fixes[0]?.edits.map((e) => e.text).join('|') }));
  };
  const sort = (list: Seen[]) => [...list].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
  const seenNow = async (): Promise<Seen[]> => {
    let diagnostics;
    if (mode === 'push') diagnostics = await harness.pushed(uri);
    else {
      const report = (await harness.pull(uri)) as { kind: string; items?: unknown[] };
      assert.equal(report.kind, 'full');
      diagnostics = report.items as Awaited<ReturnType<Harness['pushed']>>;
    }
    const index = lineIndex(text);
    return diagnostics.map((d) => ({
      rule: String(d.code),
      start: index.offset(d.range.start.line, d.range.start.character),
      end: index.offset(d.range.end.line, d.range.end.character),
      severity: d.severity!,
      message: d.message as string,
      fix: (d.data as { fixes?: { edits: { newText: string }[] }[] } | undefined)?.fixes?.[0]?.edits.map((e) => e.newText).join('|'),
    }));
  };

  const pending: Promise<unknown>[] = [];
  const request = (promise: Promise<unknown>) => pending.push(promise.then(() => 'answered', () => 'refused'));
  let syncs = 0;
  let findingsSeen = 0;
  let warmRss: number | undefined;
  const samples: string[] = [];

  /** A random edit range, never between the \r and \n of a CRLF (where LSP positions are ambiguous). */
  const randomRange = () => {
    const clean = (offset: number) => (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset + 1 : offset);
    const start = clean(rng.int(text.length + 1));
    const removeMax = text.length > 30_000 ? 400 : 40;
    const end = clean(Math.min(text.length, start + rng.int(removeMax)));
    return { start, end };
  };
  const insertion = () => {
    const roll = rng.next();
    if (roll < 0.35) return rng.pick(hostileChars);
    if (roll < 0.55) return rng.pick(knownNames);
    if (roll < 0.7) return rng.pick(knownMistakes);
    if (roll < 0.85) return rng.pick(articleSentences) + rng.pick(['\n', '\r\n', '\n\n', ' ']);
    if (roll < 0.95) return '';
    return rng.pick(fixtureDrafts);
  };

  for (let i = 1; i <= edits; i++) {
    // One didChange with one to three edits, each against the text as the previous left it.
    const changes: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[] = [];
    for (let k = 0, n = 1 + rng.int(3); k < n; k++) {
      const index = lineIndex(text);
      const { start, end } = randomRange();
      const inserted = insertion();
      const startPosition = index.position(start);
      const endPosition = index.position(end);
      changes.push({ range: { start: { line: startPosition.line, character: startPosition.character }, end: { line: endPosition.line, character: endPosition.character } }, text: inserted });
      text = text.slice(0, start) + inserted + text.slice(end);
    }
    await harness.change(uri, changes);

    // Now and then: requests (some cancelled at once), malformed messages, reloads, settings.
    if (rng.next() < 0.08) {
      const index = lineIndex(text);
      const position = index.position(rng.int(text.length + 10));
      const source = new CancellationTokenSource();
      request(harness.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }, source.token));
      if (rng.next() < 0.5) source.cancel();
      request(harness.codeActions(uri, { start: position, end: position }, []).then((actions) => actions));
    }
    if (rng.next() < 0.01) {
      harness.process.stdin.write('Content-Length: 11\r\n\r\n{"not json"');
      request(harness.connection.sendRequest('textDocument/hover', { textDocument: { uri: 42 }, position: { line: -1, character: 'x' } }));
      request(harness.connection.sendRequest('isnad/noSuchRequest', [1, 2, 3]));
      await harness.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///not-open.md', version: 3 }, contentChanges: [{ text: 'x' }] });
    }
    if (i % 97 === 0) {
      const next = versions[(i / 97) % versions.length]!;
      writeFileSync(factBase, next);
      if (next !== broken) lastGood = next;
      await harness.filesChanged([{ uri: fileUri(factBase), type: 2 }]);
    }
    if (i % 131 === 0) {
      settings = settingsVariants[(i / 131) % settingsVariants.length]!;
      await harness.changeConfiguration(settings);
    }
    // Compare with a fresh engine check every 20 edits, and right after a reload or a setting.
    if (i % 20 === 0 || i % 97 === 0 || i % 131 === 0 || i === edits) {
      // An edit after a reload or a settings change makes sure the diagnostics awaited are new ones.
      if (i % 97 === 0 || i % 131 === 0) {
        await harness.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }]);
        text = ' ' + text;
      }
      const seen = sort(await seenNow());
      const expected = sort(expectedNow());
      assert.deepEqual(seen, expected, `after ${i} edits (seed ${seed}, ${mode}); text ${JSON.stringify(text.slice(0, 300))}…`);
      syncs++;
      findingsSeen += seen.length;
      if (warmRss === undefined && i >= edits / 10) warmRss = rssMb(harness.process.pid!);
      if (syncs % Math.max(1, Math.floor(edits / 100)) === 0) samples.push(`${i}:${rssMb(harness.process.pid!)?.toFixed(0)}`);
    }
  }
  // No request is left unanswered.
  const outcomes = await Promise.race([Promise.all(pending), new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000))]);
  assert.notEqual(outcomes, 'timeout', `${pending.length} requests: some were never answered`);
  const endRss = rssMb(harness.process.pid!);
  assert.equal(harness.process.exitCode, null, 'the server is still running');
  assert.notEqual(await stopOrKill(harness), 'killed', 'the server exits when asked');
  return { syncs, requests: pending.length, rss: [warmRss, endRss], findingsSeen, samples };
}

void describe('language server soak', () => {
  void test(`${size(1_000, 10_000).toLocaleString('en')} random edits (push diagnostics) with reloads, settings changes, requests and malformed messages`, async (t) => {
    const result = await soak('push', size(1_000, 10_000), SEED);
    t.diagnostic(`${result.syncs} comparisons, ${result.findingsSeen} findings compared, ${result.requests} requests, RSS ${result.rss.map((mb) => mb?.toFixed(0)).join(' → ')} MB (heap capped at ${HEAP_LIMIT_MB} MB)`);
    t.diagnostic(`RSS by edit (MB): ${result.samples.join(' ')}`);
    assert.ok(result.findingsSeen > result.syncs, 'the session had findings to compare');
    const [warm, end] = result.rss;
    if (warm !== undefined && end !== undefined) assert.ok(end < Math.max(warm * 2, warm + 200), `memory grew from ${warm.toFixed(0)} MB to ${end.toFixed(0)} MB`);
  });

  void test(`${size(200, 3_000).toLocaleString('en')} random edits (pulled diagnostics)`, async (t) => {
    const result = await soak('pull', size(200, 3_000), SEED + 1);
    t.diagnostic(`${result.syncs} comparisons, ${result.findingsSeen} findings compared, ${result.requests} requests`);
    assert.ok(result.findingsSeen > 0);
  });
});

/** Whether a process has ended (gone, or a zombie nobody has reaped yet). */
function ended(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /State:\s+Z/.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

void describe('the server and its client', () => {
  const started: number[] = [];
  after(() => {
    for (const pid of started) if (!ended(pid)) process.kill(pid, 'SIGKILL');
  });

  void test('exits when the client process named in initialize ends, though its pipes stay open', async () => {
    const client = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    started.push(client.pid!);
    const server = spawn(process.execPath, [serverPath, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
    started.push(server.pid!);
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: client.pid, rootUri: null, capabilities: {} });
      await connection.sendNotification('initialized', {});
      client.kill('SIGKILL');
      // vscode-languageserver looks every 3 s.
      assert.ok(await waitUntil(() => server.exitCode !== null || ended(server.pid!), 15_000), 'the server exited');
    } finally {
      connection.dispose();
    }
  });

  void test('exits when its client is killed and the pipes close', async () => {
    // A client that starts the server, prints its pid, and is then killed without a word.
    const client = spawn(
      process.execPath,
      [
        '-e',
        `const { spawn } = require('node:child_process');
         const server = spawn(process.execPath, [${JSON.stringify(serverPath)}, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
         const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
         server.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
         server.stdout.once('data', () => process.stdout.write(String(server.pid) + '\\n'));
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    started.push(client.pid!);
    const pid = await new Promise<number>((resolve, reject) => {
      client.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
      client.once('exit', () => reject(new Error('the client ended before the server answered')));
    });
    started.push(pid);
    assert.ok(!ended(pid), 'the server runs');
    client.kill('SIGKILL');
    assert.ok(await waitUntil(() => ended(pid), 10_000), 'the server exited with its client');
  });
});


