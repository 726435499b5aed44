// Runs every test suite with node:test (TypeScript through tsx). Suites are files named
// `*.test.ts` under tests/ (except tests/e2e, which needs a real VS Code: `npm run test:e2e`).
//
//   node scripts/test.mjs [filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const filter = process.argv[2];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'e2e' && name !== 'fixtures') walk(path);
    } else if (name.endsWith('.test.ts') && (!filter || path.includes(filter))) files.push(relative(root, path));
  }
};
walk(join(root, 'tests'));
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
