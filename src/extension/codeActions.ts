// Quick fixes: the engine's fixes (snippet-aware) plus editor-side "ignore" and "allow" actions.
import { vscode } from './vscodeApi';
import type { Finding, Fix } from '../engine/index';
import { sameFinding, supportsComments, type Linter } from './linter';

export const IGNORE_OCCURRENCE = 'factlint.ignoreOccurrence';
export const ALLOW_PHRASE = 'factlint.allowPhrase';

export class FactLintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly linter: Linter) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection, ctx: vscode.CodeActionContext): vscode.CodeAction[] {
    if (ctx.only && !vscode.CodeActionKind.QuickFix.intersects(ctx.only)) return [];
    const actions: vscode.CodeAction[] = [];
    for (const f of this.linter.findings(doc)) {
      const fr = this.linter.range(doc, f);
      if (!fr.intersection(range) && !fr.contains(range.start)) continue;
      const diag = ctx.diagnostics.find((d) => sameFinding(d, f, fr)) ?? this.linter.diagnostics.get(doc.uri)?.find((d) => sameFinding(d, f, fr));
      const diagnostics = diag ? [diag] : [];
      for (const fix of f.fixes) {
        const a = this.engineFix(doc, fix);
        if (!a) continue;
        a.diagnostics = diagnostics;
        actions.push(a);
      }
      const ignore = this.ignoreAction(doc, f);
      ignore.diagnostics = diagnostics;
      actions.push(ignore);
      if (f.matchedText.trim()) {
        const phrase = f.matchedText.replace(/\s+/g, ' ').trim();
        const allow = new vscode.CodeAction(`Allow "${phrase}" in this workspace`, vscode.CodeActionKind.QuickFix);
        allow.command = { title: allow.title, command: ALLOW_PHRASE, arguments: [phrase] };
        allow.diagnostics = diagnostics;
        actions.push(allow);
      }
    }
    return actions;
  }

  private engineFix(doc: vscode.TextDocument, fix: Fix): vscode.CodeAction | undefined {
    if (!fix.edits.length) return undefined;
    const a = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
    const edit = new vscode.WorkspaceEdit();
    const ranges = fix.edits.map((e) => new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)));
    if (fix.snippet) {
      // The snippet replaces edits[0] (same range); any further edits stay plain.
      edit.set(doc.uri, [
        vscode.SnippetTextEdit.replace(ranges[0], new vscode.SnippetString(fix.snippet)),
        ...fix.edits.slice(1).map((e, i) => vscode.TextEdit.replace(ranges[i + 1], e.newText)),
      ]);
    } else {
      edit.set(doc.uri, fix.edits.map((e, i) => vscode.TextEdit.replace(ranges[i], e.newText)));
    }
    a.edit = edit;
    if (fix.preferred) a.isPreferred = true;
    return a;
  }

  private ignoreAction(doc: vscode.TextDocument, f: Finding): vscode.CodeAction {
    const a = new vscode.CodeAction('Ignore this occurrence', vscode.CodeActionKind.QuickFix);
    if (!supportsComments(doc)) {
      a.command = { title: a.title, command: IGNORE_OCCURRENCE, arguments: [f.contextHash, doc.uri.toString()] };
      return a;
    }
    const edit = new vscode.WorkspaceEdit();
    const line = doc.positionAt(f.offset).line;
    const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const prev = line > 0 ? doc.lineAt(line - 1) : undefined;
    const existing = prev && /^(\s*)<!--\s*factlint-disable-next-line\b([^>]*?)\s*-->\s*$/.exec(prev.text);
    if (existing && existing[2].trim()) {
      // Extend the comment that already disables other rules on this line.
      const rules = existing[2].trim().split(/[\s,]+/);
      if (!rules.includes(f.ruleId)) rules.push(f.ruleId);
      edit.replace(doc.uri, prev!.range, `${existing[1]}<!-- factlint-disable-next-line ${rules.join(' ')} -->`);
    } else {
      const text = doc.lineAt(line).text;
      const indent = text.slice(0, text.length - text.trimStart().length);
      edit.insert(doc.uri, new vscode.Position(line, 0), `${indent}<!-- factlint-disable-next-line ${f.ruleId} -->${eol}`);
    }
    a.edit = edit;
    return a;
  }
}
