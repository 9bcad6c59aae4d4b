// PDF and DOCX text for the Node hosts (CLI, language server, desktop extension): extraction runs
// in one worker thread (dist/extract.js, started on the first PDF or DOCX and stopped when idle),
// one file at a time, each under a time limit, so a big or hostile file never blocks the thread
// that checks drafts and can be stopped. Results are kept by file content (SHA-256): a source
// that is saved again unchanged, moved or shared by many drafts is extracted once.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractedSource } from '../engine/corpus/extract/types';
import type { ExtractReply, ExtractRequest } from './extractWorker';

export type { ExtractedSource };

export interface DocumentExtractorOptions {
  /** The worker script (default: extract.js beside this bundle, or the repository's dist/extract.js). */
  workerFile?: string;
  /** Longest a file may take before it is given up (default 120 s). */
  timeoutMs?: number;
  /** Stop the worker after this long without work (default 30 s). */
  idleMs?: number;
  /** Results kept (default 64 files). */
  maxCached?: number;
}

interface Job {
  id: number;
  path: string;
  bytes: Uint8Array;
  resolve: (r: ExtractedSource) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/** Extraction time of the last files (the output log and the benchmark). */
export interface ExtractTiming {
  path: string;
  ms: number;
}

export class DocumentExtractor {
  private worker?: Worker;
  private readonly queue: Job[] = [];
  private current?: Job;
  private nextId = 1;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private readonly cache = new Map<string, Promise<ExtractedSource>>();
  private readonly workerFile: string | undefined;
  private readonly timeoutMs: number;
  private readonly idleMs: number;
  private readonly maxCached: number;
  /** Called after each file extracted in the worker (not for cached results). */
  onExtracted?: (t: ExtractTiming) => void;

  constructor(opts: DocumentExtractorOptions = {}) {
    this.workerFile = opts.workerFile ?? defaultWorkerFile();
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.idleMs = opts.idleMs ?? 30_000;
    this.maxCached = opts.maxCached ?? 64;
  }

  /** The text of a PDF or DOCX file's bytes (`file` names it: its extension picks the format). */
  extract(file: string, bytes: Uint8Array): Promise<ExtractedSource> {
    const kind = /\.pdf$/i.test(file) ? 'pdf' : 'docx';
    const key = `${kind}:${createHash('sha256').update(bytes).digest('hex')}`;
    const hit = this.cache.get(key);
    if (hit) {
      // most recently used last
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const p = new Promise<ExtractedSource>((resolve) => {
      this.queue.push({ id: this.nextId++, path: file, bytes, resolve });
      this.pump();
    });
    this.cache.set(key, p);
    // a time-out or a crashed worker may not happen again: such results are not kept
    void p.then((r) => 'problem' in r && r.problem.startsWith(TRANSIENT) && this.cache.delete(key));
    while (this.cache.size > this.maxCached) this.cache.delete(this.cache.keys().next().value!);
    return p;
  }

  /** Stops the worker (pending files are given up). */
  dispose(): void {
    for (const j of [...(this.current ? [this.current] : []), ...this.queue.splice(0)]) j.resolve({ problem: `${TRANSIENT} stopped before its text was read` });
    this.current = undefined;
    this.stopWorker();
  }

  private pump(): void {
    if (this.current || !this.queue.length) return;
    const job = (this.current = this.queue.shift()!);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.ensureWorker();
    if (!worker) return this.finish(job, { problem: 'skipped: the PDF and DOCX reader (dist/extract.js) is missing; run npm run build' });
    worker.ref();
    job.timer = setTimeout(() => {
      this.stopWorker();
      this.finish(job, { problem: `${TRANSIENT} its text took over ${Math.round(this.timeoutMs / 1000)} s to read` });
    }, this.timeoutMs);
    // a copy goes to the worker (the caller keeps its bytes)
    worker.postMessage({ id: job.id, path: job.path, bytes: job.bytes } satisfies ExtractRequest);
  }

  private finish(job: Job, result: ExtractedSource, ms?: number): void {
    if (this.current !== job) return;
    if (job.timer) clearTimeout(job.timer);
    this.current = undefined;
    job.resolve(result);
    if (ms !== undefined) this.onExtracted?.({ path: job.path, ms });
    if (this.queue.length) this.pump();
    else {
      this.worker?.unref();
      this.idleTimer = setTimeout(() => this.stopWorker(), this.idleMs);
      this.idleTimer.unref?.();
    }
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.workerFile) return undefined;
    // pdf.js keeps a file's objects until it is done with it; a bound keeps one hostile file from taking the host's memory
    let w: Worker;
    try {
      w = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: 1024 }, stdout: true, stderr: true });
    } catch {
      return undefined;
    }
    // whatever a library prints must not reach the CLI's stdout (reports are written there)
    w.stdout.resume();
    w.stderr.resume();
    w.on('message', (m: ExtractReply) => {
      if (this.current?.id === m.id) this.finish(this.current, m.result, m.ms);
    });
    w.on('error', (e) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      if (this.current) this.finish(this.current, { problem: `${TRANSIENT} the reader failed (${e.message.split('\n')[0]})` });
    });
    w.on('exit', () => {
      if (this.worker !== w) return;
      this.worker = undefined;
      if (this.current) this.finish(this.current, { problem: `${TRANSIENT} the reader stopped` });
    });
    this.worker = w;
    return w;
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) void w.terminate();
  }
}

/** Problems that may not happen on another try (not cached). */
const TRANSIENT = 'skipped for now:';

function defaultWorkerFile(): string | undefined {
  // bundled: dist/cli.js, dist/lsp.js and dist/extension.js sit beside dist/extract.js; from the
  // sources (tests): the repository's build
  for (const f of [path.join(__dirname, 'extract.js'), path.resolve(__dirname, '../../dist/extract.js')]) if (fs.existsSync(f)) return f;
  return undefined;
}
