// A modest extraction of the sources a draft cites, for the report: capitalised names (and
// "the … ministry"-style institutions) next to an attribution verb, with an appositive role
// (", a seismologist at the state survey,"). Not a parser: it finds the common news patterns
//   Name[, a/an/the role,] said|says|told|…      "Maya Chen, a seismologist, said…"
//   said|says|added|… Name[, a/an/the role]      "…, said Maya Chen, a seismologist."
//   according to Name[, a/an/the role]           "according to the health ministry"
// and pronoun / surname back-references ("She added", "Chen said") to a person named before.

export type SourceType = 'person' | 'organization';

export interface SourceMention {
  /** Name as written in this mention ("Chen", "Maya Chen", "health ministry"). */
  name: string;
  type: SourceType;
  role?: string;
  /** UTF-16 offset/length of the name (or pronoun) in the text. */
  offset: number;
  length: number;
  /** Offset of the sentence the mention sits in. */
  sentenceStart: number;
  /** True for "She said"-style mentions resolved to an earlier person. */
  pronoun?: boolean;
}

const SAY_BEFORE = String.raw`(?:also\s+|later\s+|previously\s+|has\s+|have\s+|had\s+)?(?:said|says|say|told|tells|added|adds|explained|explains|noted|notes|warned|warns|stated|states|argued|argues|claimed|claims|wrote|writes|testified|announced|announces|reported|reports|confirmed|confirms|insisted|insists|estimated|estimates|acknowledged|acknowledges|cautioned|stressed|replied|responded|recalled|concluded|found|finds)\b`;
// After the verb a name means the speaker, except for "told" (its object is the listener).
const SAY_AFTER = String.raw`\b(?:said|says|added|adds|explained|noted|wrote|writes|warned|stated|argued|claimed|announced|confirmed|insisted|replied|recalled)`;
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const CONNECT = String.raw`(?:of|for|the|on|and|de|del|van|von|la|le|da|di|al|bin)`;
const CAP_NAME = String.raw`${CAP}(?:\s+(?:${CONNECT}\s+)?${CAP}){0,5}`;
const INSTITUTION_NOUNS = [
  'ministry', 'department', 'agency', 'police', 'company', 'government', 'council', 'court', 'commission',
  'office', 'survey', 'university', 'hospital', 'institute', 'bureau', 'service', 'board', 'authority',
  'army', 'military', 'committee', 'party', 'union', 'association', 'foundation', 'bank', 'corporation',
  'group', 'administration', 'prosecutor', 'prosecutors', 'auditor', 'regulator', 'utility', 'embassy',
  'parliament', 'senate', 'congress', 'cabinet', 'municipality', 'county', 'city', 'state', 'school', 'centre', 'center',
];
const INST = `(?:${INSTITUTION_NOUNS.join('|')})`;
const LOWER_INSTITUTION = String.raw`[Tt]he\s+(?:[\p{Ll}][\p{L}'’\-]*\s+){0,3}${INST}`;
const NAME = `(?:${LOWER_INSTITUTION}|${CAP_NAME})`;
const ROLE = String.raw`(?:a|an|the)\s+[^,.;:!?"“”()]{2,90}?`;

const BEFORE_RE = new RegExp(String.raw`(?<![\p{L}\p{M}'’])(?<name>${NAME})(?:\s*,\s*(?<role>${ROLE})\s*,)?\s+${SAY_BEFORE}`, 'gu');
// "…, said Maya Chen[, a seismologist]." — the name must close the clause, else it is the
// subject of what was said ("The agreement says Russia and North Korea will…").
const AFTER_RE = new RegExp(String.raw`${SAY_AFTER}\s+(?<name>${NAME})(?:\s*,\s*(?<role>${ROLE}))?(?=\s*[,.;:!?”"’)]|\s*$)`, 'gu');
const ACCORDING_RE = new RegExp(String.raw`\b[Aa]ccording\s+to\s+(?<name>${NAME})(?:\s*,\s*(?<role>${ROLE})(?=\s*[,.;:!?]|\s*$))?`, 'gu');
const PRONOUN_RE = new RegExp(String.raw`(?:\b(?<p1>He|She|he|she)\s+${SAY_BEFORE})|(?:${SAY_AFTER}\s+(?<p2>he|she)\b)`, 'gu');

// Capitalised words that are never (the start of) a source's name.
const STOP = new Set(
  `a an the some many most several few critics experts expert officials official sources source people others
  analysts analyst scientists scientist residents observers insiders witnesses reports report studies study research
  polls poll it he she they we i you this that these those there here one but and yet so then however meanwhile
  still now later earlier also when while after before in on at for as asked speaking separately last next
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  january february march april may june july august september october november december
  who what where why how if though although because since until unless his her their its our my your
  mr mrs ms dr prof sen rep gov gen president minister mayor`
    .split(/\s+/)
    .filter(Boolean),
);
// Titles kept out of the name but not a reason to drop it ("Mayor Ana Ruiz said" → Ana Ruiz).
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'president', 'minister', 'mayor', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.']);

