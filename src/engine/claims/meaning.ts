// What words mean, as far as the claim checker asks: which words say the same thing, which say
// the opposite, which name another thing of the same kind. One small interface, so that a better
// resource (word vectors, a model) can stand in for WordNet without touching the aligner.
import { antonymsOf, synonymStems } from './lexicon';

export interface Meaning {
  /** Words (stems) with a sense in common with this one. */
  synonyms(stem: string): readonly string[];
  /** Words (stems) of the opposite sense ("rise" → "fall"). */
  antonyms(stem: string): readonly string[];
}

const NONE: readonly string[] = [];

/**
 * The curated news lexicon (lexicon.ts). A WordNet-derived table (scripts/gen-wordnet-table.mjs:
 * synonyms, antonyms and siblings of common words, 168 KB) stood here and was measured against
 * it, the support model retrained each way: it moved no development-set figure (contradictions
 * found 62.3 % both; unsupported flagged 83.3 % vs 81.8 %, hints on supported 9.9 % vs 8.6 %;
 * SummEdits AUC 56.4 both, FRANK 83.1 vs 83.3), so it is not shipped (docs/accuracy.md).
 */
class LexiconMeaning implements Meaning {
  synonyms(stem: string): readonly string[] {
    return synonymStems(stem);
  }

  antonyms(stem: string): readonly string[] {
    const a = antonymsOf(stem);
    return a ? [...a] : NONE;
  }
}

/** The meaning resource the aligner uses. */
export const meaning: Meaning = new LexiconMeaning();
