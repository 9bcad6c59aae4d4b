// Deterministic synthetic drafts for benchmarks (seeded PRNG; same text on every machine).
// Sentences mix attributed, vague and plain statements in the proportions of a real news draft.
export function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PEOPLE = ['Maya Chen', 'Tom Alvarez', 'Rachel Okafor', 'Omar Haddad', 'Ana Ruiz', 'Lena Ortiz', 'Jonas Berg'];
export const ROLES = ['a seismologist at the state geological survey', 'the mayor of Millbrook', 'an engineer at the dam safety office', 'head of the city water board', 'a council member', 'a spokesperson for the utility'];
export const PLACES = ['Millbrook', 'the Alder valley', 'the county', 'Harlow', 'the river towns', 'the old mill district'];
export const THINGS = ['the dam', 'the spillway', 'the repair budget', 'the new bridge', 'the flood plan', 'the water supply', 'the school roof'];
export const VERBS = ['said', 'told reporters', 'wrote in a statement', 'added'];
export const VAGUE = ['Some people say', 'Experts warn that', 'It is believed that', 'Sources say', 'Studies show that', 'Officials said', 'Many residents believe', 'Critics argue that'];
export const CLAIMS = ['needs $%d million in repairs', 'could flood %d homes', 'was built in %d', 'will close for %d days', 'costs %d dollars a year to run', 'has been inspected %d times'];

export function generateDraft(targetChars, seed = 42) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const num = () => Math.floor(rnd() * 9000) + 12;
  const claim = () => `${pick(THINGS)} ${pick(CLAIMS).replace('%d', String(num()))}`;
  const paras = [];
  let size = 0;
  let introduced = new Set();
  while (size < targetChars) {
    const sentences = [];
    const n = 3 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      let s;
      if (r < 0.3) {
        const p = pick(PEOPLE);
        const who = introduced.has(p) ? p.split(' ')[1] : `${p}, ${pick(ROLES)},`;
        introduced.add(p);
        s = `${who} ${pick(VERBS)} ${claim()}.`;
      } else if (r < 0.45) s = `${pick(VAGUE)} ${claim()}.`;
      else if (r < 0.6) s = `In ${pick(PLACES)}, ${claim()}, according to the council.`;
      else s = `${claim().replace(/^./, (c) => c.toUpperCase())} in ${pick(PLACES)}.`;
      sentences.push(s);
    }
    const p = sentences.join(' ');
    paras.push(p);
    size += p.length + 2;
    if (introduced.size === PEOPLE.length && rnd() < 0.02) introduced = new Set();
  }
  return paras.join('\n\n') + '\n';
}

export function wordsToChars(words) {
  return Math.round(words * 6.1);
}
