// Runs mocha test files inside VS Code's extension host and writes a summary for the runner
// scripts (FACTLINT_TEST_RESULT): shared by the repository's suite (index.js) and the .vsix suite
// (test/vsix/index.js).
const fs = require('fs');
const Mocha = require('mocha');

exports.runMocha = function runMocha(files, { label, timeout }) {
  const mocha = new Mocha({ ui: 'bdd', timeout, color: false, reporter: 'spec' });
  for (const f of files) mocha.addFile(f);
  const resultFile = process.env.FACTLINT_TEST_RESULT;
  return new Promise((resolve, reject) => {
    const results = [];
    const runner = mocha.run((failures) => {
      const summary = { passes: runner.stats.passes, failures, tests: runner.stats.tests, durationMs: runner.stats.duration, results };
      if (resultFile) try { fs.writeFileSync(resultFile, JSON.stringify(summary, null, 2)); } catch (_) {}
      console.log(`${label}: ${summary.passes} passing, ${failures} failing`);
      failures > 0 ? reject(new Error(`${failures} tests failed.`)) : resolve();
    });
    runner.on('pass', (t) => results.push(['pass', t.fullTitle()]));
    runner.on('fail', (t, err) => results.push(['fail', t.fullTitle(), String(err && err.message)]));
  });
};
