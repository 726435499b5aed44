// Bundles the end-to-end mocha suite (tests/e2e/suite/*.ts, mocha included) into
// tests/e2e/out/suite/index.js, which VS Code's extension host loads as `extensionTestsPath`.
//
//   node tests/e2e/build.mjs
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function build() {
  await esbuild.build({
    entryPoints: [join(here, 'suite', 'index.ts')],
    outfile: join(here, 'out', 'suite', 'index.js'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'error',
    // mocha's optional loaders (ESM files, reporters by name) are never reached: tests are registered in-process.
    logOverride: { 'require-resolve-not-external': 'silent', 'unsupported-dynamic-import': 'silent', 'unsupported-require-call': 'silent' },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await build();
