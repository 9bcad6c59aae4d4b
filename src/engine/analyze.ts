// The engine's single entry: text in, one `files[]` entry out (findings + claims).
import { buildDraftModel, type DraftModel } from './text/document';
import { applyConfig, normalizeConfig } from './config';
import { suppressedByComments } from './suppress';
import { contextHash, sentenceHash } from './hash';
import { ALL_RULES } from './rules/registry';
import type { RawFinding, RuleContext } from './rules/rule';
import type { AnalyzeOptions, FileResult, Finding } from './types';
import { checkClaims } from './claims';

export function analyze(text: string, options: AnalyzeOptions = {}): FileResult {
  const model = buildDraftModel(text, options.languageId, options.path);
  return analyzeModel(model, options);
}

/**
 * Runs the rules over a built model. `cachedBlockLocal` holds findings of block-local rules that an
 * incremental caller already has (they are used instead of re-running those rules).
 */
export function analyzeModel(model: DraftModel, options: AnalyzeOptions = {}, cachedBlockLocal?: Map<string, RawFinding[]>): FileResult {
  const config = normalizeConfig(options.config);
  const ctx: RuleContext = { model };
  const raw: RawFinding[] = [];
  for (const rule of ALL_RULES) {
    if (config.rules[rule.id] === 'off') continue;
    const cached = rule.blockLocal ? cachedBlockLocal?.get(rule.id) : undefined;
    raw.push(...(cached ?? rule.run(ctx)));
  }
  const claimResult = checkClaims(model, options, raw);
  raw.push(...claimResult.findings);

  const disabled = suppressedByComments(model);
  const findings: Finding[] = [];
  const sentenceIds = new Map<number, string>();
  for (const r of raw) {
    if (disabled(r.ruleId, r.start)) continue;
    const f = toFinding(model, r, sentenceIds);
    const configured = applyConfig(config, f);
    if (configured) findings.push(configured);
  }
  findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId));
  const result: FileResult = { path: options.path ?? '<text>', findings };
  if (claimResult.claims) result.claims = claimResult.claims;
  if (claimResult.pending) result.pendingClaims = claimResult.pending;
  return result;
}

function sentenceAt(model: DraftModel, offset: number) {
  const ss = model.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end < offset) lo = mid + 1;
    else if (ss[mid].start > offset) hi = mid - 1;
    else return ss[mid];
  }
  return undefined;
}

// A check hands back the very RawFinding objects it gave last time for the claims of sentences an
// edit did not move (the claim cache), and copies of the same objects for the vague attributions
// of paragraphs it did not touch (their `origin`): their Finding is handed back too when it would
// come out the same — same offsets, line and column, same sentence (the occurrence hash reads
// it), the same fixes and evidence (the claims pass gives a copy its own when the corpus names
// the source). Fewer new objects per keystroke; nothing changes a Finding once made.
const madeFindings = new WeakMap<RawFinding, { finding: Finding; sentenceText: string | undefined }>();

function toFinding(model: DraftModel, r: RawFinding, sentenceIds: Map<number, string>): Finding {
  const sentence = sentenceAt(model, r.start);
  const key = r.origin ?? r;
  const made = madeFindings.get(key);
  if (made && made.sentenceText === sentence?.text && made.finding.fixes === r.fixes && made.finding.evidence === r.evidence && samePlace(model.lines, made.finding, r)) return made.finding;
  const finding = newFinding(model, r, sentence, sentenceIds);
  madeFindings.set(key, { finding, sentenceText: sentence?.text });
  return finding;
}

function samePlace(lines: DraftModel['lines'], f: Finding, r: RawFinding): boolean {
  if (f.offset !== r.start || f.length !== r.end - r.start) return false;
  const l = lines.lineOf(r.start);
  if (f.line !== l + 1 || f.column !== r.start - lines.lineStart(l) + 1) return false;
  const le = lines.lineOf(r.end);
  return f.endLine === le + 1 && f.endColumn === r.end - lines.lineStart(le) + 1;
}

function newFinding(model: DraftModel, r: RawFinding, sentence: DraftModel['sentences'][number] | undefined, sentenceIds: Map<number, string>): Finding {
  const s = model.lines.position(r.start);
  const e = model.lines.position(r.end);
  let sentenceId = sentence ? sentenceIds.get(sentence.start) : undefined;
  if (sentence && sentenceId === undefined) {
    sentenceId = sentenceHash(sentence.text);
    sentenceIds.set(sentence.start, sentenceId);
  }
  return {
    ruleId: r.ruleId,
    kind: r.kind,
    severity: r.severity,
    message: r.message,
    offset: r.start,
    length: r.end - r.start,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    explanation: r.explanation,
    link: r.link,
    fixes: r.fixes,
    // always the key, even when undefined: an optional key spread into the middle of the literal
    // goes through a runtime call (~9x slower per Finding in a micro-benchmark), and every finding
    // after the cursor is made again on each keystroke
    evidence: r.evidence,
    matchedText: r.matchedText,
    contextHash: contextHash(r.ruleId, r.kind, sentenceId ?? sentenceHash(r.matchedText), r.matchedText),
  };
}
