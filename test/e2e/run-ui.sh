#!/usr/bin/env bash
# UI checks of FactLint in a real VS Code workbench: test/e2e/ui.mjs (squiggles, Problems panel,
# hover, Ctrl+. quick fixes, F1 → FactLint: Show Report) and test/e2e/ui-corpus.mjs (the example
# draft against its sources, a PDF among them: the evidence names the page, its link opens it). Reuses the code-server install that
# test/e2e/run-extension-tests.sh caches in .e2e/ (runs its INSTALL_ONLY step when it is missing).
#
#   bash test/e2e/run-ui.sh                  # exit code = UI check result; screenshots in .e2e/ui-run/out
#   UPDATE_SCREENSHOTS=1 bash test/e2e/run-ui.sh   # also copy them to docs/screenshots/
# env: E2E_DIR (.e2e), CS_VERSION (4.100.3), CHROMIUM (/usr/bin/chromium), FACTLINT_SEED, SKIP_BUILD=1
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/env.sh"   # ROOT (cwd), E2E, CS_VERSION, CHROMIUM, CS, ensure_code_server
T0=$(date +%s)
say() { printf '[test:ui %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }

ensure_code_server ui-install
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
if [ -z "${SKIP_BUILD:-}" ]; then say "build"; npm run -s build; fi

RUN=$E2E/ui-run
rm -rf "$RUN"
mkdir -p "$RUN"/{tmp,home,workspace,out}
# the seed draft when ../shared is beside the project, else the project's own showcase draft; the
# screenshots published in docs/ are always made from the project's own draft
SEED=${FACTLINT_SEED:-$ROOT/../shared/seed/putin-kim-draft.txt}
SHOWCASE=test/fixtures/drafts/showcase-draft.txt
if [ -f "$SEED" ] && [ -z "${UPDATE_SCREENSHOTS:-}" ]; then cp "$SEED" "$RUN/workspace/draft.txt"; SRC=$SEED
else cp "$SHOWCASE" "$RUN/workspace/draft.txt"; SRC=$SHOWCASE; fi
say "workspace $RUN/workspace (draft from $SRC)"

rc=0
TMPDIR=$RUN/tmp HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_CACHE_HOME=$RUN/home/.cache \
  CODE_SERVER_BIN=$CS CHROMIUM=$CHROMIUM WORKSPACE=$RUN/workspace EXT_PATH=$ROOT OUT=$RUN/out \
  timeout 200 node test/e2e/ui.mjs || rc=$?
# the example draft checked against its sources, a PDF and a DOCX among them (test/e2e/ui-corpus.mjs)
say "sources: examples/newsroom-draft.md with its sources/ (.txt, .md, .pdf, .docx)"
TMPDIR=$RUN/tmp HOME=$RUN/home XDG_CONFIG_HOME=$RUN/home/.config XDG_CACHE_HOME=$RUN/home/.cache \
  CODE_SERVER_BIN=$CS CHROMIUM=$CHROMIUM EXT_PATH=$ROOT OUT=$RUN/out \
  timeout 200 node test/e2e/ui-corpus.mjs || rc=$?

if [ -n "${UPDATE_SCREENSHOTS:-}" ] && [ "$rc" = 0 ]; then
  mkdir -p docs/screenshots
  for n in 1-squiggles 2-problems 3-hover 4-quickfix 5-report corpus-1-problems corpus-2-hover corpus-3-page; do cp "$RUN/out/$n.png" "docs/screenshots/$n.png"; done
  say "screenshots copied to docs/screenshots/"
fi
say "done rc=$rc (screenshots: $RUN/out)"
exit $rc
