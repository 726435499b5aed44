// Bundles bench/lib/engine-entry.ts (engine + host loader) for in-process measurements, and the
// shipped entry points minified, to report production bundle sizes next to dist/.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { zodEnglishOnly } from '../../scripts/esbuild-zod.mjs';
import { packedLexicons } from '../../scripts/esbuild-lexicon.mjs';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'bench', 'out');

export async function buildEngine() {
  mkdirSync(out, { recursive: true });
  const outfile = join(out, 'engine.cjs');
  await esbuild.build({
    entryPoints: [join(root, 'bench', 'lib', 'engine-entry.ts')],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    minify: false,
    logLevel: 'error',
    legalComments: 'none',
    mainFields: ['module', 'main'], // jsonc-parser's UMD build does not bundle
    plugins: [zodEnglishOnly, packedLexicons],
  });
  return outfile;
}

/** Builds the shipped entry points with --production settings into bench/out/min/; returns { name: path }. */
export async function buildMinified() {
  const entries = [
    ['cli.js', 'cli/src/main.ts', []],
    ['worker.js', 'cli/src/worker.ts', []],
    ['server.js', 'server/src/main.ts', []],
    ['client.js', 'client/src/extension.ts', ['vscode']],
  ].filter(([, entry]) => existsSync(join(root, entry)));
  const result = {};
  for (const [name, entry, external] of entries) {
    const outfile = join(out, 'min', name);
    try {
      await esbuild.build({ entryPoints: [join(root, entry)], outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', minify: true, sourcemap: false, external, logLevel: 'silent', legalComments: 'none', charset: 'utf8', mainFields: ['module', 'main'], plugins: [zodEnglishOnly, packedLexicons] });
      result[name] = outfile;
    } catch {
      /* an entry point that does not build yet */
    }
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await buildEngine());
