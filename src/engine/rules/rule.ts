// What a rule sees and what it returns. Rules never compute lines, hashes or suppression:
// analyze() does that once for all of them.
import type { DraftModel } from '../text/document';
import type { Evidence, Fix, RuleId, Severity } from '../types';

export interface RawFinding {
  ruleId: RuleId;
  kind: string | null;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  explanation: string;
  link: string;
  fixes: Fix[];
  matchedText: string;
  evidence?: Evidence[];
  /**
   * The vague source inside the match ("Some people" in "Some people say"), as [from, to) relative
   * to `start`: the named-source fix replaces it.
   */
  source?: readonly [number, number];
  /**
   * The finding this one is a per-check copy of (the incremental analyzer copies the vague
   * attributions it keeps per paragraph): toFinding hands back last check's Finding through it.
   */
  origin?: RawFinding;
}

export interface RuleContext {
  model: DraftModel;
}

export interface Rule {
  id: RuleId;
  /** Looks only inside one block (paragraph): the incremental analyzer may cache it per block. */
  blockLocal?: boolean;
  run(ctx: RuleContext): RawFinding[];
}

/** Where each rule's documentation lives (the diagnostic `code` target). */
export const RULE_DOCS_BASE = 'https://github.com/factlint/factlint/blob/main/docs/rules.md';
export const ruleDocLink = (id: RuleId) => `${RULE_DOCS_BASE}#${id}`;
