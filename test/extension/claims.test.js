// Claim checking a reporter can trust (issue 18), in a real VS Code extension host: a sentence
// that paraphrases its source gets no warning, a vague attribution is fixed to the person the
// sources name (with their role and the file), and the hover says who the sources attribute it to.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const SOURCE =
  'Halden Bank will close two branches in Millbrook next year, the bank said on Tuesday.\n\n' +
  '"The branches lost money for five straight years," said Jane Roe, the bank\'s treasurer.\n';
const DRAFT = 'Halden Bank plans to shut two of its Millbrook branches next year.\n\nAnalysts say the branches lost money for five years in a row.\n';

describe('FactLint claims: paraphrase and the named source (real VS Code extension host)', function () {
  this.timeout(90000);
  let dir;
  let draftUri;
  const enc = (s) => new TextEncoder().encode(s);

  before(async () => {
    await vscode.extensions.getExtension('factlint.factlint').activate();
    dir = vscode.Uri.joinPath(h.folder(), 'claims-case');
    draftUri = vscode.Uri.joinPath(dir, 'draft.txt');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, 'sources', 'statement.txt'), enc(SOURCE));
    await vscode.workspace.fs.writeFile(draftUri, enc(DRAFT));
  });
  afterEach(() => h.closeAll());
  after(() => vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => {}));

  const vague = (uri) => h.factlintDiags(uri, 'vague-attribution').find((d) => /Analysts/.test(d.message));
  const claimDiags = (uri) => ['contradicted-claim', 'unsupported-claim', 'misquote'].flatMap((r) => h.factlintDiags(uri, r));

  it('a paraphrase of the source ("plans to shut" for "will close") gets no claim warning', async () => {
    const { doc } = await h.open(draftUri);
    // the vague attribution shows once the sources are read: the claims are checked by then
    await h.waitFor(() => vague(doc.uri) && vague(doc.uri).relatedInformation, 'vague attribution with evidence from the sources', 25000);
    const first = claimDiags(doc.uri).filter((d) => d.range.start.line === 0);
    assert.deepStrictEqual(first.map((d) => d.message), [], 'nothing on the paraphrased sentence');
  });

  it('the vague attribution is fixed to the corpus\'s named source, and the hover says so', async () => {
    const { doc } = await h.open(draftUri);
    const d = await h.waitFor(() => vague(doc.uri) && vague(doc.uri).relatedInformation && vague(doc.uri), 'vague attribution with evidence', 25000);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 1));
    const md = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(md, /Your sources attribute this to Jane Roe, the bank's treasurer/);
    const actions = await h.codeActions(doc.uri, d.range);
    const fix = actions.find((a) => a.title === "Name the source: Jane Roe, the bank's treasurer (from statement.txt)");
    assert.ok(fix, `named-source fix offered: ${actions.map((a) => a.title).join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /Jane Roe, the bank's treasurer, says the branches lost money for five years in a row\./);
    await h.waitFor(() => !vague(doc.uri), 'vague attribution gone after the fix', 25000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
