// The one finding model used end to end: engine, CLI (JSON/SARIF), VS Code, language server.
// Offsets and lengths are UTF-16 code units of the analysed text (what JS strings and VS Code use).

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
/** Lower is more severe. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export type RuleId =
  | 'vague-attribution'
  | 'incomplete-attribution'
  | 'draft-hygiene'
  | 'unattributed-claim'
  | 'unsupported-claim'
  | 'contradicted-claim'
  | 'misquote';

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Editors that support snippets may use this instead of `edits[0].newText` (same range):
   * e.g. `${1:Some people}` selects the vague source so the writer can type the name.
   */
  snippet?: string;
  /** The fix an editor should offer first. */
  preferred?: boolean;
}

export interface Evidence {
  path: string;
  offset: number;
  length: number;
  /** 1-based line of `offset` in the source file (for a PDF or DOCX: in the text extracted from it). */
  line: number;
  /** PDF sources: the 1-based page the passage starts on. */
  page?: number;
  /** DOCX sources: the 1-based number of the paragraph (empty ones not counted) the passage starts in. */
  paragraph?: number;
  text: string;
  score: number;
}

export interface Finding {
  ruleId: RuleId;
  /** Sub-kind for rules that have them (e.g. vague-attribution: group, passive…); null otherwise. */
  kind: string | null;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Markdown: what is wrong, why an editor cares, how to fix it. */
  explanation: string;
  /** Guidance link (AP / Wikipedia / the rule's documentation). */
  link: string;
  fixes: Fix[];
  evidence?: Evidence[];
  /** The text the rule matched, e.g. "Some people say" (used by "allow this phrase"). */
  matchedText: string;
  /** Stable identity of this occurrence that survives edits elsewhere (rule + sentence context). */
  contextHash: string;
}

export type ClaimStatus = 'supported' | 'unsupported' | 'contradicted' | 'unverifiable';

export interface Claim {
  offset: number;
  length: number;
  text: string;
  status: ClaimStatus;
  /** P(supported) from the support model, 0–1 (0.25 at most for a contradicted claim). */
  score: number;
  /** How sure FactLint is of the status, 0–1: it warns only at or above `claimConfidence`. */
  confidence?: number;
  evidence: Evidence[];
}

export interface CorpusDocument {
  path: string;
  /** The text (for a PDF or DOCX source: the text extracted from it). */
  text: string;
  /** Text extracted from a PDF or DOCX: where its pages or paragraphs start (passages and evidence then name them). */
  parts?: SourceParts;
}

/** `starts[i]` is the offset in the document's text where page (or paragraph) i + 1 begins; ascending. */
export interface SourceParts {
  unit: 'page' | 'paragraph';
  starts: number[];
}

export type RuleSetting = 'off' | Severity;

export interface FactLintConfig {
  /** Per rule id, or per `ruleId/kind` (e.g. `vague-attribution/collective`): off or a severity. */
  rules?: Record<string, RuleSetting>;
  /** Phrases the workspace allows (case-insensitive, matched against a finding's matched text). */
  allowedPhrases?: string[];
  /** Context hashes of occurrences the user chose to ignore (plain text has no comments). */
  ignoredOccurrences?: string[];
  /**
   * How sure FactLint must be (0.5–0.99) that a claim is contradicted or unsupported before it
   * warns; a less certain verdict is a hint. Default 0.8.
   */
  claimConfidence?: number;
}

export type LanguageId = 'markdown' | 'plaintext' | 'news-draft';

export interface AnalyzeOptions {
  path?: string;
  languageId?: LanguageId | string;
  config?: FactLintConfig;
  corpus?: CorpusDocument[];
  /**
   * Editors: spend at most this many ms on claim checks not already cached; the result's
   * `pendingClaims` says how many checkable sentences are left for the next call.
   */
  claimBudgetMs?: number;
  /**
   * Editors, with `IncrementalAnalyzer`: spend at most this many ms on blocks not seen before
   * (splitting, block rules, sentence facts) — the first check of a long draft. When it runs out,
   * the result has `preparing` set and no findings yet; call again (with the same or a newer text)
   * to go on. At least one new block is prepared per call.
   */
  prepareBudgetMs?: number;
}

export interface FileResult {
  path: string;
  findings: Finding[];
  claims?: Claim[];
  /** Set when a `claimBudgetMs` ran out: call again to check the rest. */
  pendingClaims?: number;
  /** Set when a `prepareBudgetMs` ran out before the draft was read through: no findings yet, call again. */
  preparing?: boolean;
}
