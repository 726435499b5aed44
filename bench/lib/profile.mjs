// Summarises a V8 .cpuprofile (node --cpu-prof): self and inclusive time per function, with the
// source file of bundled code recovered from esbuild's `// path/to/file.ts` module comments.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const moduleMaps = new Map();

/** For a bundle, the sorted list of [line, source] where each bundled module starts. */
function moduleMap(url) {
  if (moduleMaps.has(url)) return moduleMaps.get(url);
  let map = [];
  try {
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (path && existsSync(path)) {
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = /^\/\/ ((?:[\w@.-]+\/)*[\w@.-]+\.(?:ts|js|mjs|cjs|json))$/.exec(line);
        if (m) map.push([i, m[1]]);
      });
    }
  } catch {
    map = [];
  }
  moduleMaps.set(url, map);
  return map;
}

const sourceMaps = new Map();
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes a source map's mappings into, per generated line, sorted [column, source, line]. */
function sourceMap(url) {
  if (sourceMaps.has(url)) return sourceMaps.get(url);
  let decoded;
  try {
    const path = (url.startsWith('file://') ? fileURLToPath(url) : url) + '.map';
    if (url && existsSync(path)) {
      const map = JSON.parse(readFileSync(path, 'utf8'));
      decoded = { sources: map.sources.map((s) => s.replace(/^(\.\.\/)+/, '')), lines: [] };
      let source = 0;
      let line = 0;
      map.mappings.split(';').forEach((group) => {
        const entries = [];
        let generated = 0;
        for (const segment of group.split(',')) {
          if (!segment) continue;
          const values = [];
          let value = 0;
          let shift = 0;
          for (const c of segment) {
            const digit = B64[c];
            value += (digit & 31) << shift;
            if (digit & 32) shift += 5;
            else {
              values.push(value & 1 ? -(value >>> 1) : value >>> 1);
              value = 0;
              shift = 0;
            }
          }
          generated += values[0];
          if (values.length >= 4) {
            source += values[1];
            line += values[2];
            // values[3], the original column, is not needed: profiles are read by line.
            entries.push([generated, source, line]);
          }
        }
        decoded.lines.push(entries);
      });
    }
  } catch {
    decoded = undefined;
  }
  sourceMaps.set(url, decoded);
  return decoded;
}

/** The original file and 1-based line of a bundled position (0-based line and column), if mapped. */
export function originalPosition(url, line, column) {
  const map = sourceMap(url);
  const entries = map?.lines[line];
  if (!entries?.length) return undefined;
  let best = entries[0];
  for (const e of entries) if (e[0] <= column) best = e;
  return { file: map.sources[best[1]], line: best[2] + 1 };
}

/** The source file a bundled (0-based) line belongs to. */
export function sourceOf(url, line) {
  const map = moduleMap(url);
  let lo = 0;
  let hi = map.length - 1;
  let found;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid][0] <= line) {
      found = map[mid][1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found) return found;
  if (!url) return '(native)';
  return url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'node_modules/');
}

/**
 * Top functions of a profile by self time, and by inclusive time.
 * @returns {{ totalMs, self: {name, file, line, ms, pct}[], inclusive: {...}[] }}
 */
export function summarise(profilePath, top = 12) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
  const total = [...dt.values()].reduce((a, b) => a + b, 0);
  const keyCache = new Map();
  const keyOf = (n) => {
    const cf = n.callFrame;
    const id = `${cf.functionName}\u0000${cf.url}\u0000${cf.lineNumber}\u0000${cf.columnNumber}`;
    let key = keyCache.get(id);
    if (key) return key;
    const original = cf.url ? originalPosition(cf.url, cf.lineNumber, cf.columnNumber) : undefined;
    const file = original?.file ?? sourceOf(cf.url, cf.lineNumber);
    const where = original ? `${original.file}:${original.line}` : file;
    const name = cf.functionName || (cf.url ? `(anonymous ${where.split('/').pop()})` : '(program)');
    key = { key: `${name}\u0000${where}`, name, file, where };
    keyCache.set(id, key);
    return key;
  };
  const self = new Map();
  const incl = new Map();
  for (const [id, ms] of dt) {
    const n = nodes.get(id);
    const k = keyOf(n);
    const s = self.get(k.key) ?? { ...k, ms: 0 };
    s.ms += ms;
    self.set(k.key, s);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = keyOf(nodes.get(cur));
      if (seen.has(kk.key)) continue;
      seen.add(kk.key);
      const e = incl.get(kk.key) ?? { ...kk, ms: 0 };
      e.ms += ms;
      incl.set(kk.key, e);
    }
  }
  const fmt = (list) =>
    list
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map(({ name, file, where, ms }) => ({ name, file: where ?? file, ms: Math.round(ms), pct: Math.round((1000 * ms) / total) / 10 }));
  const isOwn = (e) => /^(engine|host|cli|server)\/src\//.test(e.file) && !/^\(anonymous/.test(e.name);
  return {
    totalMs: Math.round(total),
    self: fmt([...self.values()].filter((e) => !/^\((idle|program|garbage collector|root)\)$/.test(e.name) || true)),
    inclusive: fmt([...incl.values()].filter(isOwn)),
    byFile: fmt(
      [...[...self.values()].reduce((m, e) => m.set(e.file, { name: '', file: e.file, where: e.file, ms: (m.get(e.file)?.ms ?? 0) + e.ms }), new Map()).values()],
    ),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarise(process.argv[2], Number(process.argv[3] ?? 15));
  console.log(`total ${s.totalMs} ms`);
  console.log('self:');
  for (const e of s.self) console.log(`  ${String(e.pct).padStart(5)}%  ${String(e.ms).padStart(7)} ms  ${e.name}  ${e.file}`);
  console.log('inclusive (project code):');
  for (const e of s.inclusive) console.log(`  ${String(e.pct).padStart(5)}%  ${String(e.ms).padStart(7)} ms  ${e.name}  ${e.file}`);
  console.log('self by file:');
  for (const e of s.byFile) console.log(`  ${String(e.pct).padStart(5)}%  ${String(e.ms).padStart(7)} ms  ${e.file}`);
}
