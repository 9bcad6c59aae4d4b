// A minimal LSP client for tests: spawns the server, frames JSON-RPC with Content-Length headers,
// answers server→client requests, and lets a test wait for notifications.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: Json;
  result?: Json;
  error?: Json;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly notifications: Message[] = [];
  readonly serverRequests: Message[] = [];
  stderr = '';
  stdoutGarbage = '';
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number | string, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private listeners: Array<() => void> = [];
  readonly exited: Promise<number | null>;
  /** Answers server→client requests (workspace/configuration, client/registerCapability…). */
  onRequest: (m: Message) => Json = () => null;

  constructor(command: string, args: string[], cwd: string) {
    this.proc = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const headerEnd = this.buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buf.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length: (\d+)/i.exec(header);
      if (!m) {
        // Anything that is not a framed message is a bug in the server (stdout must be protocol only).
        this.stdoutGarbage += header;
        this.buf = this.buf.subarray(headerEnd + 4);
        continue;
      }
      const len = Number(m[1]);
      if (this.buf.length < headerEnd + 4 + len) return;
      const body = this.buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(headerEnd + 4 + len);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.method && msg.id !== undefined) {
      this.serverRequests.push(msg);
      let result: Json = null;
      try {
        result = this.onRequest(msg);
      } catch {
        result = null;
      }
      this.write({ jsonrpc: '2.0', id: msg.id, result: result ?? null });
    } else if (msg.method) {
      this.notifications.push(msg);
    } else if (msg.id !== undefined) {
      const w = this.waiting.get(msg.id);
      this.waiting.delete(msg.id);
      if (w) msg.error ? w.reject(new Error(JSON.stringify(msg.error))) : w.resolve(msg);
    }
    for (const l of [...this.listeners]) l();
  }

  private write(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: Json, timeoutMs = 10_000): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${method}: no response in ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.waiting.set(id, {
        resolve: (m) => {
          clearTimeout(t);
          resolve(m.result);
        },
        reject: (e) => {
          clearTimeout(t);
          reject(e);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params?: Json): void {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (from index `from`) that matches. */
  waitFor(pred: (m: Message) => boolean, timeoutMs = 10_000, from = 0): Promise<Message> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.notifications.slice(from).find(pred);
        if (hit) {
          clearTimeout(t);
          this.listeners = this.listeners.filter((l) => l !== check);
          resolve(hit);
        }
      };
      const t = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(new Error(`timed out waiting for a notification; got: ${this.notifications.map((n) => n.method).join(', ')}\n${this.stderr}`));
      }, timeoutMs);
      this.listeners.push(check);
      check();
    });
  }

  /** publishDiagnostics for `uri` (at `version` when given) that arrives after index `from`. */
  diagnostics(uri: string, version?: number, from = 0): Promise<Json> {
    return this.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === version),
      10_000,
      from,
    ).then((m) => m.params);
  }

  kill(): void {
    if (this.proc.exitCode === null) this.proc.kill();
  }
}

export interface Pos {
  line: number;
  character: number;
}

/** Offset of an LSP (UTF-16) position in `text`. */
export function offsetAt(text: string, pos: Pos): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  return Math.min(i + pos.character, text.length);
}

/** Applies LSP TextEdits (non-overlapping) to text. */
export function applyEdits(text: string, edits: Array<{ range: { start: Pos; end: Pos }; newText: string }>): string {
  const abs = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of abs) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}
