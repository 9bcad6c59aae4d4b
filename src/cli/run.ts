// `factlint check`: read drafts, run the engine, render, and decide the exit code.
import fs from 'node:fs';
import { analyzeModel } from '../engine/analyze';
import { buildDraftModel } from '../engine/text/document';
import { SEVERITY_RANK, type CorpusDocument, type FileResult } from '../engine/types';
import { buildReport, type ReportInput } from '../engine/report/model';
import { renderJson } from '../engine/report/render/json';
import { renderSarif } from '../engine/report/render/sarif';
import { renderMarkdown } from '../engine/report/render/markdown';
import { renderHtml } from '../engine/report/render/html';
import { renderText } from '../engine/report/render/text';
import { HELP, parseArgs, UsageError, type CheckArgs } from './args';
import { collectFiles, InputError, languageIdFor, readText } from './files';
import { ConfigLoader } from './config';
import { loadCorpusForDraft } from './corpus';
import { DocumentExtractor } from '../node/extractor';
import { version as VERSION } from '../../package.json';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Colour text output (stdout is a TTY and NO_COLOR is unset). */
  color: boolean;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(HELP);
      return EXIT_OK;
    }
    if (args.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    return await check(args, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.stderr(`factlint: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`factlint: internal error: ${msg.split('\n')[0]}\n`);
    return EXIT_USAGE;
  }
}

async function check(args: CheckArgs, io: CliIO): Promise<number> {
  const warn = (m: string) => io.stderr(`factlint: warning: ${m}\n`);
  // A missing --corpus path is an input error (globs are left to the loader).
  for (const c of args.corpus)
    if (!/[*?[{]/.test(c) && !fs.existsSync(c)) throw new InputError(`${c}: corpus path not found`);
  const configs = new ConfigLoader(args.config, warn);
  const files = collectFiles(args.paths);

  // Read everything first: an unreadable input fails the run before any output.
  const drafts = files.map((file) => ({ file, text: readText(file), config: configs.forDraft(file) }));

  const results: FileResult[] = [];
  const inputs: ReportInput[] = [];
  const corpusSeen = new Map<string, CorpusDocument>();
  const warned = new Set<string>();
  // PDF and DOCX text: one extractor for the run (each file's text read once, by content)
  let extractor: DocumentExtractor | undefined;
  const getExtractor = () => (extractor ??= new DocumentExtractor());
  try {
    for (const d of drafts) await checkDraft(d);
  } finally {
    extractor?.dispose();
  }

  async function checkDraft(d: (typeof drafts)[number]): Promise<void> {
    const languageId = languageIdFor(d.file);
    const model = buildDraftModel(d.text, languageId, d.file);
    // Only a non-empty corpus is passed on: without one the engine checks attribution only.
    const loaded = await loadCorpusForDraft(d.file, args.corpus, model.frontMatter?.raw, getExtractor);
    for (const p of loaded.problems) if (!warned.has(p)) warned.add(p), warn(p);
    const corpus = loaded.documents.length ? loaded.documents : undefined;
    for (const doc of corpus ?? []) corpusSeen.set(doc.path, doc);
    const config = args.claimConfidence === undefined ? d.config.config : { ...d.config.config, claimConfidence: args.claimConfidence };
    const result = analyzeModel(model, { path: d.file, languageId, config, ...(corpus ? { corpus } : {}) });
    results.push(result);
    // Only the report formats need each draft's model; keeping it for 2,000 drafts cost ~1.7 GB.
    if (args.format === 'markdown' || args.format === 'html') inputs.push({ result, text: d.text, languageId, model });
  }

  let output: string;
  switch (args.format) {
    case 'json':
      output = renderJson(results);
      break;
    case 'sarif':
      output = renderSarif(results, { toolVersion: VERSION, texts: new Map(drafts.map((d) => [d.file, d.text])) });
      break;
    case 'markdown':
      output = renderMarkdown(buildReport(inputs, { toolVersion: VERSION, corpus: [...corpusSeen.values()] }));
      break;
    case 'html':
      output = renderHtml(buildReport(inputs, { toolVersion: VERSION, corpus: [...corpusSeen.values()] }));
      break;
    default:
      output = renderText(results, { color: io.color && !args.output });
  }
  if (args.output) {
    try {
      fs.writeFileSync(args.output, output);
    } catch (e) {
      throw new InputError(`${args.output}: cannot write output (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  } else io.stdout(output);

  const threshold = SEVERITY_RANK[args.failOn];
  const failing = results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] <= threshold));
  return failing ? EXIT_FINDINGS : EXIT_OK;
}
