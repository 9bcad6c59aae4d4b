#!/usr/bin/env bash
# Runs the mocha suite in test/extension/ inside a REAL VS Code extension host, offline.
#
# VS Code = code-server 4.100.3 (VS Code 1.100.3, the newest accepting Node 20) from the npm registry,
# opened by headless Debian chromium through playwright-core; @vscode/test-electron's runTests() is
# pointed at test/e2e/code-server-shim.mjs instead of a downloaded desktop build.
# Approach adapted from the verified shared recipe (vscode-e2e/RECIPE.sh).
#
# Idempotent: system packages (apt) and code-server (npm, into .e2e/code-server) are installed once
# and reused; every run starts a fresh server, user-data dir and generated workspace.
#
#   bash test/e2e/run-extension-tests.sh          # install if needed, build, run; exit code = mocha result
# env: E2E_DIR (cache, default .e2e), CS_VERSION (4.100.3), CHROMIUM (/usr/bin/chromium),
#      FACTLINT_SEED (draft to test on; fallback test/fixtures/drafts/showcase-draft.txt), FACTLINT_TEST_FILES=perf,corpus (only those test files), INSTALL_ONLY=1 (steps 1-2 only), SKIP_BUILD=1, SHIM_VERBOSE=1 (server + workbench logs), SHIM_TIMEOUT_MS
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/env.sh"   # ROOT (cwd), E2E, CS_VERSION, CHROMIUM
# code-server 4.100.3's lib/vscode pins @vscode/ripgrep 1.15.11, whose postinstall downloads this asset
# from GitHub unless it is already in $TMPDIR/vscode-ripgrep-cache-<version>/ (seeded from Debian's rg).
RG_PKG_VERSION=1.15.11
RG_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

T0=$(date +%s)
say() { printf '[test:ext %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }

RUN=${E2E_RUN:-$E2E/run}   # E2E_RUN: a separate run folder (parallel runs)
rm -rf "$RUN"
mkdir -p "$E2E" "$RUN"/{tmp,home,xdg/config,xdg/data,xdg/cache,out}
# Keep VS Code's and chromium's scratch files inside the run folder (HOME is switched only for the
# test run itself, so npm still sees the user's ~/.npmrc during installs).
export TMPDIR=$RUN/tmp

# --- 1. system packages (once) ---------------------------------------------------------------
need=()
for p in chromium ripgrep libkrb5-dev; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
for b in python3 make g++; do command -v "$b" >/dev/null || need+=("$b"); done   # node-gyp (code-server's native modules)
if ((${#need[@]})); then
  say "apt-get install ${need[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >"$E2E/apt.log" 2>&1 || { tail -30 "$E2E/apt.log"; exit 1; }
fi
for b in python3 make g++ rg "$CHROMIUM"; do command -v "$b" >/dev/null || { echo "test:ext: missing $b"; exit 1; }; done
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" = 20 ] || echo "test:ext: warning: code-server $CS_VERSION expects Node 20, running $(node -v)"

# --- 2. code-server (once, cached in $E2E/code-server) -----------------------------------------
CS_DIR=$E2E/code-server
CS=$CS_DIR/node_modules/.bin/code-server
if [ ! -x "$CS" ] || [ "$(cat "$CS_DIR/.installed" 2>/dev/null)" != "$CS_VERSION" ]; then
  say "npm install code-server@$CS_VERSION into $CS_DIR (one-off, compiles native modules)"
  rm -rf "$CS_DIR" && mkdir -p "$CS_DIR" "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION"
  tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" -C "$(dirname "$(command -v rg)")" rg
  echo '{ "name": "factlint-e2e-host", "private": true }' > "$CS_DIR/package.json"
  NODE_PREFIX=$(node -p 'require("path").resolve(process.execPath, "../..")')
  [ -f "$NODE_PREFIX/include/node/node.h" ] || { echo "test:ext: no node headers under $NODE_PREFIX/include/node"; exit 1; }
  t=$(date +%s)
  # nodedir: node-gyp would download headers from nodejs.org; unsafe_perm: code-server's postinstall
  # refuses to run as root otherwise; yes: node-pty's postinstall runs npx without a TTY.
  ( cd "$CS_DIR" && npm_config_nodedir=$NODE_PREFIX npm_config_unsafe_perm=true npm_config_yes=true \
      npm install "code-server@$CS_VERSION" --foreground-scripts --no-audit --no-fund --no-save >"$E2E/code-server-install.log" 2>&1 ) \
    || { tail -40 "$E2E/code-server-install.log"; exit 1; }
  echo "$CS_VERSION" > "$CS_DIR/.installed"
  say "code-server installed in $(( $(date +%s) - t ))s"
fi

[ -z "${INSTALL_ONLY:-}" ] || { say "INSTALL_ONLY: done"; exit 0; }

# --- 3. node tooling (devDependencies: @vscode/test-electron, mocha, playwright-core) ------------
for m in @vscode/test-electron mocha playwright-core esbuild; do
  [ -d "node_modules/$m" ] || { say "node_modules/$m missing: npm ci"; npm ci --no-audit --no-fund; break; }
done

# --- 4. build the extension ----------------------------------------------------------------------
if [ -z "${SKIP_BUILD:-}" ]; then say "build"; npm run -s build; fi
[ -f dist/extension.js ] || { echo "test:ext: dist/extension.js missing"; exit 1; }

# --- 4b. grammar check with VS Code's own vscode-textmate/oniguruma ------------------------------
node test/e2e/check-grammar.cjs "$CS_DIR/node_modules/code-server/lib/vscode/node_modules"

# --- 5. generated workspace ----------------------------------------------------------------------
WS=$RUN/workspace
mkdir -p "$WS"
# the seed draft when ../shared is beside the project, else the project's own showcase draft (the
# same constructions; a clone of the project has no ../shared)
SEED=${FACTLINT_SEED:-$ROOT/../shared/seed/putin-kim-draft.txt}
SHOWCASE=test/fixtures/drafts/showcase-draft.txt
if [ -f "$SEED" ]; then cp "$SEED" "$WS/draft.txt"; SRC=$SEED
else echo "test:ext: no seed draft at $SEED (no ../shared beside this clone): using $SHOWCASE"; cp "$SHOWCASE" "$WS/draft.txt"; SRC=$SHOWCASE; fi
say "workspace $WS (draft from $SRC)"

# --- 6. run the suite in the real extension host ---------------------------------------------------
say "run mocha suite in VS Code $CS_VERSION (code-server) extension host"
rc=0
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache
CODE_SERVER_BIN=$CS CHROMIUM=$CHROMIUM TEST_WORKSPACE=$WS \
  FACTLINT_TEST_RESULT=$RUN/out/result.json SHIM_SCREENSHOT=$RUN/out/ext-tests.png \
  timeout "${TEST_TIMEOUT:-420}" node test/e2e/runTest.cjs || rc=$?
say "done rc=$rc (result: $RUN/out/result.json)"
exit $rc
