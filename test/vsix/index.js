// Mocha entry for the .vsix suite (test/e2e/run-vsix-tests.sh): FactLint as a user installs it.
// Runs this folder's tests and the PDF/DOCX suite of test/extension (public API only).
const path = require('path');
const fs = require('fs');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) if (f.endsWith('.test.js')) mocha.addFile(path.join(__dirname, f));
  mocha.addFile(path.join(__dirname, '..', 'extension', 'documents.test.js'));
  const resultFile = process.env.FACTLINT_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const results = [];
    const runner = mocha.run((failures) => {
      const summary = { passes: runner.stats.passes, failures, tests: runner.stats.tests, durationMs: runner.stats.duration, results };
      if (resultFile) try { fs.writeFileSync(resultFile, JSON.stringify(summary, null, 2)); } catch (_) {}
      console.log(`factlint .vsix tests: ${summary.passes} passing, ${failures} failing`);
      failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve();
    });
    runner.on('pass', (t) => results.push(['pass', t.fullTitle()]));
    runner.on('fail', (t, err) => results.push(['fail', t.fullTitle(), String(err && err.message)]));
  });
};
