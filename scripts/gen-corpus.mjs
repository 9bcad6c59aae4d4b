// Deterministic synthetic reference corpus for benchmarks: news-like source documents (wire copy,
// statements, meeting notes, a few HTML pages) built from the same people, places, things and
// claim templates as gen-draft.mjs, so BM25 retrieval and claim alignment do real work (draft
// claims find near-matches, some with the same number, many with another one).
//
//   import { generateCorpus, cachedCorpus } from './gen-corpus.mjs';
//   generateCorpus({ docs: 200, totalChars: 5e6, seed: 5 })  → [{ path, text }]
//   cachedCorpus(opts)  → the same, written once to <tmpdir>/factlint-bench/corpus-… and read back
//   node scripts/gen-corpus.mjs [dir]   → writes the default corpus to dir (or the cache) and prints where
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mulberry32, PEOPLE, ROLES, PLACES, THINGS, CLAIMS } from './gen-draft.mjs';

const MORE_PEOPLE = ['Priya Nair', 'Daniel Weiss', 'Sofia Marin', 'Kwame Mensah', 'Helen Brandt', 'Luis Ferreira', 'Grace Liu', 'Aisha Bello'];
const MORE_ROLES = ['a hydrologist at the university', 'the county emergency manager', 'a lawyer for the residents', 'the chief financial officer of the utility', 'a structural engineer hired by the council', 'the state inspector'];
const BODIES = ['the council', 'the water board', 'the dam safety office', 'the state geological survey', 'the utility', 'the county', 'the river authority', 'the school board'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EVENTS = ['an emergency meeting', 'a public hearing', 'a closed session', 'a budget review', 'an inspection', 'a press conference'];
const ACTIONS = ['approved', 'rejected', 'postponed', 'debated', 'questioned', 'announced'];
const ISSUES = ['the repair contract', 'a rate increase', 'the evacuation plan', 'new sensors on the dam', 'the spillway upgrade', 'a loan from the state', 'the inspection report', 'overtime for the crews'];
const CAUSES = ['heavy rain in the spring', 'cracks found in the concrete', 'rising costs of steel', 'a drop in water levels', 'delays at the contractor', 'a shortage of inspectors'];
const QUOTES = [
  'We cannot wait another year for this work',
  'The numbers do not add up',
  'Nobody in Millbrook should have to worry about the water',
  'This is the most serious problem the county has faced in decades',
  'We have done everything the engineers asked us to do',
  'The repairs will take longer than anyone hoped',
  'Residents deserve a clear answer',
];

export const CORPUS_DEFAULTS = { docs: 200, totalChars: 5_000_000, seed: 5 };

export function generateCorpus({ docs = CORPUS_DEFAULTS.docs, totalChars = CORPUS_DEFAULTS.totalChars, seed = CORPUS_DEFAULTS.seed } = {}) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const num = () => Math.floor(rnd() * 9000) + 12;
  const people = [...PEOPLE, ...MORE_PEOPLE];
  const roles = [...ROLES, ...MORE_ROLES];
  const roleOf = new Map(people.map((p, i) => [p, roles[i % roles.length]]));
  const cap = (s) => s.replace(/^./, (c) => c.toUpperCase());
  const claim = () => `${pick(THINGS)} ${pick(CLAIMS).replace('%d', String(num()))}`;
  const sentence = (introduced) => {
    const r = rnd();
    const p = pick(people);
    const who = introduced.has(p) ? p.split(' ')[1] : `${p}, ${roleOf.get(p)},`;
    if (r < 0.28) {
      introduced.add(p);
      return `${who} said ${claim()}.`;
    }
    if (r < 0.4) {
      const said = introduced.has(p) ? p : `${p}, ${roleOf.get(p)}`;
      introduced.add(p);
      return `“${pick(QUOTES)},” said ${said}.`;
    }
    if (r < 0.52) return `${cap(pick(BODIES))} ${pick(ACTIONS)} ${pick(ISSUES)} at ${pick(EVENTS)} on ${pick(DAYS)}.`;
    if (r < 0.62) return `According to ${pick(BODIES)}, ${claim()}.`;
    if (r < 0.72) return `${cap(claim())} because of ${pick(CAUSES)}, records show.`;
    if (r < 0.8) return `In ${pick(MONTHS)} ${2000 + Math.floor(rnd() * 25)}, ${pick(BODIES)} said ${claim()}.`;
    if (r < 0.88) return `Residents of ${pick(PLACES)} asked ${pick(BODIES)} about ${pick(ISSUES)}, and officials said ${claim()}.`;
    return `${cap(claim())} in ${pick(PLACES)}, ${pick(BODIES)} said in a report released on ${pick(DAYS)}.`;
  };
  const perDoc = totalChars / docs;
  const out = [];
  for (let d = 0; d < docs; d++) {
    const kind = d % 10 === 9 ? 'html' : d % 10 === 4 ? 'md' : 'txt';
    const introduced = new Set();
    const title = `${cap(pick(BODIES))} ${pick(ACTIONS)} ${pick(ISSUES)} in ${pick(PLACES)}`;
    const paras = [];
    let size = title.length;
    while (size < perDoc) {
      const n = 2 + Math.floor(rnd() * 5);
      const ss = [];
      for (let i = 0; i < n; i++) ss.push(sentence(introduced));
      const p = ss.join(' ');
      paras.push(p);
      size += p.length + 2;
    }
    let text;
    if (kind === 'html') text = `<!doctype html>\n<html><head><title>${title}</title><style>p{margin:0}</style></head>\n<body><article><h1>${title}</h1>\n${paras.map((p) => `<p>${p.replace(/&/g, '&amp;')}</p>`).join('\n')}\n</article></body></html>\n`;
    else if (kind === 'md') text = `# ${title}\n\n${paras.join('\n\n')}\n`;
    else text = `${title.toUpperCase()}\n\n${paras.join('\n\n')}\n`;
    out.push({ path: `sources/doc-${String(d).padStart(3, '0')}.${kind}`, text });
  }
  return out;
}

export function corpusCacheDir(opts = {}) {
  const o = { ...CORPUS_DEFAULTS, ...opts };
  return path.join(os.tmpdir(), 'factlint-bench', `corpus-v1-${o.docs}-${o.totalChars}-${o.seed}`);
}

/** Writes `docs` under dir (dir/sources/…); returns dir. */
export function writeCorpus(docs, dir) {
  for (const d of docs) {
    const f = path.join(dir, d.path);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, d.text);
  }
  fs.writeFileSync(path.join(dir, '.complete'), String(docs.length));
  return dir;
}

/** The corpus, generated once and cached on disk (read back on later runs). */
export function cachedCorpus(opts = {}) {
  const dir = corpusCacheDir(opts);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    writeCorpus(generateCorpus({ ...CORPUS_DEFAULTS, ...opts }), dir);
  }
  const src = path.join(dir, 'sources');
  return fs
    .readdirSync(src)
    .sort()
    .map((f) => ({ path: `sources/${f}`, text: fs.readFileSync(path.join(src, f), 'utf8') }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const target = process.argv[2];
  if (target) {
    writeCorpus(generateCorpus(), target);
    console.log(target);
  } else {
    const docs = cachedCorpus();
    console.log(`${corpusCacheDir()} (${docs.length} docs, ${docs.reduce((a, d) => a + d.text.length, 0)} chars)`);
  }
}
