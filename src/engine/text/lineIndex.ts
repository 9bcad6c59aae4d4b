/** Maps UTF-16 offsets to 1-based line/column and back. Lines end at \n, \r\n or a lone \r. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column (column counted in UTF-16 code units, like VS Code and SARIF). */
  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }

  lineStart(line0: number): number {
    return this.starts[Math.max(0, Math.min(line0, this.starts.length - 1))];
  }

  /** End of a 0-based line, before its line break. */
  lineEnd(line0: number): number {
    if (line0 + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line0 + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

// Line indexes of source files, kept: an editor maps hundreds of evidence offsets into the same
// few files on every check.
const SOURCE_LINES_MAX = 1000;
let sourceLineIndexes = new Map<string, LineIndex>();

/** The LineIndex of a source text (built once per distinct text). */
export function sourceLines(text: string): LineIndex {
  let index = sourceLineIndexes.get(text);
  if (!index) {
    index = new LineIndex(text);
    if (sourceLineIndexes.size >= SOURCE_LINES_MAX) sourceLineIndexes = new Map();
    sourceLineIndexes.set(text, index);
  }
  return index;
}
