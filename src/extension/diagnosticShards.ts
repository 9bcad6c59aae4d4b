// FactLint's diagnostics, spread over DiagnosticCollections by band of lines, and sent only when
// what VS Code shows would change.
//
// VS Code takes a file's diagnostics per collection, whole, and each time any of them changes its
// workbench re-reads all of the file's markers (and, in the browser, copies them all to its other
// extension host): ~45 ms per keystroke for a 649-diagnostic draft on this project's machine.
// - Bands: typing within a line changes that line's band only, so only that collection is sent
//   (32 bands: ~20 diagnostics each on that draft).
// - Moved, not changed: VS Code moves a shown diagnostic with the text as it is edited
//   (trackedSpans.ts). When a check finds a band's diagnostics exactly where VS Code has already
//   moved them, saying the same things, nothing is sent. Those markers' own ranges (the Problems
//   panel's line:column, other extensions' getDiagnostics) are then a little behind: `sync()` sends
//   such bands once typing pauses. A band is only followed through edits once the workbench has
//   confirmed it has the band (a round trip after sending): an edit made in the editor before the
//   band arrived there would leave its squiggles where the band said, not where they moved to.
import { vscode } from './vscodeApi';
import { lostSpan, moveSpans, sameSpans, type Span, type SpanChange } from './trackedSpans';

const SHARDS = 32;
/** What a diagnostic sent without a span (workspace check) is treated as: a place never matched. */
const NO_SPAN: Span = lostSpan({ content: '', start: -1, end: -1 });

interface Band {
  /** The band's current diagnostics (the last check's). */
  diagnostics: vscode.Diagnostic[];
  /** Where VS Code shows them now (sent spans, moved through the edits since). */
  shown: Span[];
  /** Sent diagnostics whose own ranges are behind what is shown (moved since they were sent). */
  behind: boolean;
  /** The workbench has confirmed it holds what was last sent (edits can then be followed). */
  confirmed: boolean;
}

/**
 * Round trips to the workbench ('noop' is VS Code's own no-op command; without it nothing is ever
 * confirmed and every changed band is simply sent, as before). The workbench handles messages in
 * order, so at the first answer it has taken the diagnostics sent before; it turns them into
 * squiggles in a task of its own right after, which the second round trip waits out. An edit
 * that arrives before both answers makes the band be sent again.
 */
const roundTrip = () => vscode.commands.executeCommand('noop');
const confirmed = () => roundTrip().then(roundTrip);

export class DiagnosticShards implements vscode.Disposable {
  private readonly shards: vscode.DiagnosticCollection[];
  private readonly bands = new Map<string, Band[]>();

  constructor(name: string) {
    this.shards = Array.from({ length: SHARDS }, (_, i) => vscode.languages.createDiagnosticCollection(i === 0 ? name : `${name}-${i + 1}`));
  }

  /**
   * Publishes a document's diagnostics; `spans[i]` says what `diagnostics[i]` shows and where
   * (without spans every changed band is sent). `lineCount` sets the bands (a document's lines in
   * equal bands; without it everything is one band). `force` sends every band that differs from
   * what was last sent. Returns whether anything was sent and whether some band is now behind.
   */
  set(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[], lineCount?: number, spans?: readonly Span[], force = false): { sent: boolean; behind: boolean } {
    const size = lineCount ? Math.max(1, Math.ceil(lineCount / SHARDS)) : Number.MAX_SAFE_INTEGER;
    const parts: vscode.Diagnostic[][] = Array.from({ length: SHARDS }, () => []);
    const partSpans: Span[][] = Array.from({ length: SHARDS }, () => []);
    diagnostics.forEach((d, i) => {
      const b = Math.min(SHARDS - 1, Math.floor(d.range.start.line / size));
      parts[b].push(d);
      partSpans[b].push(spans?.[i] ?? NO_SPAN);
    });
    const key = uri.toString();
    const before = this.bands.get(key);
    const after: Band[] = [];
    const sentNow: Band[] = [];
    let behind = false;
    for (let i = 0; i < SHARDS; i++) {
      const old = before?.[i];
      const part = parts[i];
      if (old && spans && sameSpans(old.shown, partSpans[i]) && (!force || !old.behind)) {
        // VS Code already shows exactly these (the same objects: not even behind)
        const same = old.diagnostics.length === part.length && part.every((d, j) => d === old.diagnostics[j]);
        old.behind ||= !same;
        old.diagnostics = part;
        behind ||= old.behind;
        after.push(old);
        continue;
      }
      const band: Band = { diagnostics: part, shown: partSpans[i], behind: false, confirmed: false };
      if (old || part.length) {
        if (part.length) this.shards[i].set(uri, part);
        else this.shards[i].delete(uri);
        sentNow.push(band);
      } else band.confirmed = true; // nothing ever sent: nothing to wait for
      after.push(band);
    }
    this.bands.set(key, after);
    this.confirmLater(sentNow);
    return { sent: sentNow.length > 0, behind };
  }

  private confirmLater(bands: Band[]): void {
    if (!bands.length) return;
    confirmed().then(
      () => bands.forEach((b) => (b.confirmed = true)),
      () => undefined,
    );
  }

  /**
   * The document changed: move what VS Code shows the way it moves it. Several changes in one
   * event are followed when they come last-first (as VS Code reports them); otherwise every band
   * is marked unknown and the next check sends it.
   */
  track(uri: vscode.Uri, changes: readonly SpanChange[]): void {
    const bands = this.bands.get(uri.toString());
    if (!bands || !changes.length) return;
    const ordered = changes.every((c, i) => i === 0 || c.rangeOffset + c.rangeLength <= changes[i - 1].rangeOffset);
    for (const band of bands) {
      if (!band.shown.length) continue;
      band.shown = ordered && band.confirmed ? moveSpans(band.shown, changes) : band.shown.map(lostSpan);
    }
  }

  /** Sends the bands whose markers are behind what VS Code shows (typing paused). */
  sync(uri: vscode.Uri): boolean {
    const bands = this.bands.get(uri.toString());
    const sentNow: Band[] = [];
    bands?.forEach((band, i) => {
      if (!band.behind) return;
      if (band.diagnostics.length) this.shards[i].set(uri, band.diagnostics);
      else this.shards[i].delete(uri);
      band.behind = false;
      band.confirmed = false;
      sentNow.push(band);
    });
    this.confirmLater(sentNow);
    return sentNow.length > 0;
  }

  /** How many diagnostics a document has. */
  count(uri: vscode.Uri): number {
    let n = 0;
    for (const band of this.bands.get(uri.toString()) ?? []) n += band.diagnostics.length;
    return n;
  }

  /** A document's current diagnostics (the last check's, with current ranges). */
  get(uri: vscode.Uri): vscode.Diagnostic[] {
    const bands = this.bands.get(uri.toString());
    return bands ? bands.flatMap((b) => b.diagnostics) : this.shards.flatMap((s) => [...(s.get(uri) ?? [])]);
  }

  has(uri: vscode.Uri): boolean {
    return this.bands.has(uri.toString()) || this.shards.some((s) => s.has(uri));
  }

  delete(uri: vscode.Uri): void {
    this.bands.delete(uri.toString());
    for (const s of this.shards) s.delete(uri);
  }

  dispose(): void {
    this.bands.clear();
    for (const s of this.shards) s.dispose();
  }
}
