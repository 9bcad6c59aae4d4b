# Shared by the e2e runners (sourced): where the project and the e2e cache are, and the pinned
# code-server and Chromium they both use. One place, so the two never disagree on a version.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
E2E=${E2E_DIR:-$ROOT/.e2e}
CS_VERSION=${CS_VERSION:-4.100.3}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
