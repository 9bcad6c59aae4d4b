// Mocha entry loaded by VS Code's extension host through extensionTestsPath
// (the @vscode/test-electron contract: export run(): Promise<void>).
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
  // FACTLINT_TEST_FILES=perf,corpus: only those files (a quicker run while working on one part)
  const only = (process.env.FACTLINT_TEST_FILES || '').split(',').filter(Boolean);
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js') && (!only.length || only.some((o) => f.startsWith(o)))) mocha.addFile(path.join(__dirname, f));
  }
  const resultFile = process.env.FACTLINT_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const results = [];
    const runner = mocha.run((failures) => {
      const summary = { passes: runner.stats.passes, failures, tests: runner.stats.tests, durationMs: runner.stats.duration, results };
      if (resultFile) try { fs.writeFileSync(resultFile, JSON.stringify(summary, null, 2)); } catch (_) {}
      console.log(`factlint extension tests: ${summary.passes} passing, ${failures} failing`);
      failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve();
    });
    runner.on('pass', (t) => results.push(['pass', t.fullTitle()]));
    runner.on('fail', (t, err) => results.push(['fail', t.fullTitle(), String(err && err.message)]));
  });
};
