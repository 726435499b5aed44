// Runs a child process and measures it: CPU (user+sys of the child only), wall, peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUSAGE = join(import.meta.dirname, 'rusage.py');

/**
 * Runs `cmd args` with stdout to `stdout` (a path, or '-' to discard) and returns
 * { code, cpu, user, sys, wall, maxrss_mb, timed_out, stderr }.
 */
export function measure(cmd, args, { stdout = '-', timeout = 0, cwd, env } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  const result = join(dir, 'r.json');
  const run = spawnSync('python3', [RUSAGE, result, stdout, String(timeout), '--', cmd, ...args], { cwd, env: env ?? process.env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    if (run.status !== 0) throw new Error(`rusage wrapper failed (${run.status}) for ${cmd} ${args.slice(0, 4).join(' ')}`);
    return JSON.parse(readFileSync(result, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a node script that prints one JSON object as its last stdout line; returns it. */
export function nodeJson(script, args, { timeout = 600_000, nodeArgs = [], cwd } = {}) {
  const run = spawnSync(process.execPath, [...nodeArgs, script, ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024 });
  const lines = (run.stdout ?? '').trim().split('\n').filter(Boolean);
  const parsed = [];
  for (const line of lines) {
    try {
      parsed.push(JSON.parse(line));
    } catch {
      /* not JSON */
    }
  }
  return { status: run.status, signal: run.signal, timedOut: run.error?.code === 'ETIMEDOUT', lines: parsed, last: parsed.at(-1), stderr: (run.stderr ?? '').slice(-4000) };
}
