// The verdict on one claim, from its alignment: supported, contradicted, unsupported (a whole
// claim, or one detail the sources lack), or unverifiable — with how sure FactLint is. Only what
// is sure enough becomes a warning; the rest is said as a hint ("not found in your sources").
import type { ClaimStatus, Severity } from '../types';
import type { Alignment, Conflict } from './align';
import { quantities } from './numbers';
import type { SentenceInfo } from './checkworthy';
import { supportProbability, supportThreshold } from './model';

/** How sure FactLint must be (0.5–0.99) that a claim is wrong before it warns; below, a hint. */
export const DEFAULT_CLAIM_CONFIDENCE = 0.8;

export interface Policy {
  /** A verdict at or above this confidence is a warning. */
  warnAt: number;
}

export interface Verdict {
  status: ClaimStatus;
  /** How sure the status is, 0–1 (for unsupported: the support model's P(not supported)). */
  confidence: number;
  /** P(supported) from the support model. */
  support: number;
  /** Contradictions kept, each with its severity. */
  conflicts: Array<{ conflict: Conflict; severity: Severity; confidence: number }>;
  /** An unsupported claim: the whole sentence, or the details (names, numbers) no source has. */
  unsupported?: { kind: 'claim' | 'detail'; severity: Severity; details: Detail[] };
}

/** A name or figure of the claim (absolute offsets) that the sources do not give. */
export interface Detail {
  start: number;
  end: number;
  text: string;
}

const CONFLICT_CONFIDENCE = { high: 0.9, low: 0.65 } as const;

export function decide(info: SentenceInfo, a: Alignment, policy: Policy): Verdict {
  const support = supportProbability(a.features);
  // one difference, one flag: a number inside a conflicting date ("3" in "March 3") is the same error
  const conflicts = a.conflicts.filter((c, i, all) => !all.some((d, j) => j !== i && d.start <= c.start && c.end <= d.end && d.end - d.start > c.end - c.start));
  if (conflicts.length) {
    // (align reports a conflict only where the frame around it aligns: frame coverage ≥ 0.35)
    const kept = conflicts.map((conflict) => {
      const confidence = CONFLICT_CONFIDENCE[conflict.confidence];
      return { conflict, confidence, severity: (confidence >= policy.warnAt ? 'warning' : 'hint') as Severity };
    });
    return { status: 'contradicted', confidence: Math.max(...kept.map((k) => k.confidence)), support, conflicts: kept };
  }
  // names and numbers of the claim that no source gives: an invented detail, or a background one
  const details = specificMissing(info, a);
  if (support >= supportThreshold()) {
    if (details.length && details.length <= 2 && a.coverage >= 0.7)
      return { status: 'unsupported', confidence: 1 - support, support, conflicts: [], unsupported: { kind: 'detail', severity: 'hint', details } };
    return { status: 'supported', confidence: support, support, conflicts: [] };
  }
  const confidence = 1 - support;
  // a hedge, a judgement or a prediction ("may", "will probably") is not a fact to check, unless
  // the sources clearly say nothing like it — and then only as a hint
  const opinion = (info.hedged || info.cues.every((c) => c === 'evaluation' || c === 'prediction')) && !info.numbers && info.cues.length > 0;
  if (opinion && support >= 0.5) return { status: 'unverifiable', confidence, support, conflicts: [] };
  if (opinion) return { status: 'unsupported', confidence, support, conflicts: [], unsupported: { kind: 'claim', severity: 'hint', details } };
  // most of the claim is in the sources but a name or number is not: say so about the detail
  if (details.length && details.length <= 2 && a.coverage >= 0.5)
    return { status: 'unsupported', confidence, support, conflicts: [], unsupported: { kind: 'detail', severity: 'hint', details } };
  return { status: 'unsupported', confidence, support, conflicts: [], unsupported: { kind: 'claim', severity: confidence >= policy.warnAt ? 'warning' : 'hint', details } };
}

/** The claim's names and figures that the evidence lacks: a name run, or a whole figure ("$2.1 million"). */
function specificMissing(info: SentenceInfo, a: Alignment): Detail[] {
  const out: Detail[] = [];
  let qty: ReturnType<typeof quantities> | undefined;
  for (const t of a.missing) {
    if (!(t.name || /\d/.test(t.text))) continue;
    const prev = out[out.length - 1];
    if (t.name) {
      if (prev && prev.end + 1 >= t.start && /^\p{Lu}/u.test(prev.text)) {
        prev.end = t.end;
        prev.text = info.text.slice(prev.start - info.start, t.end - info.start);
      } else out.push({ start: t.start, end: t.end, text: t.text });
      continue;
    }
    qty ??= quantities(info.text, info.start);
    const q = qty.find((x) => x.start <= t.start && t.end <= x.end);
    const d = q ? { start: q.start, end: q.end, text: q.text } : { start: t.start, end: t.end, text: t.text };
    if (!out.some((x) => x.start === d.start)) out.push(d);
  }
  return out;
}
