// `factlint check --format json`: the public, stable JSON shape. Internal Finding fields
// (explanation, link, matchedText, contextHash, fix.snippet, fix.preferred) never appear.
import type { Claim, Evidence, FileResult, Finding, Fix, TextEdit } from '../../types';

// The public shape is a projection of the engine's types: the fields are named once, in types.ts.
export type JsonEdit = TextEdit;
export type JsonFix = Pick<Fix, 'title' | 'edits'>;
export type JsonEvidence = Evidence;
export type JsonFinding = Pick<Finding, 'ruleId' | 'kind' | 'severity' | 'message' | 'offset' | 'length' | 'line' | 'column' | 'endLine' | 'endColumn'> & {
  fixes: JsonFix[];
  evidence?: JsonEvidence[];
};
export type JsonClaim = Claim;
export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  claims?: JsonClaim[];
}
export interface JsonOutput {
  version: 1;
  files: JsonFile[];
}

// page (PDF) or paragraph (DOCX) only for evidence from such a document
const evidence = (e: Evidence): JsonEvidence => ({
  path: e.path,
  offset: e.offset,
  length: e.length,
  line: e.line,
  ...(e.page !== undefined ? { page: e.page } : {}),
  ...(e.paragraph !== undefined ? { paragraph: e.paragraph } : {}),
  text: e.text,
  score: e.score,
});
const fix = (f: Fix): JsonFix => ({ title: f.title, edits: f.edits.map((e) => ({ offset: e.offset, length: e.length, newText: e.newText })) });

export function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    kind: f.kind ?? null,
    severity: f.severity,
    message: f.message,
    offset: f.offset,
    length: f.length,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    fixes: (f.fixes ?? []).map(fix),
  };
  if (f.evidence) out.evidence = f.evidence.map(evidence);
  return out;
}

export function toJsonClaim(c: Claim): JsonClaim {
  const out: JsonClaim = { offset: c.offset, length: c.length, text: c.text, status: c.status, score: c.score, evidence: (c.evidence ?? []).map(evidence) };
  if (c.confidence !== undefined) out.confidence = c.confidence;
  return out;
}

export function toJsonOutput(results: FileResult[]): JsonOutput {
  return {
    version: 1,
    files: results.map((r) => {
      const file: JsonFile = { path: r.path, findings: r.findings.map(toJsonFinding) };
      if (r.claims) file.claims = r.claims.map(toJsonClaim);
      return file;
    }),
  };
}

export function renderJson(results: FileResult[], indent = 2): string {
  return JSON.stringify(toJsonOutput(results), null, indent) + '\n';
}
