// The `sources:` list of a draft's Markdown front matter. Pure (no Node or VS Code APIs): used by
// the Node corpus loader (CLI, language server) and by the extension, including vscode.dev.

/**
 * The `sources:` entry of a draft's Markdown front matter (the raw YAML between the --- lines):
 * a block list (`sources:\n  - a.md\n  - "b c.txt"`), an inline list (`sources: [a.md, b.md]`)
 * or a single value (`sources: notes/`). Also accepts `source:` and `references:`.
 */
export function parseFrontMatterSources(raw: string | undefined): string[] {
  if (!raw) return [];
  const lines = raw.split(/\r?\n/);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(sources|source|references)\s*:\s*(.*?)\s*$/.exec(lines[i]);
    if (!m) continue;
    const value = stripComment(m[2]);
    if (value.startsWith('[')) {
      // inline list, possibly continued over lines until ]
      let s = value;
      let j = i;
      while (!s.includes(']') && j + 1 < lines.length) s += ' ' + lines[++j].trim();
      out.push(...splitInline(s.slice(1, s.lastIndexOf(']') < 0 ? s.length : s.lastIndexOf(']'))));
      i = j;
    } else if (value && value !== '|' && value !== '>') out.push(unquote(value));
    else {
      for (let j = i + 1; j < lines.length; j++) {
        const l = lines[j];
        if (!l.trim() || /^\s*#/.test(l)) continue;
        const item = /^\s*-\s+(.*)$/.exec(l) ?? /^\s*-\s*$/.exec(l);
        if (!item) break;
        const v = stripComment(item[1] ?? '');
        // "- path: a.md" (a mapping item) → its path/file/url value
        const kv = /^(?:path|file|url|href)\s*:\s*(.+)$/.exec(v);
        if (kv) out.push(unquote(stripComment(kv[1])));
        else if (v) out.push(unquote(v));
        i = j;
      }
    }
  }
  return out.filter(Boolean);
}

function splitInline(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | null = null;
  for (const c of s) {
    if (q) {
      if (c === q) q = null;
      else cur += c;
    } else if (c === '"' || c === "'") q = c;
    else if (c === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

function stripComment(v: string): string {
  if (/^["']/.test(v)) return v.trim();
  return v.replace(/\s+#.*$/, '').trim();
}

function unquote(v: string): string {
  const t = v.trim();
  if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))) return t.slice(1, -1);
  return t;
}
