// FactLint for VS Code: a thin adapter over the engine (src/engine). Diagnostics, hovers, quick
// fixes, commands and a status bar item; every finding comes from analyze().
import { cpuMs, loadStarted, loadStartedCpu } from './loadClock';
import { vscode, vscodeReady } from './vscodeApi';
import { Linter, LANGUAGES, isSupported, type CheckTiming, type CheckEvent } from './linter';
import { FactLintHoverProvider } from './hover';
import { ALLOW_PHRASE, FactLintCodeActionProvider, IGNORE_OCCURRENCE } from './codeActions';
import { addToListSetting, SECTION } from './settings';
import { registerReport, STATUS_ACTIONS, type ReportApi } from './report';
import { CorpusProvider, registerCorpusUi } from './corpus';
import { EXTRACTED_SCHEME, ExtractedTextProvider } from './extractedView';
import { registerTrust, type TrustState } from './trust';
import { engine, engineLoadMs } from './engine';
import { nextTurn } from '../engine/nextTurn';

/** The bundle's top-level code ends here (loadStarted: where it began). */
const loadEnded = performance.now();
const loadEndedCpu = cpuMs();

export interface FactLintApi {
  /** Lints the document now and returns its finding count (used by tests and other extensions). */
  check(uri: vscode.Uri): Promise<number>;
  /** Report webview and workspace check hooks (tests). */
  report?: ReportApi;
  /** Workspace trust notice (tests). */
  trust?: TrustState;
  /** What the last check of a document cost (the performance test). */
  lastCheck?(uri: vscode.Uri): CheckTiming | undefined;
  /**
   * Fires after every check of a document, right after any changed diagnostics were sent to VS
   * Code (`sent`). Unlike languages.onDidChangeDiagnostics, which VS Code delivers to extensions
   * debounced by 50 ms and only when something changed, this is the moment the check is done.
   */
  onDidCheck?: vscode.Event<CheckEvent>;
}

