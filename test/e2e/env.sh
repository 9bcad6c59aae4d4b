# Shared by the e2e runners (sourced): where the project and the e2e cache are, and the pinned
# code-server and Chromium they both use. One place, so the two never disagree on a version.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
E2E=${E2E_DIR:-$ROOT/.e2e}
CS_VERSION=${CS_VERSION:-4.100.3}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
CS=$E2E/code-server/node_modules/.bin/code-server

# The runners that reuse the cached code-server (vsix, UI): install it and Chromium through
# run-extension-tests.sh's INSTALL_ONLY step when missing or of another version.
# usage: ensure_code_server <run-folder-name>   (say() must be defined)
ensure_code_server() {
  if [ ! -x "$CS" ] || [ "$(cat "$E2E/code-server/.installed" 2>/dev/null)" != "$CS_VERSION" ] || ! command -v "$CHROMIUM" >/dev/null; then
    say "code-server/chromium missing: installing via run-extension-tests.sh (INSTALL_ONLY)"
    INSTALL_ONLY=1 E2E_RUN="$E2E/$1" bash "$ROOT/test/e2e/run-extension-tests.sh"
  fi
}
