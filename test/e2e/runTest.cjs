// Standard @vscode/test-electron entry point. Offline, the "VS Code executable" is
// test/e2e/code-server-shim.mjs: the suite runs in code-server's real (remote) extension host.
const path = require('path');
const { runTests } = require('@vscode/test-electron');

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const workspace = process.env.TEST_WORKSPACE;
  if (!workspace) throw new Error('set TEST_WORKSPACE (run via test/e2e/run-extension-tests.sh)');
  // Fresh profile inside the run folder (test-electron would otherwise use ./.vscode-test).
  const profile = process.env.TEST_PROFILE_DIR || path.join(path.dirname(workspace), 'profile');
  const userData = path.join(profile, 'user-data');
  // The .vsix suite (test/e2e/run-vsix-tests.sh) runs FactLint as installed into EXTENSIONS_DIR,
  // with a do-nothing development extension (test-electron needs one) and its own test entry.
  const code = await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || path.join(__dirname, 'code-server-shim.mjs'),
    extensionDevelopmentPath: process.env.EXT_DEV_PATH || root,
    extensionTestsPath: process.env.EXT_TESTS_PATH || path.join(root, 'test', 'extension', 'index.js'),
    launchArgs: [workspace, `--user-data-dir=${userData}`, `--extensions-dir=${process.env.EXTENSIONS_DIR || path.join(profile, 'extensions')}`],
    extensionTestsEnv: { FACTLINT_TEST_RESULT: process.env.FACTLINT_TEST_RESULT || '', FACTLINT_TEST_USER_DATA: userData, FACTLINT_VSIX_EXTENSIONS_DIR: process.env.FACTLINT_VSIX_EXTENSIONS_DIR || '' },
  });
  return code;
}
main().then(
  () => process.exit(0),
  (err) => {
    console.error('extension tests failed:', err && err.message ? err.message : err);
    process.exit(1);
  },
);
