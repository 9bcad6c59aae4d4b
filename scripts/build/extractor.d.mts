// Types of extractor.mjs (for the web test that builds the same extractor).
export const pdfjsTextOnly: unknown;
export const pdfjsDefine: Record<string, string>;
export function webExtractorCode(common: Record<string, unknown>): Promise<string>;
