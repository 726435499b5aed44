// npm's `prepare` step: builds dist/ so that isnad works when it is installed from its git URL
// (`npm install git+https://…`) and so that `npm pack` always packs a fresh build.
//
// npm runs `prepare` after a local `npm install` / `npm ci`, before `npm pack`, and, for a git
// dependency, in the cloned package after installing its dependencies and devDependencies. A
// tarball install never runs it: the tarball already holds dist/. Where the build tools are absent
// (an install that left out devDependencies), it says so and does nothing, so such an install
// does not fail; `npm run build` builds later.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(join(root, 'esbuild.mjs')) || !existsSync(join(root, 'cli', 'src'))) {
  // Not a source checkout (an unpacked tarball): there is nothing to build.
  process.exit(0);
}
try {
  createRequire(join(root, 'package.json')).resolve('esbuild');
} catch {
  console.warn('isnad prepare: esbuild is not installed (devDependencies left out?), so dist/ was not built; run `npm run build` after installing them.');
  process.exit(0);
}
const result = spawnSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
