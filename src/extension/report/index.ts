// Wires the report: commands (Show Report, Export Report, Check Workspace, the status bar's
// actions menu), the webview panels, live updates from the Linter, and state restore.
import { vscode } from '../vscodeApi';
import type { Report } from '../../engine/report/model';
import { isSupported, type Linter } from '../linter';
import { checkWorkspace, type WorkspaceCheckOptions, type WorkspaceCheckResult } from '../workspaceCheck';
import { documentInput, displayPath, type DraftInput } from './inputs';
import { EXPORT_FORMATS, exportReport, type ExportFormat } from './export';
import { ReportPanel, VIEW_TYPE, type PanelState, type ReportMessage } from './panel';
import { fileName } from '../../engine/report/evidencePlace';

export const SHOW_REPORT = 'factlint.showReport';
export const EXPORT_REPORT = 'factlint.exportReport';
export const CHECK_WORKSPACE = 'factlint.checkWorkspace';
export const STATUS_ACTIONS = 'factlint.statusActions';

/** Test hooks (returned from activate() as `api.report`). */
export interface ReportApi {
  /** The open report panels. */
  panels(): Array<{ mode: 'document' | 'workspace'; uri?: string; visible: boolean; report?: Report; panel: vscode.WebviewPanel }>;
  /** Resolves with the next report posted by a panel (or the current one if `now`). */
  nextUpdate(mode?: 'document' | 'workspace'): Promise<Report>;
  /** Runs the workspace check without the progress UI (tests pass their own token). */
  checkWorkspace(options?: WorkspaceCheckOptions): Promise<WorkspaceCheckResult>;
  /** Sends a message as if the webview had posted it (reveal, fix, export). */
  simulateMessage(mode: 'document' | 'workspace', msg: ReportMessage): Promise<unknown>;
}

