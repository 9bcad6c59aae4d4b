// The explain stage: a verdict (decide.ts) becomes findings a reporter can act on — what is
// wrong, the evidence passage and where it is, and a fix (the source's value, a citation).
import type { RawFinding } from '../rules/rule';
import { ruleDocLink } from '../rules/rule';
import type { Evidence, Fix, Severity } from '../types';
import type { Passage } from '../corpus';
import { passagePlace } from '../corpus/passages';
import { evidencePlace, fileName, passageRef, passageRefMd } from '../report/evidencePlace';
import type { Alignment, Conflict } from './align';
import type { SentenceInfo } from './checkworthy';
import type { Detail, Verdict } from './decide';
import type { QuoteCheck } from './quotes';
import type { DraftModel } from '../text/document';

export const VERIFIABILITY = 'https://en.wikipedia.org/wiki/Wikipedia:Verifiability';
export const QUOTATIONS = 'https://en.wikipedia.org/wiki/Wikipedia:Quotations';
export const AP_ATTRIBUTION = 'https://www.apstylebook.com/ap_stylebook/attribution';

export function evidenceOf(p: Passage, score: number): Evidence {
  return { path: p.path, offset: p.start, length: p.end - p.start, line: p.line, ...passagePlace(p), text: p.text, score: round(score) };
}

export const round = (x: number) => Math.round(x * 1000) / 1000;

