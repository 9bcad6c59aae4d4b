// A source file's bytes → its text, or why it was skipped. One policy for every loader (CLI,
// language server, VS Code, the web extension): UTF-8 only, no binaries, bounded size.

/** Largest source file read (bigger ones are skipped with a message). */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type SourceText = { text: string } | { problem: string };

/** The message for a file over the limit (checked before reading when the size is known). */
export function tooLarge(size: number, maxBytes = MAX_SOURCE_BYTES): SourceText | undefined {
  return size > maxBytes ? { problem: `skipped: ${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit for a source file` } : undefined;
}

export function decodeSourceBytes(bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): SourceText {
  const large = tooLarge(bytes.length, maxBytes);
  if (large) return large;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return { problem: 'skipped: UTF-16 text; save it as UTF-8' };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'skipped: binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'skipped: not valid UTF-8; save it as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text };
}
