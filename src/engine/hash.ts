// Stable short hashes (FNV-1a, 32 bit): identities that survive edits elsewhere in the draft.
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim().toLowerCase();

// Most sentences are unchanged between two checks of a draft being edited: remember their hashes.
const SENTENCE_HASHES_MAX = 20_000;
let sentenceHashes = new Map<string, string>();

/** A sentence's identity, computed once per sentence (not once per finding in it). */
export function sentenceHash(sentence: string): string {
  let h = sentenceHashes.get(sentence);
  if (h === undefined) {
    h = fnv1a(squash(sentence));
    if (sentenceHashes.size >= SENTENCE_HASHES_MAX) sentenceHashes = new Map();
    sentenceHashes.set(sentence, h);
  }
  return h;
}

const CONTEXT_HASHES_MAX = 20_000; // a 1 MB draft has ~17,000 findings
// Remembered by rule, kind, sentence and matched text in turn: the strings a check passes are
// mostly the ones it passed last time, whose hashes the engine keeps, so a look-up builds no key
// string (one joined key per finding was ~10% of a keystroke on a 649-finding draft).
let contextHashes = new Map<string, Map<string, Map<string, Map<string, string>>>>();
let contextHashCount = 0;

/** An occurrence is its rule, kind, the sentence it sits in and the text it matched. */
export function contextHash(ruleId: string, kind: string | null, sentenceId: string, matched: string): string {
  const k = kind ?? '';
  let byKind = contextHashes.get(ruleId);
  if (!byKind) contextHashes.set(ruleId, (byKind = new Map()));
  let bySentence = byKind.get(k);
  if (!bySentence) byKind.set(k, (bySentence = new Map()));
  let byMatched = bySentence.get(sentenceId);
  if (!byMatched) bySentence.set(sentenceId, (byMatched = new Map()));
  let h = byMatched.get(matched);
  if (h === undefined) {
    if (contextHashCount >= CONTEXT_HASHES_MAX) {
      // full: start again (the maps above belong to the old set)
      contextHashes = new Map();
      contextHashCount = 0;
      return contextHash(ruleId, kind, sentenceId, matched);
    }
    h = fnv1a(`${ruleId}/${k}|${sentenceId}|${squash(matched)}`);
    byMatched.set(matched, h);
    contextHashCount++;
  }
  return h;
}