export function registerReport(context: vscode.ExtensionContext, linter: Linter): ReportApi {
  const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'media');
  const version: string | undefined = context.extension?.packageJSON?.version;
  let docPanel: ReportPanel | undefined;
  let wsPanel: ReportPanel | undefined;
  const updateWaiters: Array<{ mode?: string; resolve: (r: Report) => void }> = [];

  const track = (p: ReportPanel) => {
    p.onDidUpdate((r) => {
      for (let i = updateWaiters.length - 1; i >= 0; i--)
        if (!updateWaiters[i].mode || updateWaiters[i].mode === p.mode) updateWaiters.splice(i, 1)[0].resolve(r);
    });
    p.onDidDispose(() => {
      if (docPanel === p) docPanel = undefined;
      if (wsPanel === p) wsPanel = undefined;
    });
    return p;
  };

  /** The editor column showing `uri`, if any. */
  const columnOf = (uri: vscode.Uri) => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())?.viewColumn;

  const uriForPath = (panel: ReportPanel, path: string): vscode.Uri | undefined => panel.draftFor(path)?.uri;

  async function reveal(uri: vscode.Uri, offset?: number, length?: number) {
    const doc = await vscode.workspace.openTextDocument(uri);
    const column = columnOf(uri) ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
    if (offset !== undefined) {
      const range = new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + (length ?? 0)));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return editor;
  }

  async function applyFix(uri: vscode.Uri, ruleId: string, offset: number, length: number, index: number): Promise<boolean> {
    const doc = await vscode.workspace.openTextDocument(uri);
    const f = linter.findings(doc).find((x) => x.ruleId === ruleId && x.offset === offset && x.length === length);
    const fix = f?.fixes[index];
    if (!fix || !fix.edits.length) {
      void vscode.window.showWarningMessage('FactLint: that finding has changed since the report was drawn; the report is updated, try again.');
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of fix.edits) edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.newText);
    const ok = await vscode.workspace.applyEdit(edit);
    if (ok) {
      // Show where it changed, and re-check now (rather than after the typing delay).
      await reveal(uri, fix.edits[0].offset, fix.edits[0].newText.length);
      linter.lintNow(doc);
    }
    return ok;
  }

  async function onMessage(panel: ReportPanel, msg: ReportMessage): Promise<unknown> {
    switch (msg.type) {
      case 'reveal': {
        const uri = uriForPath(panel, msg.path);
        return uri ? reveal(uri, msg.offset, msg.length) : undefined;
      }
      case 'open': {
        const uri = uriForPath(panel, msg.path);
        return uri ? reveal(uri) : undefined;
      }
      case 'fix': {
        const uri = uriForPath(panel, msg.path);
        return uri ? applyFix(uri, msg.ruleId, msg.offset, msg.length, msg.index) : false;
      }
      case 'export':
        return exportFrom(panel, msg.format);
    }
    return undefined;
  }

  async function exportFrom(panel: ReportPanel | undefined, format: ExportFormat, drafts?: readonly DraftInput[]) {
    const list = drafts ?? panel?.currentDrafts ?? [];
    if (!list.length) {
      void vscode.window.showInformationMessage('FactLint: nothing to export yet — open a draft or run FactLint: Check Workspace.');
      return undefined;
    }
    const base = panel?.mode === 'workspace' || list.length > 1 ? 'workspace' : (fileName(list[0].input.result.path) || 'draft');
    const uri = await exportReport(format, list, base, version);
    if (uri) void vscode.window.showInformationMessage(`FactLint: report exported to ${displayPath(uri)}`);
    return uri;
  }

  // --- live updates -------------------------------------------------------------------------
  let docTimer: ReturnType<typeof setTimeout> | undefined;
  const wsPending = new Set<string>();
  let wsTimer: ReturnType<typeof setTimeout> | undefined;

  async function refreshDocPanel() {
    const p = docPanel;
    if (!p?.uri) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === p.uri!.toString());
    if (!doc || doc.isClosed) return; // keep the last report (the draft was closed)
    p.setDrafts([await documentInput(linter, doc)]);
  }

  async function refreshWsPanel() {
    const p = wsPanel;
    if (!p) return;
    const keys = new Set(wsPending);
    wsPending.clear();
    const drafts = [...p.currentDrafts];
    let changed = false;
    for (let i = 0; i < drafts.length; i++) {
      if (!keys.has(drafts[i].uri.toString())) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === drafts[i].uri.toString());
      if (doc && !doc.isClosed && isSupported(doc) && !linter.isHidden(doc.uri)) {
        drafts[i] = await documentInput(linter, doc);
        changed = true;
      }
    }
    if (changed) p.setDrafts(drafts);
  }

  context.subscriptions.push(
    linter.onDidLint((uri) => {
      if (docPanel?.uri && uri.toString() === docPanel.uri.toString()) {
        if (docTimer) clearTimeout(docTimer);
        docTimer = setTimeout(() => void refreshDocPanel(), 100);
      }
      if (wsPanel?.currentDrafts.some((d) => d.uri.toString() === uri.toString())) {
        wsPending.add(uri.toString());
        if (wsTimer) clearTimeout(wsTimer);
        wsTimer = setTimeout(() => void refreshWsPanel(), 300);
      }
    }),
    { dispose: () => (docTimer && clearTimeout(docTimer), wsTimer && clearTimeout(wsTimer), docPanel?.dispose(), wsPanel?.dispose()) },
  );

  // --- commands -----------------------------------------------------------------------------
  /** The draft a command is about: an explicit URI, the active editor, else the report's own draft. */
  function targetDocument(arg?: unknown): Thenable<vscode.TextDocument | undefined> | vscode.TextDocument | undefined {
    if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
    const active = vscode.window.activeTextEditor?.document;
    if (active && isSupported(active)) return active;
    const visible = vscode.window.visibleTextEditors.find((e) => isSupported(e.document))?.document;
    if (visible) return visible;
    if (docPanel?.uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === docPanel!.uri!.toString());
    return undefined;
  }

  async function showReport(arg?: unknown) {
    const doc = await targetDocument(arg);
    if (!doc) {
      void vscode.window.showInformationMessage('FactLint: open a Markdown, plain-text or news draft to see its report.');
      return undefined;
    }
    if (!isSupported(doc)) {
      void vscode.window.showInformationMessage(`FactLint reports on Markdown, plain text and news drafts, not "${doc.languageId}".`);
      return undefined;
    }
    if (!columnOf(doc.uri)) await vscode.window.showTextDocument(doc, { preview: false });
    if (linter.isHidden(doc.uri) || !linter.diagnostics.has(doc.uri)) linter.lintNow(doc);
    if (!docPanel) docPanel = track(ReportPanel.create('document', doc.uri, vscode.ViewColumn.Beside, mediaRoot, onMessage, version));
    else {
      docPanel.uri = doc.uri;
      docPanel.panel.reveal(undefined, true);
    }
    docPanel.setDrafts([await documentInput(linter, doc)]);
    return docPanel.panel;
  }

  async function runWorkspaceCheck() {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('FactLint: open a folder to check its drafts.');
      return undefined;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'FactLint: checking drafts', cancellable: true },
      (progress, token) => {
        let last = 0;
        return checkWorkspace(linter, {
          token,
          onFile: (uri, done, total) => {
            const pct = (done / Math.max(1, total)) * 100;
            progress.report({ message: `${done}/${total} ${displayPath(uri)}`, increment: pct - last });
            last = pct;
          },
        });
      },
    );
    if (result.cancelled) {
      void vscode.window.showInformationMessage(`FactLint: workspace check stopped after ${result.checked} of ${result.total} drafts.`);
      return result;
    }
    if (!result.total) {
      void vscode.window.showInformationMessage('FactLint: no drafts found (setting factlint.workspaceGlobs).');
      return result;
    }
    if (!wsPanel) wsPanel = track(ReportPanel.create('workspace', undefined, vscode.ViewColumn.Active, mediaRoot, onMessage, version));
    else wsPanel.panel.reveal(undefined, false);
    wsPanel.setDrafts(result.drafts);
    return result;
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_REPORT, showReport),
    vscode.commands.registerCommand(CHECK_WORKSPACE, runWorkspaceCheck),
    vscode.commands.registerCommand(EXPORT_REPORT, async (format?: unknown) => {
      let fmt = EXPORT_FORMATS.find((f) => f.format === format)?.format;
      if (!fmt) {
        const pick = await vscode.window.showQuickPick(
          EXPORT_FORMATS.map((f) => ({ label: f.label, format: f.format })),
          { title: 'Export FactLint report', placeHolder: 'Format' },
        );
        if (!pick) return undefined;
        fmt = pick.format;
      }
      // The report on screen if there is one, else the active draft.
      const panel = docPanel?.panel.active ? docPanel : wsPanel?.panel.active ? wsPanel : docPanel ?? wsPanel;
      if (panel) return exportFrom(panel, fmt);
      const doc = await targetDocument();
      return doc && isSupported(doc) ? exportFrom(undefined, fmt, [await documentInput(linter, doc)]) : exportFrom(undefined, fmt, []);
    }),
    vscode.commands.registerCommand(STATUS_ACTIONS, async () => {
      const items = [
        { label: '$(preview) Show Report', command: SHOW_REPORT },
        { label: '$(warning) Show Problems', command: 'workbench.actions.view.problems' },
        { label: '$(search) Check Workspace', command: CHECK_WORKSPACE },
      ];
      const pick = await vscode.window.showQuickPick(items, { title: 'FactLint' });
      if (pick) await vscode.commands.executeCommand(pick.command);
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const s = (state ?? {}) as Partial<PanelState>;
        if (s.mode === 'workspace') {
          // The saved report stays on screen (webview state); exports need a fresh check.
          if (wsPanel) return panel.dispose();
          wsPanel = track(new ReportPanel(panel, 'workspace', undefined, mediaRoot, onMessage, version));
          return;
        }
        const uri = typeof s.uri === 'string' ? vscode.Uri.parse(s.uri) : undefined;
        if (docPanel || !uri) return panel.dispose();
        docPanel = track(new ReportPanel(panel, 'document', uri, mediaRoot, onMessage, version));
        try {
          const doc = await vscode.workspace.openTextDocument(uri);
          if (isSupported(doc)) docPanel.setDrafts([await documentInput(linter, doc)]);
        } catch {
          /* the draft is gone: the webview keeps showing its saved report */
        }
      },
    }),
  );

  return {
    panels: () =>
      [docPanel, wsPanel]
        .filter((p): p is ReportPanel => !!p && !p.disposed)
        .map((p) => ({ mode: p.mode, uri: p.uri?.toString(), visible: p.panel.visible, report: p.currentReport, panel: p.panel })),
    nextUpdate: (mode) => new Promise<Report>((resolve) => updateWaiters.push({ mode, resolve })),
    checkWorkspace: (options) => checkWorkspace(linter, options),
    simulateMessage: (mode, msg) => {
      const p = mode === 'workspace' ? wsPanel : docPanel;
      return p ? onMessage(p, msg) : Promise.reject(new Error(`no ${mode} report panel`));
    },
  };
}
