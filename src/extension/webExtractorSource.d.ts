// The web extension's PDF and DOCX reader as source text (built by esbuild.config.mjs's webExtractorSource).
declare module 'factlint:web-extractor-source' {
  const source: string;
  export default source;
}
