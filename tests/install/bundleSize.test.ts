/**
 * Size budgets of the shipped bundles (issue 12): each entry point is bundled here the way
 * `node esbuild.mjs --production` bundles it (minified, zod with its English messages only), and
 * must stay within its budget: the size when the budget was set plus about 10%. A bundle that
 * grows past it fails, so that a new dependency or a lost tree-shaking step is a decision, not an
 * accident; raise the budget in the same commit that explains why.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { zodEnglishOnly } from '../../scripts/esbuild-zod.mjs';
import { packedLexicons } from '../../scripts/esbuild-lexicon.mjs';
import { repoRoot } from '../engine/helpers';

/** Budgets in bytes of the minified bundles (sizes on 2026-12-03 + ~10%). */
const BUDGETS: Record<string, { entry: string; external?: string[]; budget: number }> = {
  // The CLI and the worker grew by 37 kB when the gazetteer grew from 486 to 767 places (Egypt's
  // governorates, Morocco's regions and provinces, the UK's nations and cities, world capitals).
  // Measured on 2026-12-03 between 1e96e2f and 9a3113e, the worker grew by 118 kB in all: the
  // gazetteer 47 kB (keyed objects; a tuple form would save about 25 kB), the transliteration table
  // the checker now reads given names from (draw/lexicon.ts, 17 kB), and the new checks of issue 10
  // (unknown organisations, changed name parts, clock times, splits and measures, place slots,
  // containment and seats, about 50 kB). Budgets: those sizes plus about 10%.
  'cli.js': { entry: 'cli/src/main.ts', budget: 800_000 },
  'worker.js': { entry: 'cli/src/worker.ts', budget: 630_000 },
  // The server grew from 725 kB to 791 kB when it began drawing fact bases (isnad.drawFactBase,
  // issue 9), then to 930 kB with the same checks and data as the worker above.
  'server.js': { entry: 'server/src/main.ts', budget: 1_020_000 },
  'client.js': { entry: 'client/src/extension.ts', external: ['vscode'], budget: 490_000 },
};

void describe('bundle size budgets (minified, as shipped)', () => {
  for (const [name, { entry, external, budget }] of Object.entries(BUDGETS)) {
    void test(`${name} stays within ${Math.round(budget / 1000)} kB`, async () => {
      const result = await build({
        entryPoints: [join(repoRoot, entry)],
        outfile: join(repoRoot, 'dist', name),
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        minify: true,
        write: false,
        external: external ?? [],
        legalComments: 'none',
        logLevel: 'silent',
        mainFields: ['module', 'main'],
        plugins: [zodEnglishOnly, packedLexicons],
      });
      const text = Buffer.from(result.outputFiles[0]!.contents).toString('utf8');
      const size = Buffer.byteLength(text);
      assert.ok(size <= budget, `${name} is ${size} bytes, over its budget of ${budget}`);
      // zod's other locales (French and German stand for the 40-odd of them) stay out.
      assert.doesNotMatch(text, /Entrée invalide|Ungültige Eingabe/, `${name} bundles zod's locales`);
    });
  }
});
