// PDF and DOCX sources in a real VS Code extension host (issue 20): a draft with a PDF and a DOCX
// beside it gets contradicted claims whose evidence names the page (paragraph), the Problems
// panel's evidence and the hover's link open the read-only text FactLint extracted from that page
// at the passage, the quick fix puts in the source's value, and scanned, encrypted or broken files
// are skipped with a note in the FactLint output channel while everything else goes on.
// The same file runs against the installed .vsix (test/vsix/), so it only uses the public API.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const ROOT = path.resolve(__dirname, '..', '..');
const CONTRA = 'contradicted-claim';
const DRAFT =
  'The spillway was last repaired in 1998, according to the inspection report.\n\n' +
  'The mayor said the town would ask the state for a loan of $9 million to pay for the first stage of the repairs.\n';
const PDF_MSG = 'The source says 1987; the draft says 1998.';
const DOCX_MSG = 'The source says $6 million; the draft says $9 million.';

describe('FactLint: PDF and DOCX sources (real VS Code extension host)', function () {
  this.timeout(120000);
  let dir;
  let draftUri;

  before(async () => {
    const ext = vscode.extensions.getExtension('factlint.factlint');
    await ext.activate();
    dir = vscode.Uri.joinPath(h.folder(), 'documents-case');
    const copy = (from, to) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, to), fs.readFileSync(path.join(ROOT, from)));
    await copy('examples/sources/inspection-report.pdf', 'sources/inspection-report.pdf');
    await copy('examples/sources/mayor-statement.docx', 'sources/mayor-statement.docx');
    await copy('test/fixtures/sources/broken.pdf', 'sources/broken.pdf');
    await copy('test/fixtures/sources/scanned.pdf', 'sources/scanned.pdf');
    await copy('test/fixtures/sources/encrypted.pdf', 'sources/encrypted.pdf');
    draftUri = vscode.Uri.joinPath(dir, 'draft.txt');
    await vscode.workspace.fs.writeFile(draftUri, new TextEncoder().encode(DRAFT));
  });
  afterEach(() => h.closeAll());
  after(async () => {
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => {});
  });

  const contradiction = (message) => h.factlintDiags(draftUri, CONTRA).find((d) => d.message === message);
  const waitDiag = (fn, what) =>
    h.waitFor(fn, what, 60000).catch((e) => {
      const log = (h.outputChannelText('FactLint') || '').split('\n').slice(-15).join('\n');
      throw new Error(`${e.message}; diagnostics now: ${JSON.stringify(h.factlintDiags(draftUri).map((d) => [d.code && d.code.value, d.message]))}\nFactLint output (last lines):\n${log}`);
    });
  const flat = (s) => s.replace(/\s+/g, ' ').trim();

  it('a claim contradicted by a PDF: the evidence names the page and opens the text of that page at the passage', async () => {
    const { doc } = await h.open(draftUri);
    const d = await waitDiag(() => contradiction(PDF_MSG), 'the contradiction from the PDF');
    assert.strictEqual(doc.getText(d.range), '1998');
    const rel = d.relatedInformation[0];
    assert.match(rel.message, /^Source inspection-report\.pdf p\. 3: “The spillway was last repaired in 1987, when the state replaced its gates/);
    assert.strictEqual(rel.location.uri.scheme, 'factlint-extracted');
    assert.strictEqual(rel.location.uri.path, '/inspection-report.pdf, page 3');
    const view = await vscode.workspace.openTextDocument(rel.location.uri);
    assert.match(view.getText(), /^\[Text FactLint extracted from inspection-report\.pdf, page 3 of 3, as your draft was checked against it\. Read-only\.\]\n\nHistory of repairs\n/);
    assert.strictEqual(flat(view.getText(rel.location.range)), 'The spillway was last repaired in 1987, when the state replaced its gates and sealed the joints of the chute.');
  });

  it('the hover names the page, and its link opens the page\'s text at the passage', async () => {
    const { doc } = await h.open(draftUri);
    const d = await waitDiag(() => contradiction(PDF_MSG), 'the contradiction from the PDF');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 1));
    const md = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(md, /Verdict:\*\* Contradicted by your sources/);
    assert.match(md, /\[inspection-report\.pdf p\. 3\]\(command:factlint\.openSource\?/);
    const m = /\[inspection-report\.pdf p\. 3\]\(command:factlint\.openSource\?([^ )]+)/.exec(md);
    const args = JSON.parse(decodeURIComponent(m[1]));
    assert.ok(args[0].startsWith('factlint-extracted:'), args[0]);
    await vscode.commands.executeCommand('factlint.openSource', ...args);
    const ed = await h.waitFor(() => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.scheme === 'factlint-extracted' && vscode.window.activeTextEditor, 'the page opened');
    // the passage starts mid-line, after "The dam was completed in 1958."
    const at = ed.document.lineAt(ed.selection.active.line).text.slice(ed.selection.active.character);
    assert.ok(at.startsWith('The spillway was last repaired in 1987'), `cursor at the passage: ${JSON.stringify(at)}`);
    assert.ok(ed.selection.active.character > 0);
  });

  it('quick fixes: the PDF\'s value, and a citation of its page', async () => {
    const { doc } = await h.open(draftUri);
    const d = await waitDiag(() => contradiction(PDF_MSG), 'the contradiction from the PDF');
    const actions = await h.codeActions(doc.uri, d.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Add citation: inspection-report.pdf p. 3'), titles.join(' | '));
    const fix = actions.find((a) => /Replace “1998” with “1987”/.test(a.title));
    assert.ok(fix, titles.join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /last repaired in 1987,/);
    await waitDiag(() => !contradiction(PDF_MSG), 'the contradiction cleared after the fix');
  });

  it('a claim contradicted by a DOCX names its paragraph and opens the document\'s text there', async () => {
    await h.open(draftUri);
    const d = await waitDiag(() => contradiction(DOCX_MSG), 'the contradiction from the DOCX');
    const rel = d.relatedInformation[0];
    assert.match(rel.message, /^Source mayor-statement\.docx ¶ 2: “Mayor Tom Alvarez said the town will ask the state for a loan of \$6 million/);
    assert.strictEqual(rel.location.uri.path, '/mayor-statement.docx, text');
    const view = await vscode.workspace.openTextDocument(rel.location.uri);
    assert.match(flat(view.getText(rel.location.range)), /^Mayor Tom Alvarez said the town will ask the state for a loan of \$6 million/);
  });

  it('scanned, password-protected and broken PDFs are skipped with a note in the output channel, and nothing else is affected', async () => {
    await h.open(draftUri);
    await waitDiag(() => contradiction(PDF_MSG) && contradiction(DOCX_MSG), 'both contradictions');
    const log = await h.waitFor(() => {
      const t = h.outputChannelText('FactLint');
      return /broken\.pdf: skipped: not a readable PDF/.test(t) && /scanned\.pdf: skipped: no text layer/.test(t) && /encrypted\.pdf: skipped: the PDF is password-protected/.test(t) ? t : null;
    }, 'skip notes in the FactLint output channel', 30000);
    assert.match(log, /inspection-report\.pdf: text of 3 pages ready in \d+ ms/);
    assert.match(log, /mayor-statement\.docx: text of 4 paragraphs ready in \d+ ms/);
    const diags = h.factlintDiags(draftUri);
    assert.ok(diags.every((x) => !(x.relatedInformation || []).some((r) => /broken|scanned|encrypted/.test(r.location.uri.toString()))));
  });
});
