// Claim checking against the reference corpus (issue 3). Until the corpus layer lands this
// reports no claims; analyze() already routes through it so the contract is fixed.
import type { DraftModel } from '../text/document';
import type { RawFinding } from '../rules/rule';
import type { AnalyzeOptions, Claim } from '../types';

export interface ClaimCheckResult {
  findings: RawFinding[];
  claims?: Claim[];
}

export function checkClaims(_model: DraftModel, _options: AnalyzeOptions, _ruleFindings: RawFinding[] = []): ClaimCheckResult {
  return { findings: [] };
}
