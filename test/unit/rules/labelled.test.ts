// The labelled development set (test/fixtures/attribution/labelled.txt): every case must hold.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, buildDraftModel } from '../../../src/engine';

export interface LabelledCase {
  label: string;
  text: string;
}

export function readLabelled(name = 'labelled.txt'): LabelledCase[] {
  const file = path.join(__dirname, '../../fixtures/attribution', name);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const bar = l.indexOf(' | ');
      return { label: l.slice(0, bar).trim(), text: l.slice(bar + 3).trim() };
    });
}

/** Kinds flagged in the last sentence of the text (sentences as the engine splits them). */
/** (`kind@severity` when asked: a label such as `group@information` pins the severity too.) */
export function kindsInLastSentence(text: string, withSeverity = false): string[] {
  const r = analyze(text);
  const sentences = buildDraftModel(text, 'plaintext').sentences;
  const lastStart = sentences.length ? sentences[sentences.length - 1].start : 0;
  return r.findings
    .filter((f) => f.offset >= lastStart || f.offset + f.length > lastStart)
    .filter((f) => f.ruleId === 'vague-attribution' || f.ruleId === 'incomplete-attribution')
    .map((f) => (f.ruleId === 'incomplete-attribution' ? 'incomplete' : (f.kind as string)) + (withSeverity ? `@${f.severity}` : ''));
}

describe('labelled development set', () => {
  for (const c of [...readLabelled(), ...readLabelled('real-news-regressions.txt')]) {
    if (c.label === '-') it(`allows: ${c.text}`, () => expect(kindsInLastSentence(c.text)).toEqual([]));
    else it(`${c.label}: ${c.text}`, () => expect(kindsInLastSentence(c.text, c.label.includes('@'))).toContain(c.label));
  }
});
