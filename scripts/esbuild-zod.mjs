// An esbuild plugin that bundles zod with its English messages only. zod exports every locale it
// has (`z.locales`, about 260 KB of the 450 KB zod adds to a bundle) through one index module;
// isnad never switches zod's locale (its own messages are written in code), so the index is
// replaced by one that exports `en` alone. Used by esbuild.mjs and bench/lib/build.mjs.
import { dirname, join } from 'node:path';

/** @type {import('esbuild').Plugin} */
export const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
      return { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english-only' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};
