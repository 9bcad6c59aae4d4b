// FactLint's diagnostics, spread over a few DiagnosticCollections by band of lines. VS Code takes a
// file's diagnostics per collection, whole: with one collection every keystroke re-sent all of a
// long draft's diagnostics (hundreds, with evidence) and VS Code redrew them all. Typing within a
// line changes the diagnostics of that line's band only, so only that collection is sent again.
// VS Code's workbench still re-reads all of the file's markers on each change, but replaces the
// decorations of the changed band only: 32 bands of a 649-diagnostic draft re-send ~20 each.
// (8 bands: the workbench took ~60 ms to take a keystroke's diagnostics; 32: ~55 ms; 2 runs each.)
import { vscode } from './vscodeClock';

const SHARDS = 32;

export class DiagnosticShards implements vscode.Disposable {
  private readonly shards: vscode.DiagnosticCollection[];
  /** What each shard last got per document (to skip re-sending an unchanged band). */
  private readonly sent = new Map<string, vscode.Diagnostic[][]>();

  constructor(name: string) {
    this.shards = Array.from({ length: SHARDS }, (_, i) => vscode.languages.createDiagnosticCollection(i === 0 ? name : `${name}-${i + 1}`));
  }

  /**
   * Publishes a document's diagnostics. `lineCount` sets the bands (a document's lines split into
   * equal bands); without it everything goes to one collection. Returns whether anything was sent.
   */
  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[], lineCount?: number): boolean {
    const band = lineCount ? Math.max(1, Math.ceil(lineCount / SHARDS)) : Number.MAX_SAFE_INTEGER;
    const parts: vscode.Diagnostic[][] = Array.from({ length: SHARDS }, () => []);
    for (const d of diagnostics) parts[Math.min(SHARDS - 1, Math.floor(d.range.start.line / band))].push(d);
    const key = uri.toString();
    const before = this.sent.get(key);
    let any = false;
    parts.forEach((part, i) => {
      const old = before?.[i];
      if (old && old.length === part.length && part.every((d, j) => d === old[j])) return;
      any = true;
      if (part.length) this.shards[i].set(uri, part);
      else this.shards[i].delete(uri);
    });
    this.sent.set(key, parts);
    return any;
  }

  /** How many diagnostics a document has (without copying them out of the collections). */
  count(uri: vscode.Uri): number {
    let n = 0;
    for (const part of this.sent.get(uri.toString()) ?? []) n += part.length;
    return n;
  }

  get(uri: vscode.Uri): vscode.Diagnostic[] {
    return this.shards.flatMap((s) => [...(s.get(uri) ?? [])]);
  }

  has(uri: vscode.Uri): boolean {
    return this.sent.has(uri.toString()) || this.shards.some((s) => s.has(uri));
  }

  delete(uri: vscode.Uri): void {
    this.sent.delete(uri.toString());
    for (const s of this.shards) s.delete(uri);
  }

  dispose(): void {
    this.sent.clear();
    for (const s of this.shards) s.dispose();
  }
}
