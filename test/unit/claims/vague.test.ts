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
  it('reads who says what in minutes, statements and multi-sentence quotes', () => {
    const voiceOf = (text: string, sentence: string) => {
      const index = getCorpusIndex([{ path: 'sources/x.txt', text }]);
      const p = index.passages.find((q) => q.text.includes(sentence))!;
      const v = corpusVoices(index).voiceOf(p);
      return v && { name: v.name, role: v.role };
    };
    const MINUTES = 'Present: Councillors Ruth Okafor (Chair), Dev Sandhu and Alan Fitch.\nOfficers: Karen Whitlow, Head of Digital Services; Simon Adeyemi, Data Protection Officer.\n\n';
    // a role and the initials minutes give it, then the initials alone
    expect(voiceOf(`${MINUTES}6.2 The Data Protection Officer (SA) reported that letters were posted. SA advised that card numbers were of little use.`, 'card numbers')).toEqual({ name: 'Simon Adeyemi', role: 'Data Protection Officer' });
    expect(voiceOf(`${MINUTES}6.3 The Chair said the server should not have been online.`, 'server')).toEqual({ name: 'Ruth Okafor', role: 'councillor, chair' });
    expect(voiceOf(`${MINUTES}Cllr Fitch said residents had not been told.`, 'residents')?.name).toBe('Alan Fitch');
    // an honorific is not a name; "He said" after the person it introduces
    expect(voiceOf('5.2 Mr Colin Pettifer, chair of the Action Group, spoke against the plan. He said traffic would stop.', 'traffic')).toEqual({ name: 'Colin Pettifer', role: 'chair of the Action Group' });
    // a quotation carried on in the next sentence of the paragraph
    expect(voiceOf('"We have put a fair offer on the table," said Priya Lal, Redline\'s managing director. "Strike action will hit students hardest."', 'Strike action')).toEqual({ name: 'Priya Lal', role: "Redline's managing director" });
    // a capitalised possessive role, and a role cut before "and a …"
    expect(voiceOf('Lidia Veyra, Kaszaria\'s human rights commissioner, said talks would go on.', 'talks')?.role).toBe("Kaszaria's human rights commissioner");
    expect(voiceOf('"This strike is about class size," said Keith Adebayo, president of the Redfern Education Association and a chemistry teacher at Redfern North.', 'class size')?.role).toBe('president of the Redfern Education Association');
    // "said the club had watched Reddy" is a clause, not "said Reddy"
    expect(voiceOf('Ivan Petrakis, the Severn City manager, spoke on Friday. Petrakis said the club had watched Reddy more than 20 times.', 'watched')?.name).toBe('Ivan Petrakis');
    // "Tom Ruskin of Alder Creek said": the place is not the speaker
    expect(voiceOf('Tom Ruskin of Alder Creek said the map had shown his street as restored.', 'map')).toEqual({ name: 'Tom Ruskin', role: 'of Alder Creek' });
    // a statement's heading names who it speaks for
    expect(voiceOf('STATEMENT BY THE NATIONAL RENEWAL PARTY\n19 September\n\nParty leader Gregor Malin was not aware of the donations.', 'not aware')?.name).toBe('the National Renewal Party');
    expect(voiceOf('UNIVERSITY OF KELSPORT: NEWS RELEASE\nTuesday 4 June\n\nThe researchers recommend filters on washing machines.', 'filters')?.name).toBe('the University of Kelsport');
    expect(voiceOf('OFFICE OF THE MAYOR\n\nStatement of Mayor Victor Halvorsen on the golf course vote\n\n"The course needs a new irrigation system."', 'irrigation')).toEqual({ name: 'Victor Halvorsen', role: 'mayor' });
    // a surname that is also a word for a place is still a name
    expect(voiceOf('Sarah Hill, a nurse at the clinic, said the ward was full.', 'ward')).toEqual({ name: 'Sarah Hill', role: 'a nurse at the clinic' });
    expect(voiceOf('Tom Park, the council treasurer, said the fund was empty.', 'fund')).toEqual({ name: 'Tom Park', role: 'the council treasurer' });
    // an institution or a study as the speaker
    expect(voiceOf('The Tarrow mine, which the Ministry of Mines says is the largest in the country, was closed.', 'largest')?.name).toBe('the Ministry of Mines');
    expect(voiceOf('A 2023 survey by the Oslavian Institute of Marine Research found that cod had dropped by 38 percent.', 'cod')?.name).toBe('the Oslavian Institute of Marine Research');
    expect(voiceOf('A spokeswoman for the Vale Growers\' Association said the harvest was lost.', 'harvest')?.name).toBe("the Vale Growers' Association");
  });
  it('a transcript question carries the content, its answer the voice', () => {
    const d = 'Survivors say about 95 people were on the boat.';
    const f = vague(d, 'Survivors say', 'Survivors');
    const corpus = [{ path: 'sources/briefing.txt', text: 'Speakers: Luca Brentano, coast guard commander.\n\nQ: How many people were on the boat?\n\nLUCA BRENTANO: About 95, we think, from what the survivors told us.' }];
    check(d, corpus, [f]);
    const fix = f.fixes.find((x) => x.title.startsWith('Name the source'));
    expect(fix?.title).toContain('Luca Brentano');
  });
});
