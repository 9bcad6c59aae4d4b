// Hand-built engine output for report tests: deterministic, independent of rule tuning.
import type { Claim, Evidence, FileResult, Finding, Severity } from '../../../src/engine/types';

export const DRAFT = [
  'Some people say the dam leaks. Maya Chen, a seismologist at the state survey, said it is safe. Chen said the dam was inspected in May.',
  '',
  'Experts warn the river will rise. The river rose 3 metres last week. The town is quiet.',
  '',
].join('\n');

function position(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

export function finding(text: string, matched: string, ruleId: Finding['ruleId'], kind: string | null, severity: Severity, extra: Partial<Finding> = {}): Finding {
  const offset = text.indexOf(matched);
  if (offset < 0) throw new Error(`not in text: ${matched}`);
  const s = position(text, offset);
  const e = position(text, offset + matched.length);
  return {
    ruleId,
    kind,
    severity,
    message: `${ruleId}: "${matched}"`,
    offset,
    length: matched.length,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    explanation: 'internal explanation',
    link: 'https://example.invalid/rule',
    fixes: [],
    matchedText: matched,
    contextHash: 'abcd1234',
    ...extra,
  };
}

export function evidence(path: string, text: string, score = 0.9, line = 1): Evidence {
  return { path, offset: 10, length: text.length, line, text, score };
}

function claim(text: string, sentence: string, status: Claim['status'], ev: Evidence[]): Claim {
  return { offset: text.indexOf(sentence), length: sentence.length, text: sentence, status, score: 0.8, evidence: ev };
}

export function draftResult(): FileResult {
  const findings = [
    finding(DRAFT, 'Some people say', 'vague-attribution', 'group', 'warning', {
      fixes: [{ title: 'Name the source', edits: [{ offset: 0, length: 11, newText: 'Maya Chen' }], snippet: '${1:Some people}', preferred: true }],
    }),
    finding(DRAFT, 'Experts warn', 'vague-attribution', 'unnamed-expert', 'warning'),
    finding(DRAFT, 'The river rose 3 metres last week.', 'unattributed-claim', null, 'information'),
  ];
  const claims = [
    claim(DRAFT, 'Maya Chen, a seismologist at the state survey, said it is safe.', 'supported', [evidence('sources/survey.md', 'The dam is safe, Chen said.')]),
    claim(DRAFT, 'Chen said the dam was inspected in May.', 'supported', [evidence('sources/survey.md', 'Inspected in May.')]),
    claim(DRAFT, 'The river rose 3 metres last week.', 'contradicted', [evidence('sources/press.md', 'The river rose 2 metres.', 0.7, 4)]),
  ];
  return { path: 'draft.md', findings, claims };
}