/** Before the sentence's final punctuation (and closing quotes or brackets). */
export function endOfClaim(text: string, end: number): number {
  let e = end;
  while (e > 0 && /["”’')\]]/.test(text[e - 1])) e--;
  if (e > 0 && /[.!?]/.test(text[e - 1])) e--;
  return e;
}


function citationFix(info: SentenceInfo, p: Passage, preferred = false): Fix {
  const file = fileName(p.path);
  // after the sentence's final punctuation
  return {
    title: `Add citation: ${evidencePlace({ path: file, line: p.line, ...passagePlace(p) })}`,
    edits: [{ offset: info.end, length: 0, newText: ` [source: ${evidencePlace({ path: file, line: p.line, ...passagePlace(p) })}]` }],
    preferred,
  };
}

export function quoteMd(s: string, max = 240): string {
  const t = s.length > max ? s.slice(0, max - 1) + '…' : s;
  return t.replace(/[\\`*_[\]<>]/g, (c) => '\\' + c);
}

const KIND_WORDS: Record<Conflict['kind'], string> = {
  number: 'number',
  date: 'date',
  weekday: 'day',
  name: 'name',
  negation: 'negation',
  antonym: 'wording',
  swap: 'roles',
};

export function contradictionFinding(info: SentenceInfo, c: Conflict, a: Alignment, severity: Severity): RawFinding {
  const file = fileName(c.passage.path);
  let message: string;
  if (c.kind === 'negation')
    message = c.draftNegated
      ? `The source states this without “${c.draftText}” (${passageRef(c.passage, file)}): the draft negates it.`
      : `The source says “${c.sourceText}” (${passageRef(c.passage, file)}): the draft drops the negation.`;
  else if (c.kind === 'swap') message = `The source has these roles the other way round: “${c.sourceText}”; the draft says “${c.draftText}”.`;
  else message = `The source says ${c.sourceText}; the draft says ${c.draftText}.`;
  const fixes: Fix[] = [];
  if (c.replacement !== undefined && c.replacement !== c.draftText) {
    fixes.push({ title: `Replace “${c.draftText}” with “${c.replacement}” (from ${file})`, edits: [{ offset: c.start, length: c.end - c.start, newText: c.replacement }], preferred: true });
  } else if (c.kind === 'negation' && /^(?:not|never|no)$/i.test(c.draftText)) {
    fixes.push({ title: `Remove “${c.draftText}” (the source states it positively)`, edits: [{ offset: c.start, length: c.end - c.start + 1, newText: '' }], preferred: true });
  } else if (c.kind === 'negation' && /n't$/i.test(c.draftText)) {
    const base = c.draftText.replace(/n't$/i, '').replace(/^wo$/i, 'will').replace(/^ca$/i, 'can');
    fixes.push({ title: `Replace “${c.draftText}” with “${base}” (the source states it positively)`, edits: [{ offset: c.start, length: c.end - c.start, newText: base }], preferred: true });
  }
  fixes.push(citationFix(info, c.passage));
  const sure = severity === 'warning' || severity === 'error';
  if (!sure) message = `Check this against your sources: ${message.charAt(0).toLowerCase()}${message.slice(1)}`;
  const explanation = [
    `**${sure ? 'Contradicted by your sources' : 'Possibly contradicted by your sources'}** (${KIND_WORDS[c.kind]}). The closest passage, ${passageRefMd(c.passage, file)}, says:`,
    '',
    `> ${quoteMd(c.passage.text)}`,
    '',
    `The draft says “${quoteMd(c.draftText, 120)}” where the source says “${quoteMd(c.sourceText, 160)}”. ${sure ? 'A published contradiction of your own material is a correction waiting to happen, and readers (and the people named) notice.' : 'The rest of the sentence only partly matches the passage, so this may be about something else: a hint, not a warning.'}`,
    '',
    `**How to fix:** check which is right; if the source is, use its ${KIND_WORDS[c.kind]} (quick fix below); if the draft is right, cite the newer source. See [Wikipedia: Verifiability](${VERIFIABILITY}) and [the rule](${ruleDocLink('contradicted-claim')}).`,
  ].join('\n');
  return {
    ruleId: 'contradicted-claim',
    kind: c.kind,
    severity,
    message,
    start: c.start,
    end: c.end,
    explanation,
    link: VERIFIABILITY,
    fixes,
    matchedText: c.draftText,
    evidence: [evidenceOf(c.passage, a.evidence.find((e) => e.passage === c.passage)?.score ?? a.features[1])],
  };
}

/** An unsupported claim: the whole sentence, or the details (a name, a figure) no source gives. */
export function unsupportedFinding(info: SentenceInfo, a: Alignment, v: Verdict): RawFinding {
  const u = v.unsupported!;
  const best = a.evidence[0];
  const file = best ? fileName(best.passage.path) : undefined;
  const sure = u.severity === 'warning' || u.severity === 'error';
  const details = u.details;
  const detailed = u.kind === 'detail' && details.length > 0;
  const named = details.slice(0, 4).map((d) => `“${d.text}”`).join(', ');
  const message = detailed
    ? `${named} ${details.length > 1 ? 'are' : 'is'} not in your sources${best && best.score >= 0.3 ? ` (the rest is: ${passageRef(best.passage, file)})` : ''}.`
    : sure
      ? details.length
        ? `No source supports this claim: ${named} ${details.length > 1 ? 'are' : 'is'} not in your sources.`
        : 'No source in your corpus supports this claim.'
      : `Not found in your sources${details.length ? `: ${named}` : ''}${best && best.score >= 0.3 ? ` (closest: ${passageRef(best.passage, file)})` : ''}.`;
  const missing = [...new Set(a.missing.filter((t) => t.name || /\d/.test(t.text) || t.content).map((t) => t.text))].slice(0, 6);
  const lines = [
    detailed
      ? `**A detail your sources do not give** (support ${Math.round(v.support * 100)}%). The rest of the sentence is in your sources, but not ${named}.`
      : `**${sure ? 'Unsupported by your sources' : 'Not found in your sources'}** (support ${Math.round(v.support * 100)}%). ${sure ? 'Nothing in the reference corpus states this' : 'FactLint could not find this in the reference corpus, but is not sure enough to call it unsupported'}${missing.length ? `; not found: ${missing.map((m) => `“${quoteMd(m, 40)}”`).join(', ')}` : ''}.`,
    '',
  ];
  if (best && best.score >= 0.3) lines.push(`Closest passage (${passageRefMd(best.passage, file)}):`, '', `> ${quoteMd(best.passage.text)}`, '');
  lines.push(
    detailed
      ? 'A background detail (a party, a capital, a date) may be right and still worth a source; an invented one is how a rewrite drifts from its material.'
      : 'An invented detail, number or cause is the most common way a rewrite drifts from its sources, and it is the part an editor cannot check.',
    '',
    `**How to fix:** add the source that says it (and attribute it in the text), or cut or soften the ${detailed ? 'detail' : 'claim'}. See [Wikipedia: Verifiability](${VERIFIABILITY}) and [the rule](${ruleDocLink('unsupported-claim')}).`,
  );
  const fixes: Fix[] = [];
  if (best && best.score >= 0.5) fixes.push(citationFix(info, best.passage));
  const span = detailed ? { start: details[0].start, end: details[details.length - 1].end } : { start: info.start, end: info.end };
  return {
    ruleId: 'unsupported-claim',
    kind: detailed ? 'detail' : 'claim',
    severity: u.severity,
    message,
    start: span.start,
    end: span.end,
    explanation: lines.join('\n'),
    link: VERIFIABILITY,
    fixes,
    matchedText: detailed ? info.text.slice(span.start - info.start, span.end - info.start) : info.text,
    evidence: a.evidence.slice(0, 3).map((e) => evidenceOf(e.passage, e.score)),
  };
}

export function quoteFinding(model: DraftModel, q: QuoteCheck): RawFinding {
  if (q.kind === 'unsupported') {
    return {
      ruleId: 'unsupported-claim',
      kind: 'quote',
      severity: 'warning',
      message: 'No source contains this quotation.',
      start: q.start,
      end: q.end,
      explanation: [
        '**Quotation not found in your sources.** No file in the reference corpus contains these words or anything close to them.',
        '',
        'A quotation is a promise that someone said exactly this. If it came from an interview, add your notes or transcript to the sources folder.',
        '',
        `**How to fix:** add the source, or paraphrase and attribute. See [Wikipedia: Quotations](${QUOTATIONS}) and [the rule](${ruleDocLink('unsupported-claim')}).`,
      ].join('\n'),
      link: QUOTATIONS,
      fixes: [],
      matchedText: model.text.slice(q.start, q.end),
      evidence: q.passage ? [evidenceOf(q.passage, q.similarity)] : undefined,
    };
  }
  const file = fileName(q.passage!.path);
  return {
    ruleId: 'misquote',
    kind: q.speakerMismatch ? 'speaker' : 'wording',
    severity: 'warning',
    message: q.speakerMismatch
      ? `The source attributes these words to someone else (${passageRef(q.passage!, file)}).`
      : `The source's wording differs: “${q.sourceWording}”${q.diff ? ` (${q.diff})` : ''}.`,
    start: q.start,
    end: q.end,
    explanation: [
      `**Misquote.** The closest wording in your sources (${passageRefMd(q.passage!, file)}, ${Math.round(q.similarity * 100)}% the same) is:`,
      '',
      `> ${quoteMd(q.sourceWording)}`,
      '',
      q.diff ? `Difference: ${quoteMd(q.diff, 300)}.` : '',
      '',
      'Words inside quotation marks must be exactly what the person said; a changed word changes the quote, even when the meaning seems the same (AP: "Never alter quotations even to correct minor grammatical errors or word usage").',
      '',
      `**How to fix:** restore the source wording (quick fix), or paraphrase without quotation marks. See [AP on quotations](${AP_ATTRIBUTION}) and [the rule](${ruleDocLink('misquote')}).`,
    ].join('\n'),
    link: QUOTATIONS,
    fixes: q.speakerMismatch ? [] : [{ title: 'Restore the source wording', edits: [{ offset: q.start, length: q.end - q.start, newText: q.sourceWording }], preferred: true }],
    matchedText: model.text.slice(q.start, q.end),
    evidence: [evidenceOf(q.passage!, q.similarity)],
  };
}

