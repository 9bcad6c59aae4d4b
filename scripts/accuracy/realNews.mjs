// The real news articles in ../shared/data (FRANK's ~500 CNN/Daily Mail and BBC articles and
// SummEdits' 25), split into sentences by the engine itself. Sentences are named by
// `<dataset>:<article key>:<start offset>` so labels can live in the repository without the text.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

export const sha1 = (s) => crypto.createHash('sha1').update(s).digest('hex');

/** [{ key, dataset, text }] for every distinct article. */
export function loadArticles(dataDir) {
  const out = [];
  const fr = path.join(dataDir, 'frank', 'frank_bench.json');
  if (fs.existsSync(fr)) {
    const d = JSON.parse(fs.readFileSync(fr, 'utf8'));
    for (const [hash, text] of Object.entries(d.articles)) out.push({ key: `frank:${hash}`, text });
  }
  const se = path.join(dataDir, 'summedits-news', 'summedits_news.json');
  if (fs.existsSync(se)) {
    const seen = new Set();
    for (const x of JSON.parse(fs.readFileSync(se, 'utf8'))) {
      const h = sha1(x.doc).slice(0, 12);
      if (seen.has(h)) continue;
      seen.add(h);
      out.push({ key: `summedits:${h}`, text: x.doc });
    }
  }
  return out;
}

/** The sentences of an article with their ids (headings and one-word fragments left out). */
export function sentencesOf(buildDraftModel, article) {
  return buildDraftModel(article.text, 'plaintext')
    .sentences.filter((s) => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(s.text))
    .map((s) => ({ id: `${article.key}:${s.start}`, start: s.start, end: s.end, text: s.text, hash: sha1(s.text).slice(0, 10) }));
}
