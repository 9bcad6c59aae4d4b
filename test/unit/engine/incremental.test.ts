// Incremental re-analysis after random edits must equal a full analysis.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { IncrementalAnalyzer } from '../../../src/engine/incremental';
import { clearClaimCache } from '../../../src/engine/claims/cache';

const example = fs.readFileSync(path.join(__dirname, '../../../examples/newsroom-draft.md'), 'utf8');
const INSERTS = [' Some people say it leaks.', '\n\n', ' Experts warn', 'x', '.', ' “Critics argue', '”', '\n- Officials said so.\n', '# Sources say\n', ' the'];

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('IncrementalAnalyzer', () => {
  for (const languageId of ['markdown', 'plaintext'])
    it(`equals a full analysis after 300 random edits (${languageId})`, { timeout: 60_000 }, () => {
      const rnd = rng(languageId.length);
      const inc = new IncrementalAnalyzer();
      let text = example;
      for (let i = 0; i < 300; i++) {
        const at = Math.floor(rnd() * (text.length + 1));
        if (rnd() < 0.4 && text.length > 10) {
          const len = Math.floor(rnd() * 12);
          text = text.slice(0, at) + text.slice(at + len);
        } else text = text.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + text.slice(at);
        expect(inc.analyze(text, { languageId })).toEqual(analyze(text, { languageId }));
      }
    });

  it('with a prepare budget: nothing until every block is prepared, then the full analysis (edits between calls too)', () => {
    for (const languageId of ['markdown', 'plaintext']) {
      const rnd = rng(7 + languageId.length);
      const inc = new IncrementalAnalyzer();
      let text = example;
      let calls = 0;
      let result = inc.analyze(text, { languageId, prepareBudgetMs: 0 });
      // a budget of 0 prepares one new block per call; then one call for the whole-draft rules
      while (result.preparing) {
        expect(result.findings).toEqual([]);
        expect(result.claims).toBeUndefined();
        calls++;
        if (calls % 3 === 0) {
          const at = Math.floor(rnd() * (text.length + 1));
          text = text.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + text.slice(at);
        }
        result = inc.analyze(text, { languageId, prepareBudgetMs: 0 });
        expect(calls).toBeLessThan(500);
      }
      expect(calls).toBeGreaterThanOrEqual(Math.max(5, inc.lastStats.blocks - 1));
      expect(result).toEqual(analyze(text, { languageId }));
      // prepared: a keystroke (one block, well within its budget) needs one call
      text = text.replace('Studies show', 'Studies clearly show');
      expect(inc.analyze(text, { languageId, prepareBudgetMs: 1000 })).toEqual(analyze(text, { languageId }));
    }
  });

  it('a new corpus needs no reset: results equal a fresh analysis against it', () => {
    const wire = (n: string) => [{ path: '/sources/wire.txt', text: `The county said the levee repair will cost $${n} million. Officials said the work starts in May.` }];
    const draft = 'The levee repair will cost $4 million, the county said. Some people say the work starts in May.';
    const inc = new IncrementalAnalyzer();
    inc.analyze(draft, { languageId: 'plaintext', corpus: wire('4') });
    const after = inc.analyze(draft, { languageId: 'plaintext', corpus: wire('9') });
    expect(after).toEqual(analyze(draft, { languageId: 'plaintext', corpus: wire('9') }));
    expect(after.findings.some((f) => f.ruleId === 'contradicted-claim')).toBe(true);
  });

  describe('the sentence before a claim (its search context)', () => {
    const corpus = [
      { path: '/s/treaty.txt', text: 'Russia and North Korea signed a treaty in Pyongyang on Wednesday.\n\nUnder the treaty, each country will help the other if it is attacked.' },
      { path: '/s/match.txt', text: 'The coach said the players will help each other on the pitch.\n\nIf one player is attacked, the others will help, the coach said.' },
    ];
    const claim = 'It says the two will help each other if attacked.';
    const opts = { languageId: 'plaintext', corpus };
    const evidence = (r: ReturnType<typeof analyze>) => r.claims?.at(-1)?.evidence?.map((e) => e.text);

    it('a new context re-checks the claim: results equal a fresh analysis', () => {
      const inc = new IncrementalAnalyzer();
      const treaty = inc.analyze(`Russia and North Korea signed a treaty in Pyongyang. ${claim}`, opts);
      const coachDraft = `The coach talked about the players on the pitch. ${claim}`;
      const coach = inc.analyze(coachDraft, opts);
      clearClaimCache();
      const fresh = analyze(coachDraft, opts);
      expect(coach).toEqual(fresh);
      expect(evidence(coach)).not.toEqual(evidence(treaty)); // (the context matters here)
    });

    it('typing a word that is no index term into it leaves the claim cached', () => {
      const inc = new IncrementalAnalyzer();
      inc.analyze(`The coach talked about the players on the pitch. ${claim}`, opts);
      for (const typed of ['zz', 'zzq', 'zzqx']) {
        const draft = `The coach talked about the players ${typed} on the pitch. ${claim}`;
        // with no time budget a call checks one new sentence: the edited one; the claim after it needs none
        const r = inc.analyze(draft, { ...opts, claimBudgetMs: 0 });
        expect(r.pendingClaims).toBeUndefined();
        clearClaimCache();
        expect(r).toEqual(analyze(draft, opts));
      }
    });
  });

  /** Checks `draft`, then with a sentence added at its end: the `ruleId` finding must come back as the same object. */
  function keptAfterAnEditElsewhere(draft: string, ruleId: string) {
    const opts = { languageId: 'plaintext' };
    const find = (r: ReturnType<typeof analyze>) => r.findings.find((f) => f.ruleId === ruleId)!;
    const inc = new IncrementalAnalyzer();
    const first = find(inc.analyze(draft, opts));
    const later = inc.analyze(`${draft} It adjourned.`, opts);
    expect(find(later)).toBe(first);
    expect(later).toEqual(analyze(`${draft} It adjourned.`, opts));
    return { inc, first, find, opts };
  }

  it('hands back the same Finding for a vague attribution an edit neither touched nor moved', () => {
    const draft = 'Some people say the bridge is unsafe.\n\nThe council met on Monday.';
    const { inc, first, find: vague, opts } = keptAfterAnEditElsewhere(draft, 'vague-attribution');
    // moved by an edit before it: made again, at its new place
    const offset = first.offset;
    const movedDraft = `Yes. ${draft} It adjourned.`;
    const result = inc.analyze(movedDraft, opts);
    expect(vague(result)).not.toBe(first);
    expect(vague(result).offset).toBe(offset + 5);
    expect(result).toEqual(analyze(movedDraft, opts));
  });

  it('hands back the same Finding for an unattributed claim an edit neither touched nor moved', () => {
    const draft = 'The repairs will cost $4 million because the dam is old.\n\nThe council met on Monday.';
    const { inc, first, find: unattributed, opts } = keptAfterAnEditElsewhere(draft, 'unattributed-claim');
    expect(first.kind).toBe('number');
    // the number is now sourced elsewhere in the draft: a finding without that cue
    const sourced = `${draft} The mayor said the repairs will cost $4 million.`;
    const result = inc.analyze(sourced, opts);
    expect(unattributed(result)).not.toBe(first);
    expect(unattributed(result).kind).toBe('cause');
    expect(result).toEqual(analyze(sourced, opts));
    // words typed into the sourcing sentence keep its number; a new number there does not source it
    for (const edited of [sourced.replace('The mayor said', 'The mayor said on Friday'), sourced.replace('$4 million.', '$9 million.')]) {
      const r = inc.analyze(edited, opts);
      expect(r).toEqual(analyze(edited, opts));
      expect(unattributed(r).kind).toBe(edited.includes('$9') ? 'number' : 'cause');
    }
  });

  it('reuses every unchanged block after a one-word edit', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze(example, { languageId: 'markdown' });
    const edited = example.replace('Studies show', 'Studies clearly show');
    inc.analyze(edited, { languageId: 'markdown' });
    expect(inc.lastStats.blocks - inc.lastStats.reused).toBe(1);
  });
});
