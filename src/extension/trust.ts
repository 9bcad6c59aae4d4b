// Workspace trust (issue #6). package.json declares `untrustedWorkspaces: "limited"` with
// RESTRICTED_SETTINGS as `restrictedConfigurations`: in Restricted Mode VS Code itself does not
// apply the workspace's (and workspace folders') values of those settings; user settings still
// apply. VS Code's API does not say which restricted values a workspace has (they are dropped
// before `inspect()` sees them), so this reads the workspace's settings files (`.vscode/settings.json`
// of each folder and the `.code-workspace` file) and names the ones it finds — once per session,
// in the output channel and an information message. When trust is granted, the values apply
// again (VS Code re-reads them) and every open draft is re-checked.
//
// The `vscode` module is passed in (not imported) so the logic can be unit-tested with a fake.
import type * as vscodeTypes from 'vscode';

type Vscode = typeof vscodeTypes;

/** Settings that can point outside the workspace, add user patterns or hide findings. Keep in sync with package.json. */
export const RESTRICTED_SETTINGS = ['factlint.corpus', 'factlint.allowedPhrases', 'factlint.workspaceGlobs', 'factlint.workspaceExclude'] as const;

const MAX_SETTINGS_BYTES = 1024 * 1024;
export const MANAGE_TRUST = 'Manage Workspace Trust';

/** JSON with comments → the same text with comments blanked (strings kept), in one pass. */
export function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      const j = text.indexOf('\n', i);
      i = j < 0 ? n : j;
    } else if (c === '/' && text[i + 1] === '*') {
      const j = text.indexOf('*/', i + 2);
      i = j < 0 ? n : j + 2;
      out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * The restricted settings that a settings file (JSON with comments) sets, at the top level or in a
 * language block (`"[markdown]": {…}`). A key scan, not a full parse: a broken file still counts.
 */
export function restrictedKeysIn(text: string): string[] {
  const found = new Set<string>();
  const re = /"(factlint\.[A-Za-z]+)"\s*:/g;
  const clean = stripJsonComments(text);
  for (let m = re.exec(clean); m; m = re.exec(clean)) if ((RESTRICTED_SETTINGS as readonly string[]).includes(m[1])) found.add(m[1]);
  return RESTRICTED_SETTINGS.filter((k) => found.has(k));
}

/** Restricted settings the open workspace sets in its settings files (sorted as RESTRICTED_SETTINGS). */
export async function restrictedWorkspaceSettings(vscode: Vscode): Promise<string[]> {
  const files: vscodeTypes.Uri[] = [];
  for (const f of vscode.workspace.workspaceFolders ?? []) files.push(vscode.Uri.joinPath(f.uri, '.vscode', 'settings.json'));
  const wsFile = vscode.workspace.workspaceFile;
  if (wsFile && wsFile.scheme !== 'untitled') files.push(wsFile);
  const found = new Set<string>();
  for (const uri of files) {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      continue; // no settings file
    }
    if (bytes.length > MAX_SETTINGS_BYTES) continue;
    for (const k of restrictedKeysIn(new TextDecoder('utf-8').decode(bytes))) found.add(k);
  }
  return RESTRICTED_SETTINGS.filter((k) => found.has(k));
}

export function restrictedMessage(keys: readonly string[]): string {
  const list = keys.join(', ');
  return `FactLint: this workspace is in Restricted Mode, so its ${keys.length === 1 ? 'setting' : 'settings'} ${list} ${keys.length === 1 ? 'is' : 'are'} ignored (your user settings still apply). Trust the workspace to use ${keys.length === 1 ? 'it' : 'them'}.`;
}

export interface TrustState {
  /** The restricted settings reported as ignored this session (empty when trusted or none set). */
  readonly ignored: readonly string[];
  /** Resolves when the first check (and notice, if any) is done. */
  readonly ready: Promise<void>;
}

/**
 * Tells the user (once per session) which workspace settings Restricted Mode ignores, and
 * re-checks every draft when trust is granted.
 */
export function registerTrust(
  vscode: Vscode,
  subscriptions: { dispose(): unknown }[],
  output: { appendLine(line: string): void },
  relint: () => void,
): TrustState {
  const state: { ignored: string[]; ready: Promise<void> } = { ignored: [], ready: Promise.resolve() };
  let notified = false;
  const notify = async () => {
    if (vscode.workspace.isTrusted || notified) return;
    notified = true;
    const keys = await restrictedWorkspaceSettings(vscode).catch(() => [] as string[]);
    if (vscode.workspace.isTrusted) return; // trusted meanwhile
    state.ignored = keys;
    if (!keys.length) {
      output.appendLine(`[trust] Restricted Mode: workspace values of ${RESTRICTED_SETTINGS.join(', ')} would be ignored; this workspace sets none. Front-matter sources outside the workspace are ignored.`);
      return;
    }
    output.appendLine(`[trust] Restricted Mode: ignoring this workspace's ${keys.join(', ')} (user settings still apply). Front-matter sources outside the workspace are ignored. Trust the workspace to use them.`);
    void Promise.resolve(vscode.window.showInformationMessage(restrictedMessage(keys), MANAGE_TRUST)).then(
      (pick) => {
        if (pick === MANAGE_TRUST) void vscode.commands.executeCommand('workbench.trust.manage');
      },
      () => undefined,
    );
  };
  subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const was = state.ignored;
      state.ignored = [];
      output.appendLine(`[trust] workspace trusted: ${was.length ? `${was.join(', ')} from the workspace now apply` : 'workspace settings apply in full'}; re-checking open drafts.`);
      relint();
    }),
  );
  state.ready = notify();
  return state;
}
