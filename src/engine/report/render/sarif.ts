// SARIF 2.1.0 (OASIS) for code-scanning UIs and CI. Columns are UTF-16 code units
// (columnKind utf16CodeUnits), the same units as Finding offsets; endColumn is exclusive.
import type { Evidence, FileResult, Finding, Severity } from '../../types';
import { RULE_IDS, ruleInfo } from '../rules';
import { evidencePlace, fileName } from '../evidencePlace';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  toolVersion?: string;
  /** Texts by path: lets regions carry a snippet. */
  texts?: ReadonlyMap<string, string> | Record<string, string>;
  /** Problems to report as tool configuration notifications (e.g. config warnings). */
  notifications?: string[];
}

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A path (relative or absolute, / or \ separated) as a SARIF artifact URI. */
export function pathToUri(p: string): string {
  const slashed = p.replace(/\\/g, '/');
  const enc = (s: string) => s.split('/').map((seg) => encodeURIComponent(seg).replace(/%3A/gi, ':')).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${enc(slashed.slice(2))}`;
  if (slashed.startsWith('/')) return `file://${enc(slashed)}`;
  // A relative reference whose first segment holds ':' would read as a scheme.
  const rel = enc(slashed).replace(/^([^/]*):/, (_m, a: string) => `${a}%3A`);
  return rel.startsWith('./') ? rel.slice(2) : rel;
}

type Json = Record<string, unknown>;

function textOf(texts: SarifOptions['texts'], path: string): string | undefined {
  if (!texts) return undefined;
  return texts instanceof Map ? texts.get(path) : (texts as Record<string, string>)[path];
}

function region(f: Finding, text: string | undefined): Json {
  const r: Json = {
    startLine: f.line,
    startColumn: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    charOffset: f.offset,
    charLength: f.length,
  };
  if (text !== undefined) r.snippet = { text: text.slice(f.offset, f.offset + f.length) };
  return r;
}

function evidenceLocation(e: Evidence, id: number): Json {
  // Text extracted from a PDF or DOCX has no lines or offsets in the file itself: the location is
  // the file, and the page (or paragraph) is named in the message and as a property.
  if (e.page !== undefined || e.paragraph !== undefined)
    return {
      id,
      physicalLocation: { artifactLocation: { uri: pathToUri(e.path) } },
      message: { text: `Evidence, ${evidencePlace(e, fileName(e.path))} (score ${e.score.toFixed(2)}): ${e.text}` },
      properties: e.page !== undefined ? { page: e.page } : { paragraph: e.paragraph },
    };
  return {
    id,
    physicalLocation: {
      artifactLocation: { uri: pathToUri(e.path) },
      region: { startLine: Math.max(1, e.line), charOffset: e.offset, charLength: e.length, snippet: { text: e.text } },
    },
    message: { text: `Evidence (score ${e.score.toFixed(2)}): ${e.text}` },
  };
}

function result(f: Finding, path: string, ruleIndex: Map<string, number>, text: string | undefined): Json {
  const uri = pathToUri(path);
  const r: Json = {
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(f, text) } }],
  };
  if (f.contextHash) r.partialFingerprints = { 'factlintContextHash/v1': f.contextHash };
  const props: Json = { severity: f.severity };
  if (f.kind) props.kind = f.kind;
  r.properties = props;
  if (f.fixes?.length)
    r.fixes = f.fixes.map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: { uri },
          replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.offset, charLength: e.length }, insertedContent: { text: e.newText } })),
        },
      ],
    }));
  if (f.evidence?.length) r.relatedLocations = f.evidence.map((e, i) => evidenceLocation(e, i + 1));
  return r;
}

export function toSarif(results: FileResult[], options: SarifOptions = {}): Json {
  // Every known rule, plus any the results carry that this build does not describe.
  const ids = [...RULE_IDS];
  for (const r of results) for (const f of r.findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const info = ruleInfo(id);
    return {
      id,
      name: info.name,
      shortDescription: { text: info.shortDescription },
      fullDescription: { text: info.fullDescription },
      help: { text: info.help },
      helpUri: info.helpUri,
      defaultConfiguration: { level: sarifLevel(info.defaultSeverity) },
    };
  });
  const driver: Json = { name: 'FactLint', informationUri: 'https://github.com/factlint/factlint', rules };
  if (options.toolVersion) {
    driver.version = options.toolVersion;
    driver.semanticVersion = options.toolVersion;
  }
  const invocation: Json = { executionSuccessful: true };
  if (options.notifications?.length) invocation.toolConfigurationNotifications = options.notifications.map((n) => ({ level: 'warning', message: { text: n } }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        invocations: [invocation],
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((r) => ({ location: { uri: pathToUri(r.path) } })),
        results: results.flatMap((r) => r.findings.map((f) => result(f, r.path, ruleIndex, textOf(options.texts, r.path)))),
      },
    ],
  };
}

export function renderSarif(results: FileResult[], options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(results, options), null, 2) + '\n';
}
