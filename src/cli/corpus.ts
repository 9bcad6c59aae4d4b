// The CLI's door to the reference corpus: the real loader in src/node/corpus.ts (sources/ or
// references/ beside the draft, --corpus paths, front-matter `sources:`). Kept as a seam so
// the CLI has one place to adapt paths: the loader resolves relative paths against the
// draft's folder and returns absolute document paths, while the CLI speaks cwd-relative paths.
import path from 'node:path';
import { loadCorpus as loadCorpusFromDisk, parseFrontMatterSources, readDocuments, mergeByPath } from '../node/corpus';
import type { DocumentExtractor } from '../node/extractor';
import type { CorpusDocument } from '../engine/types';

export interface CliCorpus {
  documents: CorpusDocument[];
  problems: string[];
}

/**
 * `--corpus` paths are relative to the working directory; the loader's are relative to the draft.
 * PDF and DOCX sources are read by `extractor()` (made on the first such file).
 */
export async function loadCorpusForDraft(draftPath: string, corpusPaths: string[], frontMatterRaw: string | undefined, extractor: () => DocumentExtractor, cwd = process.cwd()): Promise<CliCorpus> {
  const loaded = loadCorpusFromDisk({
    draftPath,
    corpusPaths: corpusPaths.map((p) => path.resolve(cwd, p)),
    frontMatterSources: parseFrontMatterSources(frontMatterRaw),
  });
  let all = loaded.documents;
  const problems = [...loaded.problems];
  if (loaded.documentFiles.length) {
    const docs = await readDocuments(loaded.documentFiles, extractor(), path.dirname(path.resolve(draftPath)));
    all = mergeByPath(all, docs.documents);
    problems.push(...docs.problems);
  }
  // Evidence paths are shown like draft paths: relative to the working directory.
  const documents = all.map((d) => {
    const rel = path.relative(cwd, d.path);
    return rel && !path.isAbsolute(rel) ? { ...d, path: rel } : d;
  });
  return { documents, problems };
}
