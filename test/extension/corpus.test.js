// The reference corpus in a real VS Code extension host (issue #3): a draft with a sources/ folder
// beside it gets contradicted-claim diagnostics with evidence (relatedInformation, hover with a link
// that opens the source at the line), the engine's quick fix puts in the source's value, and editing
// a source (workspace.fs) updates the verdict without reopening the draft. Fixtures are created
// here, in a subfolder of the test workspace (the seed draft.txt at the root keeps no sources).
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const CONTRA = 'contradicted-claim';
const SOURCE = 'Dam safety survey, 2024\n\nA failure could flood 2,300 homes downstream, according to the survey.\n';
const DRAFT = 'A failure could flood 3,200 homes downstream, according to the survey.\n';

describe('FactLint corpus: sources beside the draft (real VS Code extension host)', function () {
  this.timeout(90000);
  let dir;
  let draftUri;
  let sourceUri;
  const enc = (s) => new TextEncoder().encode(s);

  before(async () => {
    const ext = vscode.extensions.getExtension('factlint.factlint');
    await ext.activate();
    dir = vscode.Uri.joinPath(h.folder(), 'corpus-case');
    draftUri = vscode.Uri.joinPath(dir, 'draft.txt');
    sourceUri = vscode.Uri.joinPath(dir, 'sources', 'survey.txt');
    await vscode.workspace.fs.writeFile(sourceUri, enc(SOURCE));
    await vscode.workspace.fs.writeFile(draftUri, enc(DRAFT));
  });
  afterEach(async () => {
    await h.closeAll();
    await h.resetSettings();
    await h.setSetting('corpus', undefined);
    await vscode.workspace.fs.writeFile(sourceUri, enc(SOURCE));
  });
  after(async () => {
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => {});
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(h.folder(), 'corpus-extra'), { recursive: true, useTrash: false }).then(undefined, () => {});
  });

  const contradiction = (uri, re) => h.factlintDiags(uri, CONTRA).find((d) => !re || re.test(d.message));
  /** Waits (generously: the CI machine is shared) and names the diagnostics present on timeout. */
  const waitDiag = (uri, fn, what) =>
    h.waitFor(fn, what, 25000).catch((e) => {
      const log = (h.outputChannelText('FactLint') || '').split('\n').slice(-15).join('\n');
      throw new Error(`${e.message}; diagnostics now: ${JSON.stringify(h.factlintDiags(uri).map((d) => [d.code && d.code.value, d.message]))}\nFactLint output (last lines):\n${log}`);
    });

  it('a contradicted claim: diagnostic with relatedInformation at the source line', async () => {
    const { doc } = await h.open(draftUri);
    const d = await waitDiag(doc.uri, () => contradiction(doc.uri), 'contradicted-claim diagnostic');
    assert.strictEqual(d.message, 'The source says 2,300; the draft says 3,200.');
    assert.strictEqual(doc.getText(d.range), '3,200');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(d.relatedInformation && d.relatedInformation.length >= 1, 'relatedInformation present');
    const rel = d.relatedInformation[0];
    assert.strictEqual(rel.location.uri.toString(), sourceUri.toString());
    assert.strictEqual(rel.location.range.start.line, 2, 'evidence is on line 3 of the source (0-based 2)');
    assert.match(rel.message, /survey\.txt:3/);
    assert.match(rel.message, /2,300 homes/);
    // no "unattributed claim" once the sources are known
    assert.strictEqual(h.factlintDiags(doc.uri, 'unattributed-claim').length, 0);
  });

  it('hover: verdict, what differed, evidence with a link that opens the source at the line', async () => {
    const { doc } = await h.open(draftUri);
    const d = await waitDiag(doc.uri, () => contradiction(doc.uri), 'contradicted-claim diagnostic');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, d.range.start.translate(0, 1));
    const md = hovers.flatMap((x) => x.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.match(md, /Verdict:\*\* Contradicted by your sources/);
    assert.match(md, /The source says 2,300; the draft says 3,200\./);
    assert.match(md, /survey\.txt:3/);
    assert.match(md, /2,300 homes downstream/);
    const m = /\(command:factlint\.openSource\?([^ )]+)/.exec(md);
    assert.ok(m, `hover has an open-source command link: ${md.slice(0, 400)}`);
    const args = JSON.parse(decodeURIComponent(m[1]));
    assert.strictEqual(args[0], sourceUri.toString());
    assert.strictEqual(args[1], 3);
    await vscode.commands.executeCommand('factlint.openSource', ...args);
    const ed = await h.waitFor(() => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() === sourceUri.toString() && vscode.window.activeTextEditor, 'source opened');
    assert.strictEqual(ed.selection.active.line, 2, 'cursor on the evidence line');
  });

  it('quick fix puts in the source value (2,300) and the diagnostic goes away', async () => {
    const { doc } = await h.open(draftUri);
    const d = await waitDiag(doc.uri, () => contradiction(doc.uri), 'contradicted-claim diagnostic');
    const actions = await h.codeActions(doc.uri, d.range);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => /Replace “3,200” with “2,300”/.test(a.title));
    assert.ok(fix, `replace fix offered: ${titles.join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(titles.some((t) => /^Add citation: survey\.txt:3$/.test(t)), `citation fix offered: ${titles.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /flood 2,300 homes/);
    await waitDiag(doc.uri, () => !contradiction(doc.uri), 'contradiction cleared after the fix');
  });

  it('editing the source (workspace.fs) updates the verdict without reopening the draft', async () => {
    const { doc } = await h.open(draftUri);
    await waitDiag(doc.uri, () => contradiction(doc.uri, /2,300/), 'contradiction against 2,300');
    // the source now agrees with the draft
    await vscode.workspace.fs.writeFile(sourceUri, enc(SOURCE.replace('2,300', '3,200')));
    await waitDiag(doc.uri, () => !contradiction(doc.uri), 'contradiction gone after the source changed');
    // and now it disagrees differently
    await vscode.workspace.fs.writeFile(sourceUri, enc(SOURCE.replace('2,300', '4,100')));
    const d = await waitDiag(doc.uri, () => contradiction(doc.uri, /4,100/), 'contradiction against 4,100');
    assert.strictEqual(d.message, 'The source says 4,100; the draft says 3,200.');
    assert.ok(!doc.isClosed && doc.isDirty === false, 'same draft document, never reopened');
  });

  it('finds sources in sub-folders of sources/ and in references/, not in hidden or tool folders', async () => {
    const nested = vscode.Uri.joinPath(h.folder(), 'nested-case');
    const write = (rel, text) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(nested, rel), enc(text));
    // each claim is contradicted by one file only: the diagnostics name the files that were found
    await write('sources/2024/march/budget.txt', 'The council approved a budget of 14 million dollars for the dam repairs.\n');
    await write('references/ferry.txt', 'The ferry service carried 3,100 passengers on its first day, the operator said.\n');
    await write('sources/.cache/bridge.txt', 'The bridge reopened after 41 days of repairs, the city said.\n');
    await write('sources/node_modules/school.txt', 'The school roof repair cost 90,000 dollars, the district said.\n');
    const draft = vscode.Uri.joinPath(nested, 'draft.txt');
    await write(
      'draft.txt',
      'The council approved a budget of 19 million dollars for the dam repairs.\n\nThe ferry service carried 1,300 passengers on its first day, the operator said.\n\nThe bridge reopened after 14 days of repairs, the city said.\n\nThe school roof repair cost 60,000 dollars, the district said.\n',
    );
    try {
      await h.open(draft);
      const files = () => new Set(h.factlintDiags(draft, CONTRA).flatMap((d) => (d.relatedInformation || []).map((r) => r.location.uri.path.split('/').pop())));
      await waitDiag(draft, () => files().has('budget.txt') && files().has('ferry.txt'), 'contradictions from sources/2024/march/ and references/');
      await h.sleep(500);
      assert.deepStrictEqual([...files()].sort(), ['budget.txt', 'ferry.txt'], 'nothing from sources/.cache or sources/node_modules');
    } finally {
      await h.closeAll();
      await vscode.workspace.fs.delete(nested, { recursive: true, useTrash: false }).then(undefined, () => {});
    }
  });

  it('"Sources" quick pick lists the corpus files; choosing one opens it', async () => {
    await h.open(draftUri);
    await waitDiag(draftUri, () => contradiction(draftUri), 'corpus in use');
    const picked = vscode.commands.executeCommand('factlint.showSources');
    await h.sleep(500);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const uri = await picked;
    assert.ok(uri, 'an item was picked');
    assert.strictEqual(uri.toString(), sourceUri.toString());
    await h.waitFor(() => vscode.window.activeTextEditor && vscode.window.activeTextEditor.document.uri.toString() === sourceUri.toString(), 'source opened');
  });

  it('factlint.corpus (workspace glob) and front-matter sources; binary / non-UTF-8 files are skipped with a message', async () => {
    const extra = vscode.Uri.joinPath(h.folder(), 'corpus-extra');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(extra, 'wire.txt'), enc('The council approved 14 new bus routes on Tuesday, the mayor said.\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(extra, 'notes', 'memo.md'), enc('# Memo\n\nThe bridge reopened on 4 March, the transport agency said.\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(extra, 'blob.txt'), new Uint8Array([0x41, 0x00, 0x42, 0x43]));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(extra, 'latin1.txt'), new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    // a Markdown draft elsewhere: glob from the setting, memo from its front matter
    const md = await h.writeFile('corpus-extra/story/story.md', '---\ntitle: Story\nsources:\n  - ../notes/memo.md\n---\n\nThe council approved 41 new bus routes on Tuesday, the mayor said.\n\nThe bridge reopened on 9 March, the transport agency said.\n');
    await h.setSetting('corpus', ['corpus-extra/*.txt']);
    const { doc } = await h.open(md);
    await waitDiag(doc.uri, () => contradiction(doc.uri, /14/), 'contradiction from the factlint.corpus glob (wire.txt)');
    await waitDiag(doc.uri, () => contradiction(doc.uri, /4 March/), 'contradiction from the front-matter source (memo.md)');
    const log = await h.waitFor(() => {
      const t = h.outputChannelText('FactLint');
      return /blob\.txt: skipped: binary file/.test(t) && /latin1\.txt: skipped: not valid UTF-8/.test(t) ? t : null;
    }, 'skip messages in the FactLint output channel');
    assert.ok(!/wire\.txt: skipped/.test(log));
  });
});
