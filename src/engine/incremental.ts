// Incremental analysis for an editor: after an edit only the blocks whose text changed are
// tokenised, split and run through the block-local rules again; unchanged blocks are reused,
// their offsets shifted. Whole-draft rules (first mentions, repeated claims, claims) re-run on
// the cached tokens. Results equal a full analyze() (tested with random edits).
//
// With `prepareBudgetMs` the blocks not seen before are prepared over several calls (the first
// check of a long draft on a cold engine held the editor for 200–400 ms). Nothing is reported
// until every block is prepared: findings of a prefix of the draft are not findings of the draft
// (whether a claim is attributed can depend on what follows), and showing them would flicker.
import { analyzeModel } from './analyze';
import { clock } from './clock';
import { prepareSentenceFacts } from './claims/checkworthy';
import { findQuotes, type DraftModel } from './text/document';
import { buildProse, isMarkdownLanguage, type Block } from './text/prose';
import { splitSentences, type Sentence } from './text/sentences';
import { vagueFindings } from './rules/vagueAttribution';
import type { RawFinding } from './rules/rule';
import type { AnalyzeOptions, FileResult } from './types';

interface BlockEntry {
  start: number;
  sentences: Sentence[];
  quotes: Array<{ start: number; end: number }>;
  vague: RawFinding[];
}

export interface IncrementalStats {
  blocks: number;
  reused: number;
}

export class IncrementalAnalyzer {
  private cache = new Map<string, BlockEntry[]>();
  private mode = '';
  /** What the last call reused (for benchmarks and tests). */
  lastStats: IncrementalStats = { blocks: 0, reused: 0 };

  analyze(text: string, options: AnalyzeOptions = {}): FileResult {
    const markdown = isMarkdownLanguage(options.languageId, options.path);
    const mode = markdown ? 'md' : 'txt';
    if (mode !== this.mode) {
      this.cache.clear();
      this.mode = mode;
    }
    const budget = options.prepareBudgetMs;
    const started = budget === undefined ? 0 : clock();
    const view = buildProse(text, markdown);
    const next = new Map<string, BlockEntry[]>();
    const entries: BlockEntry[] = [];
    let reused = 0;
    let prepared = 0;
    for (let bi = 0; bi < view.blocks.length; bi++) {
      const b = view.blocks[bi];
      const key = blockKey(text, view.prose, b, markdown);
      let entry = this.cache.get(key)?.pop();
      if (entry) {
        shift(entry, b.start - entry.start, bi);
        reused++;
      } else {
        if (budget !== undefined && prepared > 0 && clock() - started > budget) return this.stopPreparing(next, view.blocks.length, reused, options);
        entry = prepareBlock(text, view.prose, b, bi);
        prepared++;
      }
      const list = next.get(key);
      if (list) list.push(entry);
      else next.set(key, [entry]);
      entries.push(entry);
    }
    this.cache = next;
    this.lastStats = { blocks: view.blocks.length, reused };
    // the whole-draft rules in a call of their own when this one already spent most of its budget
    if (budget !== undefined && prepared > 0 && clock() - started > budget / 2) return preparing(options);

    const model: DraftModel = {
      text,
      prose: view.prose,
      markdown,
      lines: view.lines,
      blocks: view.blocks,
      sentences: entries.flatMap((e) => e.sentences),
      quotes: entries.flatMap((e) => e.quotes),
      frontMatter: view.frontMatter,
    };
    const vague: RawFinding[] = [];
    for (const e of entries) {
      // Copies: the claims pass replaces a finding's fixes and evidence (with corpus-based ones),
      // the cached finding keeps its own. Fix objects are shared; `shift` moves them with the block.
      // A copy names its origin, by which toFinding hands back last check's Finding.
      for (const f of e.vague) vague.push({ ...f, origin: f });
    }
    return analyzeModel(model, options, new Map([['vague-attribution', vague]]));
  }

  /** Forget everything (e.g. when the configuration changed). */
  reset(): void {
    this.cache.clear();
  }

  /** Keeps what was prepared, and what is cached for the blocks not reached, for the next call. */
  private stopPreparing(next: Map<string, BlockEntry[]>, blocks: number, reused: number, options: AnalyzeOptions): FileResult {
    for (const [key, rest] of this.cache) {
      if (!rest.length) continue;
      const list = next.get(key);
      if (list) list.push(...rest);
      else next.set(key, rest);
    }
    this.cache = next;
    this.lastStats = { blocks, reused };
    return preparing(options);
  }
}

/**
 * A block seen for the first time: its sentences, quotes and vague attributions, and its
 * sentences' facts (cached by text, for the claims pass).
 */
function prepareBlock(text: string, prose: string, b: Block, blockIndex: number): BlockEntry {
  const sentences = splitSentences(prose, text, [b]);
  for (const s of sentences) {
    s.block = blockIndex;
    prepareSentenceFacts(s.text);
  }
  const quotes = findQuotes(prose, [b]);
  return { start: b.start, sentences, quotes, vague: vagueFindings({ text, quotes }, sentences) };
}

/** The result of a call that stopped before the whole-draft rules: nothing to report yet. */
const preparing = (options: AnalyzeOptions): FileResult => ({ path: options.path ?? '<text>', findings: [], preparing: true });

function blockKey(text: string, prose: string, b: Block, markdown: boolean): string {
  const raw = text.slice(b.start, b.end);
  return markdown ? `${b.type}\u0000${raw}\u0000${prose.slice(b.start, b.end)}` : raw;
}

function shift(entry: BlockEntry, delta: number, blockIndex: number): void {
  for (const s of entry.sentences) {
    s.block = blockIndex;
    if (delta === 0) continue;
    s.start += delta;
    s.end += delta;
    for (const t of s.tokens) {
      t.start += delta;
      t.end += delta;
    }
  }
  if (delta !== 0) {
    for (const q of entry.quotes) {
      q.start += delta;
      q.end += delta;
    }
    for (const f of entry.vague) {
      f.start += delta;
      f.end += delta;
      for (const fix of f.fixes) for (const e of fix.edits) e.offset += delta;
    }
  }
  entry.start += delta;
}
