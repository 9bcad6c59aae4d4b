// Rule metadata for reports (SARIF tool.driver.rules, Markdown/HTML legends). Texts follow
// the attribution guide; the documentation link is the same one findings carry.
import { ruleDocLink } from '../rules/rule';
import type { RuleId, Severity } from '../types';

export interface RuleInfo {
  id: RuleId;
  name: string;
  shortDescription: string;
  fullDescription: string;
  help: string;
  defaultSeverity: Severity;
  helpUri: string;
}

const info = (id: RuleId, name: string, defaultSeverity: Severity, shortDescription: string, fullDescription: string, help: string): RuleInfo => ({
  id,
  name,
  defaultSeverity,
  shortDescription,
  fullDescription,
  help,
  helpUri: ruleDocLink(id),
});

export const RULE_INFO: Record<RuleId, RuleInfo> = {
  'vague-attribution': info(
    'vague-attribution',
    'VagueAttribution',
    'warning',
    'A statement is attributed to a source the reader cannot identify.',
    'Flags weasel attributions such as "Some people say", "Experts warn", "It is believed", "Studies show", "Sources say", "Officials said" or "Washington believes": the reader cannot tell who says it or how they know.',
    'Name the source and say who they are ("Maya Chen, a seismologist at the state geological survey, said…"), name the study, report or poll, or cut the claim.',
  ),
  'incomplete-attribution': info(
    'incomplete-attribution',
    'IncompleteAttribution',
    'information',
    'A named source has no role or affiliation.',
    'A person is quoted by name but nothing in the draft says who they are or why they would know ("Omar Haddad says…", "Maya Chen, an expert, says…").',
    'Add the source\'s role or affiliation the first time they are cited: "Omar Haddad, the county\'s chief engineer, says…".',
  ),
  'draft-hygiene': info(
    'draft-hygiene',
    'DraftHygiene',
    'information',
    'Leftovers of copy and paste: web boilerplate or a repeated claim.',
    'Flags web boilerplate pasted into the draft ("Leave a Reply", "Share this article", "Similar Posts") and claims repeated almost word for word.',
    'Delete the boilerplate or the repetition.',
  ),
  'unattributed-claim': info(
    'unattributed-claim',
    'UnattributedClaim',
    'information',
    'A check-worthy statement has no source.',
    'A number, cause, motive, trend, prediction or generalisation is stated as fact with no source in the sentence or next to it.',
    'Say who says so or where the figure comes from ("according to the state auditor\'s 2024 report"), or soften the statement.',
  ),
  'unsupported-claim': info(
    'unsupported-claim',
    'UnsupportedClaim',
    'warning',
    'Nothing in the reference corpus supports this claim.',
    'The sentence is checkable, but no passage in the reference corpus (the sources the story rests on) states it: an invented detail, number, cause or quote.',
    'Add the source that supports the claim to the corpus, correct the claim, or cut it.',
  ),
  'contradicted-claim': info(
    'contradicted-claim',
    'ContradictedClaim',
    'warning',
    'The reference corpus states something incompatible with this claim.',
    'The closest corpus passage gives another number, date, name or place, a flipped negation or an antonym, or swaps two people\'s roles.',
    'Check the claim against the evidence shown; the quick fix offers the corpus value.',
  ),
  misquote: info(
    'misquote',
    'Misquote',
    'warning',
    'A direct quote differs from the source it is taken from.',
    'The words inside the quotation marks do not match what the reference corpus records the speaker as saying.',
    'Quote the source word for word, or paraphrase without quotation marks.',
  ),
};

export const RULE_IDS = Object.keys(RULE_INFO) as RuleId[];

/** Metadata for any rule id, including ones this build does not know (a newer engine). */
export function ruleInfo(id: string): RuleInfo {
  return (
    (RULE_INFO as Record<string, RuleInfo>)[id] ?? {
      id: id as RuleId,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      defaultSeverity: 'warning',
      shortDescription: id,
      fullDescription: id,
      help: id,
      helpUri: ruleDocLink(id as RuleId),
    }
  );
}
