// The report model: one view of one or more analysed drafts that the Markdown, HTML, JSON and
// SARIF renderers (and the editor's report webview) all draw from. Pure: no Node, no vscode.
//
// Definitions (also printed in the reports, see ATTRIBUTION_DEFINITIONS):
// - A sentence is one of the engine's DraftModel sentences (prose only: no code, front matter,
//   link targets).
// - A sentence is *checkable* when it attributes something or states something checkable, as
//   the evidence at hand shows: it holds a vague-attribution, incomplete-attribution or
//   unattributed-claim finding, a claim from the claim checker, or a named source next to an
//   attribution verb (see sources.ts: "Maya Chen … said", "according to the health ministry",
//   and "She said"/"Chen said" back-references to a named person).
// - Each checkable sentence gets one attribution class, in this order of precedence:
//   vague  — it holds a vague-attribution finding;
//   named  — else it names its source (a named-source mention or an incomplete-attribution finding);
//   nobody — else (an unattributed-claim finding, or a claim with no source in the sentence).
// Other sentences (scene-setting, description) count as not checkable. This is derived from
// findings and a pattern-based source extraction, so it is an estimate, not a parse.
import { buildDraftModel, type DraftModel } from '../text/document';
import { SEVERITIES, type Claim, type Evidence, type FileResult, type Finding, type Severity } from '../types';
import { extractSourceMentions, groupSources, type SourceMention, type SourceType } from './sources';

export const ATTRIBUTION_DEFINITIONS: Readonly<Record<'checkable' | 'vague' | 'named' | 'nobody', string>> = {
  checkable:
    'Checkable sentence: holds a vague-attribution, incomplete-attribution or unattributed-claim finding, a claim from the claim checker, or a named source next to an attribution verb.',
  vague: 'Vague source: the sentence holds a vague-attribution finding.',
  named: 'Named source: otherwise, the sentence names a person or institution as its source (or has an incomplete-attribution finding).',
  nobody: 'Nobody: otherwise; an unattributed-claim finding or a claim with no source in the sentence.',
};

export interface ReportInput {
  result: FileResult;
  /** The analysed text (offsets of findings and claims point into it). */
  text: string;
  languageId?: string;
  /** The engine's model of the text, if the caller already has it (else it is rebuilt). */
  model?: DraftModel;
}

export interface ReportOptions {
  /** Corpus documents that were loaded, so that files supporting nothing are listed too. */
  corpus?: ReadonlyArray<{ path: string }>;
  toolName?: string;
  toolVersion?: string;
  /** ISO time stamp shown in the reports; omitted when not given (reports stay reproducible). */
  generatedAt?: string;
}

export type AttributionClass = 'named' | 'vague' | 'nobody';

export interface AttributionStats {
  sentences: number;
  checkable: number;
  named: number;
  vague: number;
  nobody: number;
  /** Shares of checkable sentences, 0..1 (0 when there are none). */
  shares: { named: number; vague: number; nobody: number };
}

export interface ClaimStats {
  total: number;
  supported: number;
  contradicted: number;
  unsupported: number;
  unverifiable: number;
}

export interface RuleCount {
  ruleId: string;
  /** null: the rule's total over all kinds. */
  kind: string | null;
  count: number;
  bySeverity: Record<Severity, number>;
}

export interface FindingRow {
  path: string;
  ruleId: string;
  kind: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  offset: number;
  length: number;
  /** The flagged text. */
  excerpt: string;
  fixes: string[];
  evidence: Evidence[];
  /** Markdown: what is wrong, why an editor cares, how to fix it (the finding's explanation). */
  explanation: string;
  /** Guidance link of the rule. */
  link: string;
}

/** A claim with where it is: the claim's own fields come from the engine's Claim. */
export type ClaimRow = Claim & { path: string; line: number; column: number };

export interface SentenceRow {
  offset: number;
  length: number;
  line: number;
  attribution: AttributionClass | null;
}

export interface SourceRow {
  name: string;
  type: SourceType;
  role?: string;
  count: number;
  files: string[];
  mentions: Array<{ path: string; line: number; column: number; offset: number; length: number; text: string }>;
}

export interface CorpusRow {
  path: string;
  /** Distinct claims for which this file is cited as evidence with status supported. */
  claimsSupported: number;
  /** Distinct claims (any status) for which this file is cited as evidence. */
  claimsCited: number;
}

export interface FileReport {
  path: string;
  findings: number;
  bySeverity: Record<Severity, number>;
  attribution: AttributionStats;
  claims: ClaimStats | null;
  sentences: SentenceRow[];
}

