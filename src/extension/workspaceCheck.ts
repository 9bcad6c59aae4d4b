// FactLint: Check Workspace — finds drafts by glob, analyses each with the engine (with the
// corpus when the Linter provides one), fills the Problems panel for drafts that are not open, and
// returns their report inputs for the workspace report. Cancellable between files.
import { vscode } from './vscodeApi';
import type { Finding } from '../engine/index';
import { engine } from './engine';
import { readFile } from './files';
import { afterNextTurn } from '../engine/nextTurn';
import type { Linter } from './linter';
import { isSupported } from './linter';
import { readSettings, SECTION } from './settings';
import { globProblem, normalizeGlob } from '../node/glob';
import { corpusFor, documentInput, languageIdForPath, textInput, type DraftInput } from './report/inputs';

export const DEFAULT_WORKSPACE_GLOBS = ['**/*.{md,markdown,txt,draft,news}'];
export const DEFAULT_WORKSPACE_EXCLUDE = ['**/node_modules/**', '**/sources/**', '**/references/**', '**/.git/**'];
const MAX_FILES = 5000;

function stringList(key: string, fallback: string[], problems: string[] = []): string[] {
  const v = vscode.workspace.getConfiguration(SECTION).get<unknown>(key);
  if (!Array.isArray(v)) return fallback;
  const list: string[] = [];
  for (const x of v) {
    if (typeof x !== 'string' || !x.trim()) continue;
    // Bounded before VS Code's glob engine sees it (length, wildcards, brace depth; see ../node/glob).
    const bad = globProblem(x.trim());
    if (bad) problems.push(`factlint.${key}: pattern ${JSON.stringify(x.length > 200 ? x.slice(0, 200) + '…' : x)} not used (${bad})`);
    else list.push(normalizeGlob(x.trim()));
  }
  return list.length || key === 'workspaceExclude' ? list : fallback;
}

/** `{a,b}` for several globs (findFiles takes one pattern); VS Code globs allow nested braces. */
const oneGlob = (globs: string[]) => (globs.length === 1 ? globs[0] : `{${globs.join(',')}}`);

export interface WorkspaceCheckOptions {
  token?: vscode.CancellationToken;
  /** Called after each file (progress; tests cancel from here). */
  onFile?: (uri: vscode.Uri, done: number, total: number) => void;
}

export interface WorkspaceCheckResult {
  total: number;
  checked: number;
  cancelled: boolean;
  drafts: DraftInput[];
  /** Files that were not open: their diagnostics were published by this check. */
  published: vscode.Uri[];
  /** Settings patterns that were not used (too long or too complex), with the reason. */
  problems: string[];
}

/** Diagnostic for a finding of a file that is not open (1-based line/column → 0-based positions). */
export function findingDiagnostic(linter: Linter, f: Finding): vscode.Diagnostic {
  return linter.diagnostic(f, new vscode.Range(Math.max(0, f.line - 1), Math.max(0, f.column - 1), Math.max(0, f.endLine - 1), Math.max(0, f.endColumn - 1)));
}

export async function checkWorkspace(linter: Linter, options: WorkspaceCheckOptions = {}): Promise<WorkspaceCheckResult> {
  const token = options.token;
  const problems: string[] = [];
  const include = oneGlob(stringList('workspaceGlobs', DEFAULT_WORKSPACE_GLOBS, problems));
  const excludes = stringList('workspaceExclude', DEFAULT_WORKSPACE_EXCLUDE, problems);
  const uris = await vscode.workspace.findFiles(include, excludes.length ? oneGlob(excludes) : null, MAX_FILES, token);
  uris.sort((a, b) => a.toString().localeCompare(b.toString()));
  const result: WorkspaceCheckResult = { total: uris.length, checked: 0, cancelled: false, drafts: [], published: [], problems };
  const decoder = new TextDecoder('utf-8');

  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open && isSupported(open) && !linter.isHidden(uri)) {
      // Open drafts are the Linter's: its findings are already in the Problems panel.
      if (readSettings(uri).enable) result.drafts.push(await documentInput(linter, open));
    } else {
      const settings = readSettings(uri);
      if (settings.enable) {
        let text: string | undefined;
        try {
          text = decoder.decode(await readFile(uri));
        } catch {
          text = undefined; // vanished or unreadable: skip it
        }
        if (text !== undefined && !token?.isCancellationRequested) {
          const languageId = languageIdForPath(uri.path);
          const corpus = await corpusFor(linter, uri, { text, languageId });
          const fileResult = engine().analyze(text, { path: uri.scheme === 'file' ? uri.fsPath : uri.toString(), languageId, config: settings.config, ...(corpus ? { corpus } : {}) });
          linter.diagnostics.set(uri, fileResult.findings.map((f) => findingDiagnostic(linter, f)));
          result.published.push(uri);
          result.drafts.push(textInput(linter, uri, text, languageId, fileResult, corpus));
        }
      }
    }
    result.checked++;
    options.onFile?.(uri, result.checked, uris.length);
    await afterNextTurn(); // lets a cancellation (and the UI) through between files
  }
  result.cancelled = !!token?.isCancellationRequested && result.checked < uris.length;
  return result;
}
