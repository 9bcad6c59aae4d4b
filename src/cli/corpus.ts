// The CLI's door to the reference corpus: the real loader in src/node/corpus.ts (sources/ or
// references/ beside the draft, --corpus paths, front-matter `sources:`). Kept as a seam so
// the CLI has one place to adapt paths: the loader resolves relative paths against the
// draft's folder and returns absolute document paths, while the CLI speaks cwd-relative paths.
import path from 'node:path';
import { loadCorpus as loadCorpusFromDisk, parseFrontMatterSources } from '../node/corpus';
import type { CorpusDocument } from '../engine/types';

export interface CliCorpus {
  documents: CorpusDocument[];
  problems: string[];
}

/** `--corpus` paths are relative to the working directory; the loader's are relative to the draft. */
export function loadCorpusForDraft(draftPath: string, corpusPaths: string[], frontMatterRaw: string | undefined, cwd = process.cwd()): CliCorpus {
  const loaded = loadCorpusFromDisk({
    draftPath,
    corpusPaths: corpusPaths.map((p) => path.resolve(cwd, p)),
    frontMatterSources: parseFrontMatterSources(frontMatterRaw),
  });
  // Evidence paths are shown like draft paths: relative to the working directory.
  const documents = loaded.documents.map((d) => {
    const rel = path.relative(cwd, d.path);
    return rel && !path.isAbsolute(rel) ? { ...d, path: rel } : d;
  });
  return { documents, problems: loaded.problems };
}
