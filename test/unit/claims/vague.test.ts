import { describe, expect, it } from 'vitest';
import { check, applyEdits } from './helpers';
import type { RawFinding } from '../../../src/engine/rules/rule';
import { corpusVoices } from '../../../src/engine/claims/voices';
import { getCorpusIndex } from '../../../src/engine/corpus';

/** A vague-attribution finding as the rule makes it: `source` is the vague words inside the phrase. */
function vague(draft: string, phrase: string, source = phrase.split(' ').slice(0, -1).join(' ')): RawFinding {
  const start = draft.indexOf(phrase);
  return { ruleId: 'vague-attribution', kind: 'unnamed-expert', severity: 'warning', message: '', start, end: start + phrase.length, explanation: '', link: '', fixes: [], matchedText: phrase, source: [phrase.indexOf(source), phrase.indexOf(source) + source.length] };
}

describe('vague attribution + corpus → name the source', () => {
  it('"An expert says" → "Maya Chen, a seismologist at the state geological survey, says"', () => {
    const d = 'An expert says the dam is safe.';
    const f = vague(d, 'An expert says');
    check(d, undefined, [f]);
    const fix = f.fixes.find((x) => x.title.startsWith('Name the source'))!;
    expect(fix).toBeDefined();
    expect(applyEdits(d, fix.edits)).toBe('Maya Chen, a seismologist at the state geological survey, says the dam is safe.');
    expect(f.evidence![0].text).toContain('Maya Chen');
  });
  it('phrase mid-sentence keeps the rest', () => {
    const d = 'The dam is safe, experts said.';
    const f = vague(d, 'experts said');
    check(d, undefined, [f]);
    const fix = f.fixes[0];
    expect(applyEdits(d, fix.edits)).toBe('The dam is safe, Maya Chen, a seismologist at the state geological survey, said.');
  });
  it('no fix when the corpus does not attribute the content', () => {
    const d = 'Some people say the mayor will resign.';
    const f = vague(d, 'Some people say');
    check(d, undefined, [f]);
    expect(f.fixes).toEqual([]);
  });
  it('other rule findings are left alone', () => {
    const d = 'An expert says the dam is safe.';
    const f = { ...vague(d, 'An expert says'), ruleId: 'draft-hygiene' as const };
    check(d, undefined, [f]);
    expect(f.fixes).toEqual([]);
  });
  it('reads who says what in the usual news patterns', () => {
    const voiceOf = (text: string, sentence: string) => {
      const index = getCorpusIndex([{ path: 'sources/x.txt', text }]);
      const p = index.passages.find((q) => q.text.includes(sentence))!;
      const v = corpusVoices(index).voiceOf(p);
      return v && { name: v.name, role: v.role };
    };
    const CHEN = { name: 'Maya Chen', role: 'a seismologist at the state geological survey' };
    expect(voiceOf('Maya Chen, a seismologist at the state geological survey, said the dam is safe.', 'dam is safe')).toEqual(CHEN);
    expect(voiceOf('Maya Chen, a seismologist at the state geological survey, spoke on Monday. The dam is safe, she said.', 'dam is safe')).toEqual(CHEN);
    expect(voiceOf('Maya Chen, a seismologist at the state geological survey, spoke on Monday. "The dam is safe." said Chen.', 'dam is safe')).toEqual(CHEN);
    expect(voiceOf('Seismologist Maya Chen spoke on Monday. The dam is safe, according to Chen.', 'dam is safe')?.name).toBe('Maya Chen');
    expect(voiceOf('Speakers: Maya Chen, seismologist.\n\nMAYA CHEN: The dam is safe.', 'dam is safe')).toEqual({ name: 'Maya Chen', role: 'seismologist' });
    expect(voiceOf('BRIEFING\nParticipants: Maya Chen, state seismologist; Tom Reyes, mayor.\n\nCHEN: The dam is safe.', 'dam is safe')).toEqual({ name: 'Maya Chen', role: 'state seismologist' });
    expect(voiceOf('"The dam is safe," Tom Reyes said. Reyes is the mayor.', 'dam is safe')?.name).toBe('Tom Reyes');
    expect(voiceOf('PRESS RELEASE\n\nHalden Bank said on Tuesday that it will close two branches. The bank expects the dam to be safe.', 'dam to be safe')?.name).toBe('Halden Bank');
  });
});