export interface Report {
  version: 1;
  tool: { name: string; version?: string };
  generatedAt?: string;
  files: FileReport[];
  totals: {
    files: number;
    findings: number;
    bySeverity: Record<Severity, number>;
    byRule: RuleCount[];
    /** Highest severity found, or null when there are no findings. */
    worst: Severity | null;
  };
  attribution: AttributionStats;
  claims: ClaimStats | null;
  sources: SourceRow[];
  corpus: CorpusRow[];
  findings: FindingRow[];
  claimRows: ClaimRow[];
  definitions: typeof ATTRIBUTION_DEFINITIONS;
}

const zeroSeverities = (): Record<Severity, number> => ({ error: 0, warning: 0, information: 0, hint: 0 });
const emptyClaims = (): ClaimStats => ({ total: 0, supported: 0, contradicted: 0, unsupported: 0, unverifiable: 0 });

function shares(named: number, vague: number, nobody: number) {
  const n = named + vague + nobody;
  return n ? { named: named / n, vague: vague / n, nobody: nobody / n } : { named: 0, vague: 0, nobody: 0 };
}

function attributionStats(sentences: number, classes: Array<AttributionClass | null>): AttributionStats {
  const named = classes.filter((c) => c === 'named').length;
  const vague = classes.filter((c) => c === 'vague').length;
  const nobody = classes.filter((c) => c === 'nobody').length;
  return { sentences, checkable: named + vague + nobody, named, vague, nobody, shares: shares(named, vague, nobody) };
}

function addClaimStats(into: ClaimStats, claims: Claim[]) {
  for (const c of claims) {
    into.total++;
    if (c.status in into) (into as unknown as Record<string, number>)[c.status]++;
  }
}

