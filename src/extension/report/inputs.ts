// Collects what the engine report model (src/engine/report) needs from the editor: the engine's
// FileResult for a draft, its text and language. Findings come from the Linter (the same ones the
// Problems panel shows); claims need a corpus, which the Linter may or may not provide.
import { vscode } from '../vscodeApi';
import type { CorpusDocument, Evidence, FileResult } from '../../engine/index';
import { engine } from '../engine';
import type { ReportInput } from '../../engine/report/model';
import type { Linter } from '../linter';
import { readSettings } from '../settings';

/**
 * The corpus a draft is checked against, from the Linter's CorpusProvider (src/extension/corpus.ts)
 * when there is one; undefined without a provider or sources (reports then have no claims section,
 * like the CLI without --corpus). Open drafts: the corpus the Linter used for its last check (the
 * report refreshes when the Linter re-checks with a newly resolved corpus). Drafts read from disk
 * (workspace check): resolved through a minimal stand-in document, then forgotten again.
 */
export async function corpusFor(linter: Linter, uri: vscode.Uri, disk?: { text: string; languageId: string }): Promise<CorpusDocument[] | undefined> {
  const provider = linter.corpus;
  if (!provider) return undefined;
  try {
    if (!disk) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const docs = doc ? provider.current(doc)?.documents : undefined;
      return docs && docs.length ? docs : undefined;
    }
    const standIn = { uri, languageId: disk.languageId, version: 0, isClosed: false, getText: () => disk.text } as unknown as vscode.TextDocument;
    const corpus = await provider.ready(standIn);
    provider.forget(uri);
    return corpus.documents.length ? corpus.documents : undefined;
  } catch {
    return undefined;
  }
}

/** Path shown in reports and exports: workspace-relative when possible. */
export function displayPath(uri: vscode.Uri): string {
  if (uri.scheme === 'untitled') return uri.path;
  return vscode.workspace.getWorkspaceFolder(uri) ? vscode.workspace.asRelativePath(uri, false) : uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

export function languageIdForPath(p: string): string {
  const ext = p.toLowerCase().split('.').pop() ?? '';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'draft' || ext === 'news') return 'news-draft';
  return 'plaintext';
}

export interface DraftInput {
  uri: vscode.Uri;
  input: ReportInput;
  corpus?: CorpusDocument[];
}

/** The report input for an open document: the Linter's findings, plus claims when a corpus is wired. */
export async function documentInput(linter: Linter, doc: vscode.TextDocument): Promise<DraftInput> {
  const path = displayPath(doc.uri);
  const text = doc.getText();
  const findings = linter.findings(doc);
  const corpus = await corpusFor(linter, doc.uri);
  let result: FileResult = { path, findings };
  if (corpus && !doc.isClosed) {
    // Same engine, same text, same corpus as the Linter: the findings are the ones it published,
    // and the result also carries the claim table.
    const full = engine().analyze(text, { path, languageId: doc.languageId, config: readSettings(doc.uri).config, corpus });
    result = { path, findings, ...(full.claims ? { claims: full.claims } : {}) };
  }
  return relativize(linter, { uri: doc.uri, input: { result, text, languageId: doc.languageId }, corpus });
}

/** The report input for a draft read from disk (workspace check). */
export function textInput(linter: Linter, uri: vscode.Uri, text: string, languageId: string, result: FileResult, corpus?: CorpusDocument[]): DraftInput {
  return relativize(linter, { uri, input: { result: { ...result, path: displayPath(uri) }, text, languageId }, corpus });
}

/** Evidence and corpus paths as the report shows them: workspace-relative, like the draft's own path. */
function relativize(linter: Linter, d: DraftInput): DraftInput {
  const memo = new Map<string, string>();
  const rel = (p: string) => {
    let r = memo.get(p);
    if (r === undefined) {
      const uri = linter.corpus?.uriFor(p) ?? (p.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(p) ? vscode.Uri.file(p) : undefined);
      memo.set(p, (r = uri ? displayPath(uri) : p));
    }
    return r;
  };
  const ev = (list: Evidence[] | undefined) => list?.map((e) => ({ ...e, path: rel(e.path) }));
  const result = d.input.result;
  return {
    ...d,
    corpus: d.corpus?.map((c) => ({ path: rel(c.path), text: c.text })),
    input: {
      ...d.input,
      result: {
        ...result,
        findings: result.findings.map((f) => (f.evidence ? { ...f, evidence: ev(f.evidence) } : f)),
        ...(result.claims ? { claims: result.claims.map((c) => ({ ...c, evidence: ev(c.evidence) ?? [] })) } : {}),
      },
    },
  };
}
