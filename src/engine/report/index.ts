// Report model and renderers (pure: usable from the CLI, the extension host and the webview).
export * from './model';
export { extractSourceMentions, groupSources, type SourceMention, type CitedSource, type SourceType } from './sources';
export { RULE_INFO, RULE_IDS, ruleInfo, type RuleInfo } from './rules';
export { renderJson, toJsonOutput, toJsonFinding, toJsonClaim, type JsonOutput, type JsonFile, type JsonFinding } from './render/json';
export { renderSarif, toSarif, sarifLevel, pathToUri, type SarifOptions } from './render/sarif';
export { renderMarkdown, mdEscape } from './render/markdown';
export { renderHtml, escapeHtml, barChart } from './render/html';
export { renderText, summaryLine } from './render/text';
