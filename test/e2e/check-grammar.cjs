// Tokenizes sample lines with the news-draft TextMate grammar using the same vscode-textmate +
// vscode-oniguruma that VS Code ships (taken from the cached code-server install) and checks the
// scopes of attribution cues, quoted speech and suppression comments.
//   node test/e2e/check-grammar.cjs <code-server lib/vscode/node_modules dir>
const fs = require('fs');
const path = require('path');
const assert = require('assert');

const mods = path.resolve(process.argv[2] || '.e2e/code-server/node_modules/code-server/lib/vscode/node_modules');
const tm = require(path.join(mods, 'vscode-textmate'));
const onig = require(path.join(mods, 'vscode-oniguruma'));
const grammarFile = path.join(__dirname, '..', '..', 'syntaxes', 'news-draft.tmLanguage.json');

const cases = [
  ['Some people say the dam is old.', { 'Some people': 'vague-source', say: 'attribution.verb' }],
  ['Experts warn it could fail, according to officials.', { Experts: 'vague-source', warn: 'attribution.verb', 'according to': 'attribution.verb', officials: 'vague-source' }],
  ['It is widely believed the mayor reportedly knew.', { 'It is widely believed': 'vague-source.passive', reportedly: 'attribution.hedge' }],
  ['A senior official said “we are safe” and told "us".', { 'A senior official': 'vague-source', said: 'attribution.verb', 'we are safe': 'string.quoted', us: 'string.quoted', told: 'attribution.verb' }],
  ['<!-- factlint-disable-next-line vague-attribution -->', { 'factlint-disable-next-line': 'directive.factlint', '<!--': 'comment.block' }],
  ['Many people lined the streets.', { 'Many people': null }],
];

(async () => {
  await onig.loadWASM(fs.readFileSync(path.join(mods, 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
    loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
  });
  const grammar = await registry.loadGrammar('text.news-draft');
  let failures = 0;
  for (const [line, expect] of cases) {
    const tokens = grammar.tokenizeLine(line, tm.INITIAL).tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.join(' ')]);
    for (const [text, scope] of Object.entries(expect)) {
      const tok = tokens.find(([s]) => s === text);
      try {
        if (scope === null) assert.ok(!tok || !/vague-source/.test(tok[1]), `"${text}" must not be a vague source`);
        else assert.ok(tok && tok[1].includes(scope), `"${text}" in "${line}" should have scope *${scope}*; tokens: ${JSON.stringify(tokens)}`);
      } catch (e) {
        failures++;
        console.error('grammar:', e.message);
      }
    }
  }
  console.log(`news-draft grammar: ${cases.length} lines checked, ${failures} failures`);
  process.exit(failures ? 1 : 0);
})();
