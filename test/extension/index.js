// Mocha entry loaded by VS Code's extension host through extensionTestsPath
// (the @vscode/test-electron contract: export run(): Promise<void>).
const path = require('path');
const fs = require('fs');
const { runMocha } = require('./runMocha');

exports.run = function run() {
  // FACTLINT_TEST_FILES=perf,corpus: only those files (a quicker run while working on one part)
  const only = (process.env.FACTLINT_TEST_FILES || '').split(',').filter(Boolean);
  const files = fs
    .readdirSync(__dirname)
    .sort()
    .filter((f) => f.endsWith('.test.js') && (!only.length || only.some((o) => f.startsWith(o))))
    .map((f) => path.join(__dirname, f));
  return runMocha(files, { label: 'factlint extension tests', timeout: 30000 });
};
