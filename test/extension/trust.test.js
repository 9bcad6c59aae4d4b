// Trust and evil patterns in a real VS Code extension host (issue #6). This host runs with
// --disable-workspace-trust, so the workspace is trusted: Restricted Mode itself (which settings
// are named as ignored, re-check on grant) is covered by test/unit/reliability/trust.test.ts with
// a fake of the vscode API. Here: the declared capability, the trusted path saying nothing, and
// hostile factlint.corpus globs neither hanging the editor nor dropping the other sources.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const CONTRA = 'contradicted-claim';
const SOURCE = 'Dam safety survey, 2024\n\nA failure could flood 2,300 homes downstream, according to the survey.\n';
const DRAFT = 'A failure could flood 3,200 homes downstream, according to the survey.\n';

describe('FactLint trust and patterns (real VS Code extension host)', function () {
  this.timeout(90000);
  let api;
  let dir;
  const enc = (s) => new TextEncoder().encode(s);

  before(async () => {
    const ext = vscode.extensions.getExtension('factlint.factlint');
    api = await ext.activate();
    dir = vscode.Uri.joinPath(h.folder(), 'trust-case');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'sources', 'survey.txt'), enc(SOURCE));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'draft.txt'), enc(DRAFT));
  });
  afterEach(async () => {
    await h.closeAll();
    await h.setSetting('corpus', undefined);
  });
  after(async () => {
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => {});
  });

  it('declares limited support for untrusted workspaces; trusted here, so nothing is reported as ignored', async () => {
    const u = vscode.extensions.getExtension('factlint.factlint').packageJSON.capabilities.untrustedWorkspaces;
    assert.strictEqual(u.supported, 'limited');
    assert.deepStrictEqual([...u.restrictedConfigurations].sort(), ['factlint.allowedPhrases', 'factlint.corpus', 'factlint.workspaceExclude', 'factlint.workspaceGlobs']);
    assert.strictEqual(vscode.workspace.isTrusted, true);
    assert.ok(api.trust, 'api.trust');
    await api.trust.ready;
    assert.deepStrictEqual(api.trust.ignored, []);
  });

  it('evil factlint.corpus globs: the draft is still checked against its sources/ folder, refused patterns are named', async () => {
    const evil = [
      '*a'.repeat(12) + '*b.txt', // allowed (13 wildcards): goes to findFiles, matches nothing
      'x'.repeat(5000) + '*', // over the length limit
      '{a,'.repeat(100) + 'a' + '}'.repeat(100), // braces nested too deep
      '**/'.repeat(50) + 'never-there.txt', // collapsed to **/never-there.txt
    ];
    await h.setSetting('corpus', evil);
    const { doc } = await h.open(vscode.Uri.joinPath(dir, 'draft.txt'));
    const d = await h.waitFor(() => h.factlintDiags(doc.uri, CONTRA)[0], 'contradicted-claim diagnostic with evil corpus globs', 30000);
    assert.strictEqual(d.message, 'The source says 2,300; the draft says 3,200.');
    const text = await h.waitFor(() => {
      const t = h.outputChannelText('FactLint');
      return /characters long; the limit is 1000\)/.test(t) && /braces are nested more than 16 deep\)/.test(t) ? t : null;
    }, 'pattern problems in the FactLint output channel', 20000);
    assert.match(text, /factlint\.corpus x{200}…: pattern not used \(pattern is 5001 characters long/);
  });
});
