// FactLint installed from its .vsix (code-server --install-extension), not from the repository:
// the extension VS Code runs is the packaged one, and on a draft with a PDF source beside it
// the draft gets its diagnostics, a hover and quick fixes. (The PDF and DOCX details run next, in
// test/extension/documents.test.js.)
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('../extension/helpers');

const ROOT = path.resolve(__dirname, '..', '..');

describe('FactLint installed from factlint.vsix', function () {
  this.timeout(120000);
  let ext;
  let dir;

  before(async () => {
    ext = vscode.extensions.getExtension('factlint.factlint');
    assert.ok(ext, 'factlint.factlint is installed');
    await ext.activate();
    dir = vscode.Uri.joinPath(h.folder(), 'vsix-case');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'sources', 'inspection-report.pdf'), fs.readFileSync(path.join(ROOT, 'examples/sources/inspection-report.pdf')));
  });
  afterEach(() => h.closeAll());
  after(() => vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => {}));

  it('is the packaged extension: installed in the extensions folder, with the packaged files only', () => {
    const installed = fs.realpathSync(ext.extensionPath);
    assert.ok(process.env.FACTLINT_VSIX_EXTENSIONS_DIR, 'run through test/e2e/run-vsix-tests.sh');
    assert.ok(installed.startsWith(fs.realpathSync(process.env.FACTLINT_VSIX_EXTENSIONS_DIR) + path.sep), `installed copy, not the repository: ${installed}`);
    assert.notStrictEqual(installed, fs.realpathSync(ROOT));
    assert.strictEqual(ext.packageJSON.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    for (const f of ['dist/extension.js', 'dist/extension-engine.js', 'dist/extract.js', 'dist/web/extension.js', 'docs/rules.md', 'media/report.js']) assert.ok(fs.existsSync(path.join(installed, f)), `${f} is in the .vsix`);
    for (const f of ['src', 'test', 'node_modules', 'examples', 'dist/cli.js', 'dist/lsp.js', 'docs/screenshots']) assert.ok(!fs.existsSync(path.join(installed, f)), `${f} is not in the .vsix`);
  });

  it('a draft with a PDF source beside it: diagnostics, a hover and quick fixes', async () => {
    const draft = vscode.Uri.joinPath(dir, 'draft.txt');
    await vscode.workspace.fs.writeFile(draft, new TextEncoder().encode('Some people say the spillway was last repaired in 1998.\n'));
    const { doc } = await h.open(draft);
    // attribution (no source needed) and the claim against the PDF's page 3
    const vague = await h.waitFor(() => h.factlintDiags(doc.uri, 'vague-attribution')[0], 'vague-attribution diagnostic', 30000);
    assert.match(doc.getText(vague.range), /^Some people/);
    const contra = await h.waitFor(() => h.factlintDiags(doc.uri, 'contradicted-claim')[0], 'contradicted-claim diagnostic from the PDF', 60000);
    assert.strictEqual(contra.message, 'The source says 1987; the draft says 1998.');
    assert.match(contra.relatedInformation[0].message, /^Source inspection-report\.pdf p\. 3: /);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, contra.range.start.translate(0, 1));
    const md = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(md, /Contradicted by your sources/);
    assert.match(md, /\[inspection-report\.pdf p\. 3\]\(command:factlint\.openSource\?/);
    const titles = (await h.codeActions(doc.uri, contra.range)).map((a) => a.title);
    assert.ok(titles.some((t) => /Replace “1998” with “1987”/.test(t)), titles.join(' | '));
    const vagueFixes = (await h.codeActions(doc.uri, vague.range)).map((a) => a.title);
    assert.ok(vagueFixes.includes('Ignore this occurrence') && vagueFixes.some((t) => /Insert \[who\?\]|Name the source/.test(t)), vagueFixes.join(' | '));
  });
});