/** Index of the sentence holding `offset` (sentences sorted, non-overlapping), or -1. */
function sentenceAt(sentences: ReadonlyArray<{ start: number; end: number }>, offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end && !(offset === s.end && s.end === s.start)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function buildReport(inputs: ReadonlyArray<ReportInput>, options: ReportOptions = {}): Report {
  const files: FileReport[] = [];
  const allFindings: FindingRow[] = [];
  const claimRows: ClaimRow[] = [];
  const totalsBySeverity = zeroSeverities();
  const ruleCounts = new Map<string, RuleCount>();
  const totalClasses: Array<AttributionClass | null> = [];
  let totalSentences = 0;
  const claimTotals = emptyClaims();
  let anyClaims = false;
  const mentionsByFile: Array<{ path: string; text: string; model: DraftModel; mentions: SourceMention[] }> = [];
  const corpusSupport = new Map<string, { supported: Set<string>; cited: Set<string> }>();
  for (const c of options.corpus ?? []) corpusSupport.set(c.path, { supported: new Set(), cited: new Set() });

  for (const input of inputs) {
    const { result, text } = input;
    const model = input.model ?? buildDraftModel(text, input.languageId, result.path);
    const sentences = model.sentences;
    const bySeverity = zeroSeverities();

    // Findings: counts and rows.
    for (const f of result.findings) {
      bySeverity[f.severity]++;
      totalsBySeverity[f.severity]++;
      for (const kind of f.kind ? [null, f.kind] : [null]) {
        const key = `${f.ruleId}\u0000${kind ?? ''}`;
        let rc = ruleCounts.get(key);
        if (!rc) ruleCounts.set(key, (rc = { ruleId: f.ruleId, kind, count: 0, bySeverity: zeroSeverities() }));
        rc.count++;
        rc.bySeverity[f.severity]++;
      }
      allFindings.push(findingRow(result.path, text, f));
    }

    // Sentence classes.
    const mentions = extractSourceMentions(model.prose, sentences);
    mentionsByFile.push({ path: result.path, text, model, mentions });
    const flags = sentences.map(() => ({ vague: false, named: false, nobody: false }));
    const mark = (offset: number, what: 'vague' | 'named' | 'nobody') => {
      const i = sentenceAt(sentences, offset);
      if (i >= 0) flags[i][what] = true;
    };
    for (const f of result.findings) {
      if (f.ruleId === 'vague-attribution') mark(f.offset, 'vague');
      else if (f.ruleId === 'incomplete-attribution') mark(f.offset, 'named');
      else if (f.ruleId === 'unattributed-claim') mark(f.offset, 'nobody');
    }
    for (const m of mentions) mark(m.offset, 'named');
    for (const c of result.claims ?? []) mark(c.offset, 'nobody'); // lowest precedence
    const classes: Array<AttributionClass | null> = flags.map((f) => (f.vague ? 'vague' : f.named ? 'named' : f.nobody ? 'nobody' : null));
    totalClasses.push(...classes);
    totalSentences += sentences.length;

    // Claims.
    let claims: ClaimStats | null = null;
    if (result.claims) {
      anyClaims = true;
      claims = emptyClaims();
      addClaimStats(claims, result.claims);
      addClaimStats(claimTotals, result.claims);
      for (const c of result.claims) {
        const pos = model.lines.position(c.offset);
        claimRows.push({ path: result.path, line: pos.line, column: pos.column, offset: c.offset, length: c.length, text: c.text, status: c.status, score: c.score, evidence: c.evidence ?? [] });
        const id = `${result.path}\u0000${c.offset}`;
        for (const e of c.evidence ?? []) {
          let s = corpusSupport.get(e.path);
          if (!s) corpusSupport.set(e.path, (s = { supported: new Set(), cited: new Set() }));
          s.cited.add(id);
          if (c.status === 'supported') s.supported.add(id);
        }
      }
    }

    files.push({
      path: result.path,
      findings: result.findings.length,
      bySeverity,
      attribution: attributionStats(sentences.length, classes),
      claims,
      sentences: sentences.map((s, i) => ({ offset: s.start, length: s.end - s.start, line: model.lines.position(s.start).line, attribution: classes[i] })),
    });
  }

  // Sources: grouped per file (surnames resolve within a draft), then merged across files by name.
  const sources = new Map<string, SourceRow>();
  for (const { path, model, mentions } of mentionsByFile) {
    for (const g of groupSources(mentions)) {
      const key = g.name.toLowerCase();
      let row = sources.get(key);
      if (!row) sources.set(key, (row = { name: g.name, type: g.type, role: g.role, count: 0, files: [], mentions: [] }));
      row.count += g.count;
      if (!row.files.includes(path)) row.files.push(path);
      if (!row.role && g.role) row.role = g.role;
      for (const m of g.mentions) {
        const pos = model.lines.position(m.offset);
        row.mentions.push({ path, line: pos.line, column: pos.column, offset: m.offset, length: m.length, text: model.text.slice(m.offset, m.offset + m.length) });
      }
    }
  }

  const byRule = [...ruleCounts.values()].sort(
    (a, b) => a.ruleId.localeCompare(b.ruleId) || (a.kind === null ? -1 : b.kind === null ? 1 : b.count - a.count || a.kind.localeCompare(b.kind)),
  );
  const worst = SEVERITIES.find((s) => totalsBySeverity[s] > 0) ?? null;

  const report: Report = {
    version: 1,
    tool: { name: options.toolName ?? 'FactLint', ...(options.toolVersion ? { version: options.toolVersion } : {}) },
    files,
    totals: { files: files.length, findings: allFindings.length, bySeverity: totalsBySeverity, byRule, worst },
    attribution: attributionStats(totalSentences, totalClasses),
    claims: anyClaims ? claimTotals : null,
    sources: [...sources.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    corpus: [...corpusSupport.entries()]
      .map(([path, s]) => ({ path, claimsSupported: s.supported.size, claimsCited: s.cited.size }))
      .sort((a, b) => b.claimsSupported - a.claimsSupported || a.path.localeCompare(b.path)),
    findings: restoreFileOrder(allFindings, files),
    claimRows,
    definitions: ATTRIBUTION_DEFINITIONS,
  };
  if (options.generatedAt) report.generatedAt = options.generatedAt;
  return report;
}

/** Findings in file order, then text order (what a reader scanning the table expects). */
function restoreFileOrder(rows: FindingRow[], files: FileReport[]): FindingRow[] {
  const order = new Map(files.map((f, i) => [f.path, i]));
  return rows.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0) || a.offset - b.offset || a.length - b.length);
}

function findingRow(path: string, text: string, f: Finding): FindingRow {
  return {
    path,
    ruleId: f.ruleId,
    kind: f.kind ?? null,
    severity: f.severity,
    message: f.message,
    line: f.line,
    column: f.column,
    offset: f.offset,
    length: f.length,
    excerpt: text.slice(f.offset, f.offset + f.length),
    fixes: (f.fixes ?? []).map((x) => x.title),
    evidence: f.evidence ?? [],
    explanation: f.explanation ?? '',
    link: f.link ?? '',
  };
}

/** "42%" for a 0..1 share. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
