// Bundles the CLI, the language server and the VS Code client with esbuild, and writes the
// fact-base JSON Schema generated from the zod schema. Type-checking is separate: `npm run check-types`.
//
//   node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zodEnglishOnly } from './scripts/esbuild-zod.mjs';
import { packedLexicons } from './scripts/esbuild-lexicon.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // Write Arabic letters as UTF-8, not as six-byte \uXXXX escapes: a quarter of the CLI and the
  // worker is Arabic text (lexicons, messages), and Node and VS Code read bundles as UTF-8.
  charset: 'utf8',
  // Prefer ES modules: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
  mainFields: ['module', 'main'],
  plugins: [zodEnglishOnly, packedLexicons],
};

const entries = [
  { in: 'cli/src/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'cli/src/worker.ts', out: 'dist/worker.js' },
  { in: 'server/src/main.ts', out: 'dist/server.js' },
  { in: 'client/src/extension.ts', out: 'dist/client.js', external: ['vscode'] },
].filter((entry) => existsSync(join(root, entry.in)));

const contexts = await Promise.all(
  entries.map((entry) =>
    esbuild.context({
      ...common,
      entryPoints: [join(root, entry.in)],
      outfile: join(root, entry.out),
      external: entry.external ?? [],
      banner: entry.banner ? { js: entry.banner } : undefined,
    }),
  ),
);

// The JSON Schema of fact bases, generated from the zod schema so the two cannot drift.
async function writeSchema() {
  const out = join(root, 'dist', 'schema.cjs');
  await esbuild.build({ ...common, sourcemap: false, minify: false, entryPoints: [join(root, 'engine/src/factBase/jsonSchema.ts')], outfile: out });
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  delete require.cache[out];
  const { factBaseJsonSchema } = require(out);
  const target = join(root, 'knowledge', 'factbase.schema.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify(factBaseJsonSchema(), null, 2) + '\n');
}

if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] build started');
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  await writeSchema();
}
