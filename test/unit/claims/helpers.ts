import { buildDraftModel } from '../../../src/engine/text/document';
import { checkClaims } from '../../../src/engine/claims';
import type { RawFinding } from '../../../src/engine/rules/rule';
import type { CorpusDocument, TextEdit } from '../../../src/engine/types';

export const SOURCE = `# Council notes

The city council approved the flood budget of $4.5 million on Wednesday, June 19, 2024, by a vote of 7 to 2.
About 2,300 residents were evacuated from the northern districts, police said.
Unemployment in the region rose to 38 percent last year, the statistics office reported.
The port handled 1,200,000 containers in 2023, five more ships than planned.
Maya Chen, a seismologist at the state geological survey, said the dam is safe.
Mayor Tom Reyes said the river will not be dredged this summer.
"We will rebuild every house that was lost," Reyes said at the town hall in Riverton.
In the final, Arsenal defeated Chelsea 2-1 at Wembley.
The storm damaged the old bridge near the harbour and closed the coastal road for two days.
`;

export const CORPUS: CorpusDocument[] = [{ path: '/work/story/sources/council.md', text: SOURCE }];

export function check(draft: string, corpus: CorpusDocument[] | undefined = CORPUS, ruleFindings: RawFinding[] = []) {
  const model = buildDraftModel(draft, 'plaintext', '/work/story/draft.txt');
  return checkClaims(model, { corpus, path: '/work/story/draft.txt' }, ruleFindings);
}

export function status(draft: string) {
  const r = check(draft);
  return r.claims?.[0]?.status;
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}
