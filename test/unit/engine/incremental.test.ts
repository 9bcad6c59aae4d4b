// Incremental re-analysis after random edits must equal a full analysis.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine';
import { IncrementalAnalyzer } from '../../../src/engine/incremental';

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

  it('reuses every unchanged block after a one-word edit', () => {
    const inc = new IncrementalAnalyzer();
    inc.analyze(example, { languageId: 'markdown' });
    const edited = example.replace('Studies show', 'Studies clearly show');
    inc.analyze(edited, { languageId: 'markdown' });
    expect(inc.lastStats.blocks - inc.lastStats.reused).toBe(1);
  });
});
