#!/usr/bin/env bash
# The packaged extension, tested as a user installs it: `npm run package` builds factlint.vsix,
# code-server's `--install-extension` installs it into a fresh extensions folder, and the suite in
# test/vsix/ runs in the real VS Code extension host against that installed copy (the repository
# is not loaded as an extension): a draft with a PDF source beside it gets its diagnostics, hover
# and quick fixes (test/vsix/installed.test.js, test/extension/documents.test.js). Prints the
# .vsix's size and file count. Reuses the code-server install of run-extension-tests.sh.
#
#   bash test/e2e/run-vsix-tests.sh        # exit code = mocha result
# env: E2E_DIR (.e2e), CS_VERSION, CHROMIUM, SKIP_PACKAGE=1 (use the factlint.vsix already built)
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/env.sh"   # ROOT (cwd), E2E, CS_VERSION, CHROMIUM, CS, ensure_code_server
T0=$(date +%s)
say() { printf '[test:vsix %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }

ensure_code_server vsix-install

# 1. package
if [ -z "${SKIP_PACKAGE:-}" ]; then say "npm run package"; npm run -s package >"$E2E/package.log" 2>&1 || { tail -30 "$E2E/package.log"; exit 1; }; fi
[ -f factlint.vsix ] || { echo "test:vsix: factlint.vsix missing"; exit 1; }
# vsce's own count (its manifest files included), and the size on disk
say "factlint.vsix: $(( $(stat -c %s factlint.vsix) / 1024 )) KB; vsce: $(grep -o 'Packaged: .*' "$E2E/package.log" 2>/dev/null | tail -1)"

# 2. a fresh run folder, the .vsix installed into its extensions folder
RUN=$E2E/vsix-run
rm -rf "$RUN"
mkdir -p "$RUN"/{tmp,home,xdg/config,xdg/data,xdg/cache,out,workspace,profile/extensions,profile/user-data}
export TMPDIR=$RUN/tmp
EXTENSIONS=$RUN/profile/extensions
HOME=$RUN/home XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache \
  "$CS" --extensions-dir "$EXTENSIONS" --user-data-dir "$RUN/profile/user-data" --install-extension "$ROOT/factlint.vsix" >"$RUN/out/install.log" 2>&1 \
  || { cat "$RUN/out/install.log"; exit 1; }
say "$(grep -i 'installed' "$RUN/out/install.log" | tail -1)"
INSTALLED=$(ls -d "$EXTENSIONS"/factlint.factlint-* 2>/dev/null | head -1)
[ -n "$INSTALLED" ] || { echo "test:vsix: the extension is not in $EXTENSIONS"; cat "$RUN/out/install.log"; exit 1; }
say "installed as $INSTALLED ($(find "$INSTALLED" -type f | wc -l) files)"

# 3. the suite, in the real extension host, against the installed copy
cp test/fixtures/drafts/showcase-draft.txt "$RUN/workspace/draft.txt"
rc=0
export HOME=$RUN/home XDG_CONFIG_HOME=$RUN/xdg/config XDG_DATA_HOME=$RUN/xdg/data XDG_CACHE_HOME=$RUN/xdg/cache
CODE_SERVER_BIN=$CS CHROMIUM=$CHROMIUM TEST_WORKSPACE=$RUN/workspace TEST_PROFILE_DIR=$RUN/profile \
  EXT_DEV_PATH=$ROOT/test/vsix/host EXT_TESTS_PATH=$ROOT/test/vsix/index.js EXTENSIONS_DIR=$EXTENSIONS FACTLINT_VSIX_EXTENSIONS_DIR=$EXTENSIONS \
  FACTLINT_TEST_RESULT=$RUN/out/result.json SHIM_SCREENSHOT=$RUN/out/vsix-tests.png \
  timeout "${TEST_TIMEOUT:-300}" node test/e2e/runTest.cjs || rc=$?
say "done rc=$rc (result: $RUN/out/result.json)"
exit $rc