const norm = (w: string) => w.toLowerCase().replace(/[’]/g, "'");

/** Drop leading stop words/titles; returns the offset shift and the cleaned name, or undefined. */
function cleanName(raw: string): { name: string; shift: number } | undefined {
  if (/^[Tt]he\s/.test(raw) && new RegExp(`${INST}$`, 'iu').test(raw)) {
    const name = raw.replace(/^[Tt]he\s+/, '');
    return { name, shift: raw.length - name.length };
  }
  const parts = raw.split(/(\s+)/);
  let shift = 0;
  let i = 0;
  while (i < parts.length) {
    const w = parts[i];
    const n = norm(w).replace(/\.$/, '');
    if (STOP.has(n) || TITLES.has(norm(w)) || /^(of|for|the|on|and)$/i.test(w)) {
      shift += w.length + (parts[i + 1]?.length ?? 0);
      i += 2;
      continue;
    }
    break;
  }
  const name = parts.slice(i).join('').replace(/[’']s$/, '').trim();
  if (!name) return undefined;
  // A trailing connector ("Bank of") is not part of the name.
  const trimmed = name.replace(/\s+(?:of|for|the|on|and)$/i, '');
  if (!/\p{Lu}/u.test(trimmed) && !new RegExp(`${INST}$`, 'iu').test(trimmed)) return undefined;
  return { name: trimmed, shift };
}

export function sourceType(name: string): SourceType {
  if (new RegExp(`\\b${INST}\\b`, 'iu').test(name)) return 'organization';
  if (/\b\p{Lu}{2,}\b/u.test(name)) return 'organization'; // NATO, UN, CDC
  return 'person';
}

function cleanRole(role: string | undefined): string | undefined {
  const r = role?.replace(/\s+/g, ' ').trim();
  return r ? r : undefined;
}

/**
 * Mentions of sources in sentences (pass the prose view so markup is blank). Sentences are
 * `{start, end}` spans of `text`; mentions come back in text order.
 */
export function extractSourceMentions(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): SourceMention[] {
  const out: SourceMention[] = [];
  let lastPerson: SourceMention | undefined;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const found: SourceMention[] = [];
    for (const re of [BEFORE_RE, AFTER_RE, ACCORDING_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
        const rawName = m.groups!.name;
        const nameAt = m.index + m[0].indexOf(rawName);
        const cleaned = cleanName(rawName);
        if (!cleaned) continue;
        const offset = s.start + nameAt + cleaned.shift;
        if (found.some((f) => offset < f.offset + f.length && f.offset < offset + cleaned.name.length)) continue;
        found.push({ name: cleaned.name, type: sourceType(cleaned.name), role: cleanRole(m.groups!.role), offset, length: cleaned.name.length, sentenceStart: s.start });
      }
    }
    found.sort((a, b) => a.offset - b.offset);
    if (!found.length && lastPerson) {
      PRONOUN_RE.lastIndex = 0;
      const m = PRONOUN_RE.exec(sentence);
      if (m) {
        const p = m.groups!.p1 ?? m.groups!.p2;
        const at = s.start + m.index + m[0].indexOf(p);
        found.push({ name: lastPerson.name, type: 'person', offset: at, length: p.length, sentenceStart: s.start, pronoun: true });
      }
    }
    for (const f of found) {
      out.push(f);
      if (f.type === 'person' && !f.pronoun) lastPerson = f;
    }
  }
  return out;
}

export interface CitedSource {
  name: string;
  type: SourceType;
  role?: string;
  /** Mentions, back-references ("Chen said", "She added") included. */
  count: number;
  mentions: SourceMention[];
}

/**
 * Groups mentions into sources: exact names, then a one-word name ("Chen") into the full name
 * that ends with it ("Maya Chen"). The first role given wins.
 */
export function groupSources(mentions: SourceMention[]): CitedSource[] {
  const byName = new Map<string, CitedSource>();
  const key = (n: string) => n.toLowerCase().replace(/[’]/g, "'");
  for (const m of mentions) {
    const k = key(m.name);
    let src = byName.get(k);
    if (!src) byName.set(k, (src = { name: m.name, type: m.type, count: 0, mentions: [] }));
    src.count++;
    src.mentions.push(m);
    if (!src.role && m.role) src.role = m.role;
  }
  // Surname back-references.
  for (const [k, src] of [...byName]) {
    if (src.type !== 'person' || src.name.includes(' ')) continue;
    const full = [...byName.values()].filter((o) => o !== src && o.type === 'person' && key(o.name).endsWith(' ' + k));
    if (full.length !== 1) continue;
    const target = full[0];
    target.count += src.count;
    target.mentions.push(...src.mentions);
    target.mentions.sort((a, b) => a.offset - b.offset);
    if (!target.role && src.role) target.role = src.role;
    byName.delete(k);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