export function activate(context: vscode.ExtensionContext): FactLintApi {
  const started = performance.now();
  const startedCpu = cpuMs();
  const output = vscode.window.createOutputChannel('FactLint');
  const corpus = new CorpusProvider(output);
  context.subscriptions.push(corpus);
  const linter = new Linter(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md'), output, corpus);
  const status = vscode.window.createStatusBarItem('factlint.status', vscode.StatusBarAlignment.Left, 50);
  status.name = 'FactLint';
  status.command = STATUS_ACTIONS; // quick pick: Show Report / Show Problems / Check Workspace
  context.subscriptions.push(output, linter, status);

  const selector: vscode.DocumentSelector = LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    // read-only views of the text extracted from PDF and DOCX sources (evidence links open them)
    vscode.workspace.registerTextDocumentContentProvider(EXTRACTED_SCHEME, new ExtractedTextProvider((uri) => corpus.extracted(uri))),
    vscode.languages.registerHoverProvider(selector, new FactLintHoverProvider(linter)),
    vscode.languages.registerCodeActionsProvider(selector, new FactLintCodeActionProvider(linter), FactLintCodeActionProvider.metadata),
  );

  const updateStatus = () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isSupported(doc) || !linter.settings(doc).enable) return status.hide();
    const n = linter.count(doc.uri);
    status.text = `$(checklist) FactLint: ${n}`;
    status.tooltip = n === 1 ? '1 FactLint finding in this draft — click for the report or the Problems panel' : `${n} FactLint findings in this draft — click for the report or the Problems panel`;
    status.show();
  };

  /** Documents shown in some tab right now (diagnostics of drafts whose last tab closed are cleared). */
  const inTabs = () => {
    const open = new Set<string>();
    for (const g of vscode.window.tabGroups.all)
      for (const t of g.tabs) {
        const input = t.input;
        if (input instanceof vscode.TabInputText) open.add(input.uri.toString());
        else if (input instanceof vscode.TabInputTextDiff) open.add(input.modified.toString());
      }
    return open;
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => isSupported(d) && linter.lintNow(d)),
    vscode.workspace.onDidChangeTextDocument((e) => linter.edited(e)),
    vscode.workspace.onDidCloseTextDocument((d) => linter.forget(d.uri)),
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      const open = inTabs();
      for (const t of e.closed) {
        const uri = t.input instanceof vscode.TabInputText ? t.input.uri : t.input instanceof vscode.TabInputTextDiff ? t.input.modified : undefined;
        if (uri && !open.has(uri.toString())) linter.closed(uri);
      }
      for (const t of e.opened) {
        const uri = t.input instanceof vscode.TabInputText ? t.input.uri : undefined;
        const doc = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc && isSupported(doc) && (linter.isHidden(doc.uri) || !linter.diagnostics.has(doc.uri))) linter.lintNow(doc);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) {
        linter.lintAll();
        updateStatus();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    linter.onDidLint(updateStatus),

    vscode.commands.registerCommand('factlint.checkDocument', async (arg?: vscode.Uri) => {
      const doc = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
      if (!doc) return 0;
      if (!isSupported(doc)) {
        void vscode.window.showInformationMessage(`FactLint checks Markdown, plain text and news drafts, not "${doc.languageId}".`);
        return 0;
      }
      return (await linter.lintWhenReady(doc)).length;
    }),
    vscode.commands.registerCommand('factlint.showOutput', () => output.show(true)),
    vscode.commands.registerCommand(IGNORE_OCCURRENCE, async (hash: string) => {
      if (typeof hash === 'string' && hash) await addToListSetting('ignoredOccurrences', hash);
    }),
    vscode.commands.registerCommand(ALLOW_PHRASE, async (phrase: string) => {
      if (typeof phrase === 'string' && phrase.trim()) await addToListSetting('allowedPhrases', phrase.trim());
    }),
  );

  // Restricted Mode: name the ignored workspace settings once; re-check all drafts when trusted.
  const trust = registerTrust(vscode, context.subscriptions, output, () => {
    linter.lintAll();
    updateStatus();
  });

  registerCorpusUi(context, corpus, (d) => isSupported(d) && linter.settings(d).enable);
  const now = performance.now();
  const nowCpu = cpuMs();
  const cpu = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '' : `, CPU ${(b - a).toFixed(0)} ms`);
  output.appendLine(`FactLint ${context.extension.packageJSON.version ?? ''} activated in ${(now - started).toFixed(0)} ms${cpu(startedCpu, nowCpu)}; bundle loaded in ${(loadEnded - loadStarted).toFixed(0)} ms${cpu(loadStartedCpu, loadEndedCpu)} before that (VS Code's API object: ${(vscodeReady - loadStarted).toFixed(0)} ms of it).`);
  // The engine (src/extension/engine.ts) loads right after activation instead of inside it, so
  // VS Code's activation event only waits for registration; the first check of the open drafts
  // (its first slice) runs in the turn after that, so neither adds to the other's stall.
  let cancelFirstCheck = () => {};
  const firstCheck = setTimeout(() => {
    if (vscode.workspace.textDocuments.some(isSupported)) engine();
    cancelFirstCheck = nextTurn(() => {
      const t = performance.now();
      linter.lintAll();
      updateStatus();
      const loadMs = engineLoadMs();
      output.appendLine(`First check of the open drafts: ${(performance.now() - t).toFixed(0)} ms${loadMs === undefined ? '' : ` (loading the engine: ${loadMs.toFixed(0)} ms, the turn before)`}, ${(t - now).toFixed(0)} ms after activation.`);
    });
  }, 0);
  context.subscriptions.push({ dispose: () => (clearTimeout(firstCheck), cancelFirstCheck()) });

  const report = registerReport(context, linter);

  return {
    report,
    trust,
    lastCheck: (uri) => linter.timing(uri),
    onDidCheck: linter.onDidCheck,
    async check(uri: vscode.Uri) {
      const doc = await vscode.workspace.openTextDocument(uri);
      return (await linter.lintWhenReady(doc)).length;
    },
  };
}

export function deactivate(): void {}
