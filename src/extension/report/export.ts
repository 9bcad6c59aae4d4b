// Export of the report through the engine renderers (the same ones `factlint check --format` uses).
// Files are written only to a location the user picked in the save dialog (which asks before
// replacing an existing file).
import { vscode } from '../vscodeApi';
import type { Report } from '../../engine/report/model';
import { engine } from '../engine';
import type { CorpusDocument } from '../../engine/index';
import type { DraftInput } from './inputs';

export type ExportFormat = 'markdown' | 'html' | 'json' | 'sarif';
export const EXPORT_FORMATS: ReadonlyArray<{ format: ExportFormat; label: string; ext: string; filter: string }> = [
  { format: 'markdown', label: 'Markdown', ext: 'md', filter: 'Markdown' },
  { format: 'html', label: 'HTML (self-contained)', ext: 'html', filter: 'HTML' },
  { format: 'json', label: 'JSON', ext: 'json', filter: 'JSON' },
  { format: 'sarif', label: 'SARIF 2.1.0', ext: 'sarif', filter: 'SARIF' },
];

export function corpusOf(drafts: ReadonlyArray<DraftInput>): CorpusDocument[] {
  const seen = new Map<string, CorpusDocument>();
  for (const d of drafts) for (const c of d.corpus ?? []) seen.set(c.path, c);
  return [...seen.values()];
}

export function reportOf(drafts: ReadonlyArray<DraftInput>, toolVersion?: string): Report {
  return engine().buildReport(
    drafts.map((d) => d.input),
    { toolVersion, corpus: corpusOf(drafts) },
  );
}

export function render(format: ExportFormat, drafts: ReadonlyArray<DraftInput>, toolVersion?: string): string {
  const results = drafts.map((d) => d.input.result);
  switch (format) {
    case 'json':
      return engine().renderJson(results);
    case 'sarif':
      return engine().renderSarif(results, { toolVersion, texts: new Map(drafts.map((d) => [d.input.result.path, d.input.text])) });
    case 'markdown':
      return engine().renderMarkdown(reportOf(drafts, toolVersion));
    case 'html':
      return engine().renderHtml(reportOf(drafts, toolVersion));
  }
}

/** Asks where to save (save dialog), renders and writes. Returns the written file, or undefined if cancelled. */
export async function exportReport(format: ExportFormat, drafts: ReadonlyArray<DraftInput>, baseName: string, toolVersion?: string): Promise<vscode.Uri | undefined> {
  const f = EXPORT_FORMATS.find((x) => x.format === format);
  if (!f) throw new Error(`unknown export format ${format}`);
  const folder = drafts.length === 1 && drafts[0].uri.scheme === 'file' ? vscode.Uri.joinPath(drafts[0].uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `${baseName.replace(/\.[^./\\]+$/, '')}.factlint.${f.ext}`;
  const target = await vscode.window.showSaveDialog({
    title: `Export FactLint report as ${f.label}`,
    saveLabel: 'Export',
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { [f.filter]: [f.ext] },
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(render(format, drafts, toolVersion)));
  return target;
}
