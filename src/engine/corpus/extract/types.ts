import type { SourceParts } from '../../types';

/** The text of a PDF or DOCX source and where its pages (or paragraphs) start, or why it was skipped. */
export type ExtractedSource = { text: string; parts: SourceParts; notes?: string[] } | { problem: string };

export interface ExtractOptions {
  /** Awaited between pages: an editor that extracts in its own thread gives the event loop a turn there. */
  pause?: () => Promise<void>;
  /** Stop reading pages once the text is this long (the rest is named in a note). */
  maxChars?: number;
}
