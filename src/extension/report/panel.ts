// The report webview: one panel per draft report (follows the draft it was opened for) and one for
// the workspace report. The host builds the engine report model (buildReport) and posts it; the
// webview (media/report.js) only lays it out. Row clicks, fixes and exports come back as messages.
import { vscode } from '../vscodeApi';
import type MarkdownIt from 'markdown-it';
import { engine } from '../engine';
import type { Report } from '../../engine/report/model';
import type { DraftInput } from './inputs';
import { reportOf, type ExportFormat } from './export';
import { fileName } from '../../engine/report/evidencePlace';

export type ReportMode = 'document' | 'workspace';
export const VIEW_TYPE = 'factlint.report';

/** What the webview keeps in its state (getState/setState) and the serializer gets back. */
export interface PanelState {
  mode: ReportMode;
  uri?: string;
}

export type ReportMessage =
  | { type: 'ready' }
  | { type: 'reveal'; path: string; offset: number; length: number }
  | { type: 'open'; path: string }
  | { type: 'fix'; path: string; ruleId: string; offset: number; length: number; index: number }
  | { type: 'export'; format: ExportFormat };

// Made when the report first renders, not at activation (a markdown-it instance is work to build).
let md: MarkdownIt | undefined;
const renderMarkdown = (text: string) => (md ??= new (engine().MarkdownIt)({ html: false, linkify: false, typographer: false })).render(text);

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ReportPanel implements vscode.Disposable {
  private drafts: DraftInput[] = [];
  private report: Report | undefined;
  private seq = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDidUpdateEmitter = new vscode.EventEmitter<Report>();
  /** Fires after a new report was posted to the webview. */
  readonly onDidUpdate = this.onDidUpdateEmitter.event;
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;
  disposed = false;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly mode: ReportMode,
    public uri: vscode.Uri | undefined,
    private readonly mediaRoot: vscode.Uri,
    private readonly onMessage: (panel: ReportPanel, msg: ReportMessage) => unknown,
    private readonly toolVersion?: string,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [mediaRoot] };
    panel.iconPath = vscode.Uri.joinPath(mediaRoot, 'icon.png');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: ReportMessage) => {
        if (m?.type === 'ready') return this.post();
        return Promise.resolve(this.onMessage(this, m)).catch((e) => void vscode.window.showErrorMessage(`FactLint: ${e instanceof Error ? e.message : String(e)}`));
      }),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  static create(mode: ReportMode, uri: vscode.Uri | undefined, column: vscode.ViewColumn, mediaRoot: vscode.Uri, onMessage: ReportPanel['onMessage'], toolVersion?: string): ReportPanel {
    const title = mode === 'workspace' ? 'FactLint: Workspace Report' : 'FactLint Report';
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      retainContextWhenHidden: true,
      enableFindWidget: true,
      localResourceRoots: [mediaRoot],
    });
    return new ReportPanel(panel, mode, uri, mediaRoot, onMessage, toolVersion);
  }

  get currentReport(): Report | undefined {
    return this.report;
  }

  get currentDrafts(): readonly DraftInput[] {
    return this.drafts;
  }

  /** The draft input for a report path (paths in the model are display paths). */
  draftFor(path: string): DraftInput | undefined {
    return this.drafts.find((d) => d.input.result.path === path);
  }

  setDrafts(drafts: DraftInput[]): void {
    this.drafts = drafts;
    this.report = reportOf(drafts, this.toolVersion);
    if (this.mode === 'document' && drafts[0]) this.panel.title = `FactLint: ${fileName(drafts[0].input.result.path)}`;
    this.post();
  }

  private post(): void {
    if (this.disposed || !this.report) return;
    const report = this.report;
    const state: PanelState = { mode: this.mode, ...(this.uri ? { uri: this.uri.toString() } : {}) };
    void this.panel.webview.postMessage({
      type: 'report',
      seq: ++this.seq,
      mode: this.mode,
      state,
      title: this.mode === 'workspace' ? 'Workspace' : (report.files[0]?.path ?? 'Draft'),
      report,
      // The findings' explanations (Markdown from the engine), rendered without raw HTML.
      explanations: report.findings.map((f) => (f.explanation ? renderMarkdown(f.explanation) : '')),
    });
    this.onDidUpdateEmitter.fire(report);
  }

  private html(): string {
    const w = this.panel.webview;
    const n = nonce();
    const css = w.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'report.css'));
    const js = w.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'report.js'));
    const csp = [`default-src 'none'`, `style-src ${w.cspSource}`, `script-src 'nonce-${n}'`, `img-src ${w.cspSource} data:`, `font-src ${w.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${css}">
<title>FactLint Report</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">Building the report…</p></main>
<script nonce="${n}" src="${js}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
    this.onDidDisposeEmitter.fire();
    this.onDidDisposeEmitter.dispose();
    this.onDidUpdateEmitter.dispose();
  }
}
