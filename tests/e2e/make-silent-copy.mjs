#!/usr/bin/env node
// Makes a deliberately broken copy of the built extension, to check that the end-to-end tests
// fail when the extension is broken: its language server runs, answers requests, but never
// delivers a diagnostic (pushed ones are dropped, pulled ones come back empty). Nothing in the
// working tree is changed.
//
//   node tests/e2e/make-silent-copy.mjs /tmp/isnad-silent
//   E2E_EXTENSION_PATH=/tmp/isnad-silent node tests/e2e/run-code-server.mjs   # must fail
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root } from './lib/codeServer.mjs';

const out = path.resolve(process.argv[2] || '/tmp/isnad-silent');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const name of fs.readdirSync(root)) {
  if (['.git', '.tools', 'node_modules', 'tests', 'bench', '.vscode-test'].includes(name)) continue;
  fs.cpSync(path.join(root, name), path.join(out, name), { recursive: true });
}
fs.symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'));
const preamble = `// --- made silent by tests/e2e/make-silent-copy.mjs ---
(() => {
  const pulls = new Set();
  process.on('message', (m) => { if (m && (m.method === 'textDocument/diagnostic' || m.method === 'workspace/diagnostic')) pulls.add(m.id); });
  const send = process.send && process.send.bind(process);
  if (!send) return;
  process.send = (m, ...rest) => {
    if (m && m.method === 'textDocument/publishDiagnostics') return true;
    if (m && m.id !== undefined && pulls.delete(m.id) && m.result) m = { ...m, result: m.result.kind ? { kind: 'full', items: [] } : { items: [] } };
    return send(m, ...rest);
  };
})();
`;
const server = path.join(out, 'dist', 'server.js');
fs.writeFileSync(server, preamble + fs.readFileSync(server, 'utf8'));
console.log(`silent copy of the extension: ${out}`);
