// The real-news case shared by `npm run bench` and the in-editor perf test: FRANK's 501
// CNN/DailyMail and BBC articles as the corpus, 10,000 words of its summaries (a paragraph each,
// in file order, duplicates skipped) as the draft. Undefined without ../shared/data/frank.
import fs from 'node:fs';
import path from 'node:path';

export function frankCase(root, words = 10000) {
  const file = path.resolve(root, '../shared/data/frank/frank_bench.json');
  if (!fs.existsSync(file)) return undefined;
  const frank = JSON.parse(fs.readFileSync(file, 'utf8'));
  const corpus = Object.entries(frank.articles).map(([id, text]) => ({ path: `frank/${id}.txt`, text }));
  const seen = new Set();
  const paras = [];
  let count = 0;
  for (const s of frank.summaries) {
    if (seen.has(s.hash) || count >= words) continue;
    seen.add(s.hash);
    const p = s.summary.replace(/ ([.,;:!?'])/g, '$1').replace(/\s+/g, ' ').trim();
    paras.push(p);
    count += p.split(' ').length;
  }
  return { corpus, text: paras.join('\n\n'), words: count };
}
