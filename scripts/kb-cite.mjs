// A thin wrapper kept for the repository's own fact bases: runs `isnad kb cite` (cli/src/cite.ts,
// host/src/cite.ts) from the built CLI, on every knowledge/*.factbase.json when no file is given.
//
//   node scripts/kb-cite.mjs [--check] [--article PATH] [FILE ...]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error(`kb-cite: ${cli} is missing; run "npm run build" first`);
  process.exit(2);
}
const args = process.argv.slice(2);
const hasFile = args.some((arg, i) => !arg.startsWith('-') && args[i - 1] !== '--article');
const files = hasFile || args.includes('--help') || args.includes('-h') ? [] : readdirSync(join(root, 'knowledge')).filter((name) => name.endsWith('.factbase.json')).sort().map((name) => join(root, 'knowledge', name));
const run = spawnSync(process.execPath, [cli, 'kb', 'cite', ...args, ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
