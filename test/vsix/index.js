// Mocha entry for the .vsix suite (test/e2e/run-vsix-tests.sh): FactLint as a user installs it.
// Runs this folder's tests and the PDF/DOCX suite of test/extension (public API only).
const path = require('path');
const fs = require('fs');
const { runMocha } = require('../extension/runMocha');

exports.run = function run() {
  const files = fs
    .readdirSync(__dirname)
    .sort()
    .filter((f) => f.endsWith('.test.js'))
    .map((f) => path.join(__dirname, f));
  files.push(path.join(__dirname, '..', 'extension', 'documents.test.js'));
  return runMocha(files, { label: 'factlint .vsix tests', timeout: 60000 });
};
