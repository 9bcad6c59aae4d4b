import { describe, expect, it } from 'vitest';
import { check, applyEdits, SOURCE } from './helpers';

// Each alignment case in both directions: the supported paraphrase must not be flagged, the
// edited version must be.
const SUPPORTED: string[] = [
  'The council approved the $4.5 million flood budget on Wednesday.', // weekday = June 19, 2024
  'On June 19, the city council approved a flood budget of 4.5 million dollars.', // reordered
  'Police said roughly 2,300 residents were evacuated from the northern districts.',
  'Unemployment in the region rose to 38% last year.', // 38% = 38 percent
  'The port handled 1.2 million containers in 2023.', // 1.2 million = 1,200,000
  'Chen said the dam is safe.', // surname
  'The dam is safe, according to a seismologist at the state geological survey.',
  'The council passed the flood budget by a vote of seven to two.', // seven = 7, synonym
  'The storm closed the coastal road for two days and damaged the old bridge near the harbour.', // clauses reordered
  'Arsenal beat Chelsea 2-1 in the final at Wembley.',
];

const CONTRADICTED: Array<[string, string, string]> = [
  // draft, draft value, source value
  ['The council approved the $4.5 million flood budget on Tuesday.', 'Tuesday', 'Wednesday'],
  ['The council rejected the flood budget of $4.5 million.', 'rejected', 'approved'],
  ['About 3,200 residents were evacuated from the northern districts, police said.', '3,200', '2,300'],
  ['Unemployment in the region fell to 38 percent last year.', 'fell', 'rose'],
  ['Unemployment in the region rose to 48 percent last year.', '48 percent', '38 percent'],
  ['About 2,300 residents were evacuated from the southern districts, police said.', 'southern', 'northern'],
  // a duration is replaced with its unit: the source may count in other units
  ['The storm damaged the old bridge near the harbour and closed the coastal road for five days.', 'five days', 'two days'],
  ['The port handled 1,200,000 containers in 2021.', '2021', '2023'],
];

describe('supported claims (must not flag)', () => {
  for (const d of SUPPORTED) {
    it(d, () => {
      const r = check(d);
      expect(r.claims).toHaveLength(1);
      expect(r.claims![0].status).toBe('supported');
      expect(r.claims![0].score).toBeGreaterThan(0);
      expect(r.claims![0].evidence[0].path).toContain('council.md');
      expect(r.findings).toEqual([]);
    });
  }
});

describe('contradicted claims (must flag, fix restores the source value)', () => {
  for (const [d, draftValue, sourceValue] of CONTRADICTED) {
    it(d, () => {
      const r = check(d);
      expect(r.claims![0].status).toBe('contradicted');
      const f = r.findings.find((x) => x.ruleId === 'contradicted-claim')!;
      expect(f).toBeDefined();
      expect(f.severity).toBe('warning');
      expect(d.slice(f.start, f.end)).toBe(draftValue);
      expect(f.message).toBe(`The source says ${sourceValue}; the draft says ${draftValue}.`);
      expect(f.evidence![0].path).toContain('council.md');
      const fixed = applyEdits(d, f.fixes[0].edits);
      expect(fixed).toBe(d.replace(draftValue, sourceValue));
      // the corrected sentence is then supported
      expect(check(fixed).claims![0].status).toBe('supported');
    });
  }

  it('flipped negation', () => {
    const d = 'Mayor Tom Reyes said the river will be dredged this summer.';
    const r = check(d);
    expect(r.claims![0].status).toBe('contradicted');
    expect(r.findings[0].kind).toBe('negation');
    expect(check('Mayor Tom Reyes said the river will not be dredged this summer.').claims![0].status).toBe('supported');
  });

  it('negation added where the source has none; the fix removes it', () => {
    const d = 'The city council did not approve the flood budget of $4.5 million.';
    const r = check(d);
    expect(r.claims![0].status).toBe('contradicted');
    const f = r.findings.find((x) => x.kind === 'negation')!;
    expect(applyEdits(d, f.fixes[0].edits)).toBe('The city council did approve the flood budget of $4.5 million.');
  });

  it('a refusal verb is the draft negating the source, and the message says which side is negated', () => {
    const r = check('The city council refused to approve the flood budget of $4.5 million.');
    const f = r.findings.find((x) => x.kind === 'negation')!;
    expect(f.message).toContain('without “refused”');
    expect(f.message).toContain('the draft negates it');
    const g = check('Mayor Tom Reyes said the river will be dredged this summer.').findings.find((x) => x.kind === 'negation')!;
    expect(g.message).toMatch(/The source says “[^”]*will not be dredged[^”]*”.*the draft drops the negation/);
  });

  it("two people's roles swapped", () => {
    const d = 'In the final, Chelsea defeated Arsenal 2-1 at Wembley.';
    const r = check(d);
    expect(r.claims![0].status).toBe('contradicted');
    const f = r.findings.find((x) => x.kind === 'swap')!;
    expect(applyEdits(d, f.fixes[0].edits)).toBe('In the final, Arsenal defeated Chelsea 2-1 at Wembley.');
  });

  it('offers an "Add citation" fix', () => {
    const d = 'About 3,200 residents were evacuated from the northern districts, police said.';
    const f = check(d).findings[0];
    const cite = f.fixes.find((x) => x.title.startsWith('Add citation'))!;
    expect(applyEdits(d, cite.edits)).toBe(d + ' [source: council.md:4]');
  });
});

describe('unsupported claims', () => {
  it('invented place', () => {
    const r = check('Reyes said the town hall in Springfield was full.');
    expect(r.claims![0].status).toBe('unsupported');
    expect(r.findings[0].ruleId).toBe('unsupported-claim');
    expect(r.findings[0].message).toContain('Springfield');
  });
  it('invented cause', () => {
    const r = check('The flood was caused by a broken pipe at the chemical plant.');
    expect(r.claims![0].status).toBe('unsupported');
  });
  it('invented number', () => {
    const r = check('Insurers expect claims to reach $90 million.');
    expect(r.claims![0].status).toBe('unsupported');
    expect(r.findings[0].message).toContain('$90 million');
  });
  it('explanations are Markdown with guidance links', () => {
    const f = check('The flood was caused by a broken pipe at the chemical plant.').findings[0];
    expect(f.explanation).toMatch(/\*\*(?:Unsupported by|Not found in) your sources/);
    expect(f.explanation).toContain('How to fix');
    expect(f.link).toContain('Verifiability');
  });
});

describe('claims contract', () => {
  it('every checkable sentence gets a claim with offsets, score and evidence', () => {
    const d = 'Unemployment in the region rose to 38% last year. The flood was caused by a broken pipe at the chemical plant.';
    const r = check(d);
    expect(r.claims).toHaveLength(2);
    for (const c of r.claims!) {
      expect(d.slice(c.offset, c.offset + c.length)).toBe(c.text);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      for (const e of c.evidence) {
        expect(e.line).toBeGreaterThan(0);
        expect(e.score).toBeGreaterThanOrEqual(0);
      }
    }
    const ev = r.claims![0].evidence[0];
    expect(SOURCE.slice(ev.offset, ev.offset + ev.length)).toBe(ev.text);
    expect(ev.line).toBe(5);
  });
  it('questions and headings are not claims', () => {
    expect(check('Did the council approve the budget?').claims).toEqual([]);
  });
});
