// In-document suppression comments (Markdown / news drafts):
//   <!-- factlint-disable-next-line [rule …] -->   the next non-blank line
//   <!-- factlint-disable-line [rule …] -->        the line the comment is on
//   <!-- factlint-disable [rule …] --> … <!-- factlint-enable [rule …] -->   a region
// No rule list means every rule.
import type { DraftModel } from './text/document';

const COMMENT = /<!--\s*factlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

type Range = { start: number; end: number; rules: string[] | null };

export function suppressedByComments(model: DraftModel): (ruleId: string, offset: number) => boolean {
  if (!model.text.includes('factlint-')) return () => false;
  const ranges: Range[] = [];
  const open = new Map<string, number>();
  const { text, lines } = model;
  for (const m of text.matchAll(COMMENT)) {
    const rules = m[2].trim() ? m[2].trim().split(/[\s,]+/) : null;
    const at = m.index ?? 0;
    const line = lines.lineOf(at);
    if (m[1] === 'disable-line') ranges.push({ start: lines.lineStart(line), end: lines.lineEnd(line), rules });
    else if (m[1] === 'disable-next-line') {
      let next = lines.lineOf(at + m[0].length) + 1;
      while (next < lines.lineCount && !text.slice(lines.lineStart(next), lines.lineEnd(next)).trim()) next++;
      if (next < lines.lineCount) ranges.push({ start: lines.lineStart(next), end: lines.lineEnd(next), rules });
    } else if (m[1] === 'disable') open.set((rules ?? ['*']).join(','), at);
    else {
      const key = (rules ?? ['*']).join(',');
      const start = open.get(key);
      if (start !== undefined) {
        ranges.push({ start, end: at, rules: rules });
        open.delete(key);
      }
    }
  }
  for (const [key, start] of open) ranges.push({ start, end: text.length, rules: key === '*' ? null : key.split(',') });
  return (ruleId, offset) =>
    ranges.some((r) => offset >= r.start && offset <= r.end && (!r.rules || r.rules.includes(ruleId)));
}
