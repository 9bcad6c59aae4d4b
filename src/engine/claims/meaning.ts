// What words mean, as far as the claim checker asks: which words say the same thing, which say
// the opposite, which name another thing of the same kind. One small interface, so that a better
// resource (word vectors, a model) can stand in for WordNet without touching the aligner.
import { ANTONYM_PAIRS, SIBLING_GROUPS, SYNONYM_GROUPS } from './data/wordnet';

export interface Meaning {
  /** Words (stems) with a sense in common with this one. */
  synonyms(stem: string): readonly string[];
  /** Words (stems) of the opposite sense ("rise" → "fall"). */
  antonyms(stem: string): readonly string[];
  /** Nouns (stems) of the same kind ("lion" → "leopard"): another thing, not the same one. */
  siblings(stem: string): readonly string[];
}

const NONE: readonly string[] = [];

/** Stem → the other stems of every line it is on (built on first use: ~15 ms, not on activation). */
function related(lines: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of lines.split('\n')) {
    const words = line.split(' ');
    for (const w of words) {
      let list = map.get(w);
      if (!list) map.set(w, (list = []));
      for (const v of words) if (v !== w && !list.includes(v)) list.push(v);
    }
  }
  return map;
}

class WordNetMeaning implements Meaning {
  private syn?: Map<string, string[]>;
  private ant?: Map<string, string[]>;
  private sib?: Map<string, string[]>;

  synonyms(stem: string): readonly string[] {
    return (this.syn ??= related(SYNONYM_GROUPS)).get(stem) ?? NONE;
  }

  antonyms(stem: string): readonly string[] {
    return (this.ant ??= related(ANTONYM_PAIRS)).get(stem) ?? NONE;
  }

  siblings(stem: string): readonly string[] {
    return (this.sib ??= related(SIBLING_GROUPS)).get(stem) ?? NONE;
  }
}

/** The meaning resource the aligner uses (WordNet 3.1, common words, their three main senses). */
export const meaning: Meaning = new WordNetMeaning();
