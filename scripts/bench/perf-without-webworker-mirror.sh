#!/usr/bin/env bash
# An experiment, not a test: the in-editor perf test (test/extension/perf.test.js) in a VS Code whose
# workbench does not mirror diagnostics into its web-worker extension host.
#
# Why: browser VS Code (code-server, what test:ext runs) always starts a web-worker extension host,
# and on every diagnostics change the workbench copies ALL of the file's markers into it
# (MainThreadDiagnostics forwards to every extension host the markers it does not own; no extension
# runs there, so it owns none). Desktop VS Code starts that host only when an installed web-only
# extension needs it (`extensions.webWorker: "auto"`), so a desktop user does not pay this copy.
# This script measures what is left without it, to tell FactLint's share of a keystroke from
# browser VS Code's.
#
# How: a hard-linked copy of .e2e/code-server in .e2e-nomirror/ whose workbench.js (a new file, the
# original is not touched) returns early from that forwarding when the extension host is the web
# worker (ExtensionHostKind.LocalWebWorker = 2). Then the perf test runs against it.
#
#   bash scripts/bench/perf-without-webworker-mirror.sh     # after `npm run test:ext` installed code-server once
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SRC=$ROOT/.e2e/code-server
DST=$ROOT/.e2e-nomirror
[ -f "$SRC/.installed" ] || { echo "no code-server in $SRC: run npm run test:ext once first"; exit 1; }
rm -rf "$DST"
mkdir -p "$DST"
cp -al "$SRC" "$DST/code-server"
WB=$DST/code-server/node_modules/code-server/lib/vscode/out/vs/code/browser/workbench/workbench.js
node - "$WB" <<'EOF'
const fs = require('fs');
const file = process.argv[2];
let js = fs.readFileSync(file, 'utf8');
// MainThreadDiagnostics (minified in code-server 4.100.3): remember the host kind, skip the mirror for the web worker
const ctor = /constructor\((\w),(\w),(\w)\)\{this\.d=\2,this\.e=\3,this\.a=new Set,this\.b=\1\.getProxy\((\w+)\.ExtHostDiagnostics\),this\.c=this\.d\.onMarkerChanged\(this\.f,this\)\}/g;
const fwd = /f\((\w)\)\{const (\w)=\[\];for\(const (\w) of \1\)\{const (\w)=this\.d\.read\(\{resource:\3,ignoreResourceFilters:!0\}\)/g;
const count = (re) => (js.match(re) ?? []).length;
if (count(ctor) !== 1 || count(fwd) !== 1) { console.error(`workbench.js: expected one MainThreadDiagnostics, found ${count(ctor)} / ${count(fwd)}`); process.exit(1); }
js = js.replace(ctor, (m, e) => m.replace('{this.d=', `{this.webWorker=${e}.extensionHostKind===2,this.d=`));
js = js.replace(fwd, (m) => m.replace('{const ', '{if(this.webWorker)return;const '));
fs.unlinkSync(file); // a new file: the hard link to the original is broken, not written through
fs.writeFileSync(file, js);
console.log('patched', file);
EOF
cd "$ROOT"
E2E_DIR=$DST FACTLINT_TEST_FILES=${FACTLINT_TEST_FILES:-perf} bash test/e2e/run-extension-tests.sh
