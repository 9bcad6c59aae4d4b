// The vague-attribution rule as data. One entry per construction; its `flags` and `allows`
// are run by test/unit/rules/table.test.ts, so every entry proves itself. Kinds and default
// severities follow the attribution guide (docs/rules.md).
import type { Severity } from '../types';

export type AttributionKind =
  | 'group'
  | 'unnamed-expert'
  | 'passive'
  | 'evidence'
  | 'anonymous-source'
  | 'anonymous-official'
  | 'collective';

/** Structural checks (attributionGuards.ts) that clear a match. `inQuote` always applies. */
export type Guard =
  | 'affiliated' // "Experts at the state geological survey say"
  | 'namedAppositive' // "One parent, Maria Lopez, told…"
  | 'namedAgent' // "was described as historic by Kim"
  | 'namedNext' // "Critics say… Among them is Ana Ruiz, who…"
  | 'definiteBefore' // "The study shows" (refers back to a named study)
  | 'attributedSentence' // "allegedly stole it, according to the indictment"
  | 'notInverted' // "said one expert" only after a quote or comma, not "He said experts agree"
  | 'notSubject' // "The residents say", "told residents", "Halden Bank economists say"
  | 'memberOf' // "Staff at the hospital say", "Lawyers for the family said"
  | 'namedAfter' // "…, says psychologist Ana Ruiz", "State media KCNA said"
  | 'notPeople' // "Many of the details…", "some of the questions"
  | 'properName' // "Warner Brothers thought…": a name, not a group
  | 'naming' // "labeled as \"milk\"": a name given, not a judgement passed
  | 'namedInstitution' // "Carnival Cruise Lines officials said", "college officials said": the institution is named
  | 'notHeadline' // "He said to be careful": "said to" after a pronoun is active speech
  | 'describesNamed' // "Hamilton, a man who claims…": the phrase describes the named person before it
  | 'modifierNoun' // "according to a criminal complaint": the noun modifies the next one
  | 'verbBefore' // "called local press reports “distorted”": a verb, not a modifier, before the media noun
  | 'notAttribution'; // the verb read otherwise: "can feel trusted", "agree to release", "think up", "Many questions remain"

/**
 * What lowers a match to information (never a warning): the draft says why a source is anonymous
 * and so stands behind it. (A vague phrase in a named speaker's indirect speech is softened for
 * every entry.)
 */
export type Softener = 'anonymityExplained';

export interface KindInfo {
  severity: Severity;
  label: string;
  /** Markdown: why an editor cares and how to fix. */
  why: string;
  link: string;
  /** Placeholder inserted after the source by the "[who?]" fix. */
  placeholder: string;
}

const WEASEL = 'https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch#Unsupported_attributions';
const AP_ANON = 'https://www.ap.org/about/news-values-and-principles/telling-the-story/anonymous-sources';

export const KINDS: Record<AttributionKind, KindInfo> = {
  group: {
    severity: 'warning',
    label: 'an unnamed group',
    why: 'Readers cannot tell who holds this view, how many of them there are, or how they know. AP asks for the source of every opinion; Wikipedia calls this a weasel phrase ({{who?}}).',
    link: WEASEL,
    placeholder: '[who?]',
  },
  'unnamed-expert': {
    severity: 'warning',
    label: 'an unnamed expert',
    why: 'Expertise is a claim about a person: without a name and an affiliation the reader cannot judge it, and an editor cannot verify it.',
    link: WEASEL,
    placeholder: '[who?]',
  },
  passive: {
    severity: 'warning',
    label: 'a passive or hedged attribution',
    why: 'The construction hides the speaker: *who* believes, says or reports this? Wikipedia tags it {{by whom?}}; AP wants the source named.',
    link: 'https://en.wikipedia.org/wiki/Template:By_whom',
    placeholder: '[by whom?]',
  },
  evidence: {
    severity: 'warning',
    label: 'unnamed evidence',
    why: 'A study, report or poll the reader cannot find is not evidence. Name it (who published it, when) so the claim can be checked.',
    link: 'https://en.wikipedia.org/wiki/Wikipedia:Verifiability',
    placeholder: '[which?]',
  },
  'anonymous-source': {
    severity: 'warning',
    label: 'an anonymous source',
    why: 'AP allows anonymous sources only for vital information, from a source with direct knowledge, when no on-record source exists — and the story must say why anonymity was granted and how the source knows.',
    link: AP_ANON,
    placeholder: '[who?]',
  },
  'anonymous-official': {
    severity: 'information',
    label: 'an unnamed official',
    why: 'Officials speak for institutions: name the person, or at least the institution and why the official was not named (AP).',
    link: AP_ANON,
    placeholder: '[who?]',
  },
  collective: {
    severity: 'information',
    label: 'a country or capital as the believer',
    why: 'A country cannot think or fear; people in its government do. Say who: the president, the foreign ministry, a named spokesperson.',
    link: WEASEL,
    placeholder: '[who?]',
  },
};

export interface AttributionPattern {
  kind: AttributionKind;
  /** What the construction is, named in the hover and in docs/rules.md: "a bare plural of people as the source". */
  construction: string;
  /** Token pattern (pattern.ts). `[ ]` marks the source phrase. */
  pattern: string;
  /** Message; `{match}` is the matched text, `{source}` the source phrase. */
  message: string;
  unless?: Guard[];
  softenedBy?: Softener[];
  flags: string[];
  allows: string[];
}

// the verb of a source, after auxiliaries and adverbs, and a progressive "are saying" (a passive
// "were warned" is not a source: vagueAttribution.ts drops a be-form before a participle)
const VERB = '@aux* @be? @aux* @attrVerb';

export const ATTRIBUTION_PATTERNS: AttributionPattern[] = [
  // sources described but not named come first: "people familiar with the talks" is not a group
  {
    kind: 'anonymous-source',
    construction: 'a source described, not named',
    pattern: `[a|an|one|@quant? people|person|someone|somebody familiar_with|close_to|briefed_on|knowledgeable_about|with_knowledge_of|in_contact_with ~words] ~paren? ${VERB}`,
    message: '"{source}": an anonymous source. Name them, or say why anonymity was granted and how they know.',
    flags: ['People familiar with the matter said a deal was near.', 'A person briefed on the plans told reporters the vote was delayed.'],
    allows: ['People close to the river moved away.', 'A person close to the door waved.'],
  },
  // ---------------------------------------------------------------- group
  {
    kind: 'group',
    construction: 'a quantified group as the source',
    pattern: `[@quant @groupMod|@low* @groupNoun] ~postmod? ${VERB}`,
    message: '"{source}" is a vague source: say who.',
    unless: ['notSubject', 'notAttribution', 'namedAppositive', 'namedNext'],
    flags: ['Some people say North Korea is giving weapons to Russia.', 'Many residents believe the dam is unsafe.', 'Some people in the town say the water is brown.', 'Several parents told the board the plan was rushed.', 'Some business owners say the lanes will hurt their shops.', 'Some residents admitted the plan was rushed.'],
    allows: ['Many people lined the streets.', 'Some 400 families were moved.', 'Many thousands of people were there.', 'Some people came to the meeting.', 'The agent makes money by putting several unrelated people in one house and charging rent for each.'],
  },
  {
    // the form real news uses most: a bare plural of people as the source, no quantifier
    kind: 'group',
    construction: 'a bare plural of people as the source',
    pattern: `[@groupMod|@low* @peoplePlural] ~postmod? @aux* @sourceVerb`,
    message: '"{source}" is a vague source: say who.',
    unless: ['notSubject', 'properName', 'notAttribution', 'memberOf', 'namedAppositive', 'namedAfter', 'namedNext'],
    flags: ['Supporters from both clubs say they are disgusted at ticket prices.', 'Shopkeepers say the new parking rules have cut trade.', 'Nurses fear the ward will close.', 'Commuters complain that the trains are late.', 'Union stewards say the offer is too low.', 'Conservation groups say the dam will harm salmon.', 'People at the company say morale is low.', 'Critics of the scheme argue it is too expensive.', 'Most tenants back the plan.', 'The plan is rushed, residents say.', 'Local business owners have long complained about parking.'],
    allows: ['Shopkeepers closed early.', 'Nurses were evacuated.', 'Tenants can apply online.', 'He told residents to leave.', 'The residents say they were not consulted.', 'Staff at the hospital say the ward is safe.', 'Lawyers for the family said they would appeal.', 'Residents, including Maria Lopez, say the water is brown.', 'Prosecutors said the driver was drunk.', 'Rangers said the fee had been agreed.', 'Halden Bank employees say the merger is on track.', 'Warner Brothers thought that I sounded too English.', 'Pupils can feel trusted and valued.', 'Clients also agree to release their records.', 'Teens think up ever stranger ways to ask.', 'Ofsted, which put six schools in special measures and said five had not done enough, will return.', 'Expats urged to register for the vote.', 'They want the schools back in council hands.'],
  },
  {
    // the same plural as the agent of a judgement: "has been criticised by residents"
    kind: 'group',
    construction: 'an unnamed group as the agent of a judgement',
    pattern: '@be|been @adverb* @judgePassive|@passiveAsVerb|described|seen|viewed|regarded|welcomed|opposed|backed|supported by [@quant? @groupMod|@low* @peoplePlural|@groupPronoun|@bareGroupNoun]',
    message: '"{match}": by whom exactly?',
    unless: ['memberOf', 'namedAppositive', 'namedAfter', 'notPeople'],
    flags: ['The plan has been criticised by residents.', 'He is seen by many as the favourite.', 'The scheme was welcomed by local shopkeepers.'],
    allows: ['The plan has been criticised by Mayor Ana Ruiz.', 'The scheme was welcomed by shopkeepers at the Elm Street market, including Ana Ruiz.', 'The bill was backed by many of the details in the report.'],
  },
  {
    kind: 'group',
    construction: 'a bare group noun as the source',
    pattern: `[@groupMod* @bareGroupNoun] ~postmod? ${VERB}`,
    message: '"{source}" is a vague source: say who.',
    unless: ['notSubject', 'properName', 'memberOf', 'namedAppositive', 'namedNext'],
    flags: ['People think Kim asked Putin for help.', 'Critics argue the plan is rushed.', 'The plan, critics say, is rushed.', 'Ordinary people feel left behind.'],
    allows: ['People lined the streets.', 'Critics of the plan met on Monday.', 'He told people to leave.', 'The pair were seen at dinner in Miami, as People reported.'],
  },
  {
    kind: 'group',
    construction: 'a group pronoun as the source',
    pattern: `[@groupPronoun] ~postmod? ${VERB}`,
    message: '"{source}" is a vague source: say who.',
    unless: ['notSubject', 'notPeople', 'notAttribution', 'namedNext'],
    flags: ['Many believe the war will last for years.', 'Others worry that prices will rise.', 'Some say the deal was rushed.', 'Some have suggested a delay.', 'Some in the government say the plan is dead.', 'Everyone knows the bridge is unsafe.'],
    allows: ['Many were probably told to come.', 'Most shops stayed closed.', 'Some were injured.', 'Many of the details remain unclear.', 'The team were several points ahead in the polls.', 'Microsoft said it would open the service at some point in the summer.', 'Some of the actors were warned they would struggle to find work.', 'Many questions remain about the cause.', 'The goal left them a few points clear.'],
  },
  {
    kind: 'group',
    construction: 'an unnamed group\'s feeling',
    pattern: `[@quant? @groupMod|@low* @groupNoun|@peoplePlural|@groupPronoun] @aux* @be|feel|feels|felt|seem|seems|seemed|remain|remains|remained|grow|grew|grown|become|became @adverb* @feelingAdj`,
    message: '"{source}" is a vague source for a feeling: say who.',
    unless: ['notSubject', 'memberOf', 'notPeople', 'namedAppositive', 'namedNext'],
    flags: ['Some people are worried about this partnership.', 'Today some people are worried about the deal.', 'Some are worried about the cost.', 'Many remain skeptical of the plan.', 'People are angry about the fare rise.', 'Parents are furious about the closure.'],
    allows: ['Many people were there.', 'Some residents are moving away.', 'Most were certainly tired.', 'The nurses were angry about the rota.', 'Shopkeepers are open until six.'],
  },
  {
    kind: 'group',
    construction: '“there are those who”',
    pattern: 'there are|were [those|people|some] who @attrVerb',
    message: '"{match}" is a vague source: say who.',
    flags: ['There are those who say the deal is a trap.', 'There were some who argued for delay.'],
    allows: ['There are people who live by the river.'],
  },
  {
    kind: 'group',
    construction: '“according to” an unnamed group',
    pattern: 'according_to [@quant? @groupMod* @groupNoun|@bareGroupNoun|@groupPronoun]',
    message: '"{match}" does not say who.',
    unless: ['namedAppositive', 'affiliated', 'modifierNoun'],
    flags: ['The plan is rushed, according to critics.', 'According to some residents, the water is brown.'],
    allows: ['According to residents of Elm Street interviewed by the council, the water is brown.'],
  },
  {
    kind: 'group',
    construction: 'consensus with no members (“it is agreed”)',
    pattern: 'it is|was|has_been|had_been [widely|generally|commonly]? [agreed|accepted|acknowledged|assumed] that',
    message: '"{match}": agreed by whom?',
    unless: ['namedAgent'],
    flags: ['It is widely agreed that the plan failed.'],
    allows: ['It is agreed in the contract that both sides pay.'],
  },
  {
    kind: 'group',
    construction: 'a quantified nationality or group',
    pattern: `[@quant @groupMod* @Cap] ~postmod? ${VERB}`,
    message: '"{source}" is a vague source: say who.',
    unless: ['notSubject', 'notAttribution', 'namedAppositive', 'namedNext'],
    flags: ['Many Americans believe the economy is weak.', 'Some Koreans fear a new war.'],
    allows: ['Many Americans lined the streets.', 'Some Koreans were there.'],
  },
  {
    kind: 'group',
    construction: '“the public”, “the media” as the source',
    pattern: `[the_public|the_media|the_press|the_international_community|the_world] ${VERB}`,
    message: '"{source}" is a vague source: who exactly?',
    flags: ['The public believes the mayor lied.', 'The international community fears a famine.'],
    allows: ['The public park opened on Monday.', 'The world watched the launch.'],
  },
  // ---------------------------------------------------------------- unnamed expert
  {
    kind: 'unnamed-expert',
    construction: 'an unnamed expert as the source',
    pattern: `[a|an|one|@expertMod|@low* @expertNoun] ~postmod? ${VERB}`,
    message: '"{source}": which expert? Name them and their affiliation.',
    unless: ['affiliated', 'namedAppositive', 'namedNext', 'definiteBefore'],
    flags: ['An expert says the deal might let North Korea help Russia in Ukraine.', 'A transport expert says the plan is a good start.', 'Experts warn the dam could fail.', 'Analysts believe rates will fall.', 'Scientists claim the drug works.', 'Some security experts say the border is porous.', 'Experts in the field say the plan is risky.'],
    allows: ['Experts from the utility inspected the dam.', 'Experts at the state geological survey say the dam is safe.', 'Analysts at Goldman Sachs expect rates to fall.', 'An expert on Korea, Rachel Lee, says the deal matters.', 'The experts inspected the dam.'],
  },
  {
    kind: 'unnamed-expert',
    construction: 'an unnamed expert\'s feeling',
    pattern: '[@quant? @expertMod|@low* @expertNoun] @aux* @be|remain|remains|remained|seem|seems|seemed @adverb* @feelingAdj',
    message: '"{source}": which experts? Name them and their affiliation.',
    unless: ['affiliated', 'definiteBefore'],
    flags: ['Many experts are worried about the dam.', 'Scientists are divided on the cause.', 'Economists remain skeptical of the forecast.'],
    allows: ['The experts were confident in their report.', 'Scientists at the state survey are confident the dam will hold.'],
  },
  {
    kind: 'unnamed-expert',
    construction: '“according to” unnamed experts',
    pattern: 'according_to [@expertMod* @expertNoun]',
    message: '"{match}": which experts? Name them.',
    unless: ['affiliated', 'namedAppositive', 'definiteBefore', 'modifierNoun'],
    flags: ['Rates will fall, according to analysts.', 'According to experts, the dam is unsafe.'],
    allows: ['According to analysts at Moody’s, rates will fall.'],
  },
  {
    kind: 'unnamed-expert',
    construction: 'an inverted unnamed expert (“said one expert”)',
    pattern: 'said|says|warned|warns|added [a|an|one|@expertMod* @expertNoun]',
    message: '"{source}": which expert? Name them.',
    unless: ['notInverted', 'affiliated', 'namedAppositive', 'definiteBefore'],
    flags: ['"It will fail," said one expert.'],
    allows: ['"It will fail," said one expert at the Brookings Institution.'],
  },
  // ---------------------------------------------------------------- passive
  {
    kind: 'passive',
    construction: 'an agentless passive of belief (“it is believed”)',
    pattern: 'it @aux* @be @adverb* [@passiveVerb] that|,',
    message: '"{match}": by whom?',
    unless: ['namedAgent'],
    flags: ['It is believed that the talks failed.', 'It is widely thought that he will resign.', 'It has been suggested that the vote was rigged.', 'It was reported that shots were fired.', 'It is well known that the dam leaks.'],
    allows: ['It is raining.', 'It is unclear whether the talks failed.', 'It was reported by the Associated Press that shots were fired.', 'It is expected to rain.'],
  },
  {
    kind: 'passive',
    construction: 'a passive report (“was said to”)',
    pattern: '@be @adverb* [said|believed|thought|reported|rumored|rumoured|alleged|reputed|understood|claimed|feared] to',
    message: '"{match}": by whom?',
    unless: ['namedAgent', 'attributedSentence'],
    flags: ['This reminds people of Kim’s grandfather, who was said to ride a white horse.', 'He is believed to have fled.', 'The rebels are thought to hold the town.', 'She is widely reported to be ill.'],
    allows: ['He said to reporters that he would stay.', 'She is known to police as a reliable witness.', 'The student is believed to be out of danger, say police.'],
  },
  {
    kind: 'passive',
    construction: 'an agentless judgement (“is regarded as”)',
    pattern: '@be|has_been|have_been|had_been|being @adverb* [@passiveAsVerb] as',
    message: '"{match}": by whom?',
    unless: ['namedAgent', 'naming'],
    flags: ['He is widely regarded as the favourite.', 'The plan has been described as reckless.', 'She is seen as a moderate.'],
    allows: ['The plan has been described as reckless by Mayor Ana Ruiz.', 'The building is known as the Old Mill.', 'Plant drinks need not stop being labeled as "milk".'],
  },
  {
    kind: 'passive',
    construction: 'an agentless passive of belief (“it’s believed”)',
    pattern: "it's @adverb* [@passiveVerb] that|,",
    message: '"{match}": by whom?',
    unless: ['namedAgent'],
    flags: ['It’s believed that the talks failed.', "It's widely thought that he will resign.", "It's believed that this matchbox was commissioned by the royal family of Bhavnagar."],
    allows: ["It's raining.", "It's expected to rain."],
  },
  {
    kind: 'passive',
    construction: 'an agentless judgement (“is considered”)',
    pattern: '@be @adverb* [considered] one|the|a|an|to|among',
    message: '"{match}": by whom?',
    unless: ['namedAgent'],
    flags: ['He is considered the favourite to win.', 'The bridge is widely considered one of the finest in Europe.'],
    allows: ['The bridge is considered by the state engineer to be safe.'],
  },
  {
    kind: 'passive',
    construction: 'hearsay (“rumour has it”)',
    pattern: '[word|rumor|rumour|legend] has_it',
    message: '"{match}": whose word?',
    flags: ['Rumor has it that the coach will leave.', 'Word has it the deal is done.'],
    allows: ['The word has two meanings.'],
  },
  {
    kind: 'passive',
    construction: 'fears or hopes with no holder (“fears are growing”)',
    pattern: '[fears|concerns|worries|doubts|hopes|speculation|questions] @aux* @be|have|has @adverb* growing|mounting|rising|grown|mounted|risen|increasing that|about|over',
    message: '"{match}": whose?',
    flags: ['Fears are growing that the dam will fail.', 'Concerns have mounted about the cost.'],
    allows: ['His fears are growing, he said, that the dam will fail.'],
  },
  {
    kind: 'passive',
    construction: 'a hedge adverb (“reportedly”)',
    pattern: '[@hedgeAdverb]',
    message: '"{match}": according to whom?',
    unless: ['attributedSentence'],
    flags: ['The minister reportedly resigned.', 'He allegedly took the money.'],
    allows: ['He allegedly took the money, according to the indictment filed by prosecutors.', 'The minister reportedly resigned, Reuters said.'],
  },
  {
    kind: 'passive',
    construction: '“there are fears that”',
    pattern: 'there @aux* @be|has_been|have_been @adverb* [speculation|rumors|rumours|fears|concerns|claims|allegations|talk|suggestions] that|of',
    message: '"{match}": whose?',
    unless: ['namedAgent'],
    flags: ['There are fears that the dam will fail.', 'There has been speculation that he will resign.'],
    allows: ['There are concerns, raised by the city engineer, that the dam leaks.'],
  },
  {
    kind: 'passive',
    construction: 'an agentless passive of belief without “that”',
    pattern: 'it @aux* @be @adverb* [understood|believed|thought|feared|hoped|expected|rumoured|rumored|alleged|claimed|reported|said|suggested] the|a|an|he|she|they|this|there|one|two|some|@Cap',
    message: '"{match}": by whom?',
    unless: ['namedAgent'],
    flags: ['It is understood the club will appeal.', 'It is believed one of the group set fire to the car.', 'One day it is hoped the machines could pollinate crops.', 'It has been reported they separated three weeks ago.'],
    allows: ['It is understood by police that the car was stolen.', 'It is thought provoking.'],
  },
  {
    // a judgement passed with no one named who passed it
    kind: 'passive',
    construction: 'an agentless judgement (“has been criticised for”)',
    pattern: '@be|been|being @adverb* [@judgePassive] for|as|over|by_many|by_some|by_critics',
    message: '"{match}": by whom?',
    unless: ['namedAgent', 'attributedSentence'],
    flags: ['The plan has been criticised for its cost.', 'The minister was widely praised for her handling of the flood.', 'The club has been slammed over ticket prices.', 'The scheme has been branded as a waste of money.'],
    allows: ['The plan has been criticised by the county auditor for its cost.', 'He was accused of theft.', 'The bridge was built in 1990.', 'The plan was criticised for its cost, the auditor said.'],
  },
  {
    // an expectation with no one who holds it; a schedule ("is expected to reopen") is not one
    kind: 'passive',
    construction: 'an expectation with no holder (“is expected to”)',
    pattern: '@be @adverb* [expected|tipped] to @expectVerb',
    message: '"{match}": expected by whom?',
    unless: ['namedAgent', 'attributedSentence'],
    flags: ['The mayor is expected to resign next week.', 'Prices are expected to rise again in the spring.', 'She is tipped to win the seat.'],
    allows: ['The road is expected to reopen on Monday.', 'The mayor is expected to resign, her office said.', 'The trial is expected to last two weeks.'],
  },
  {
    kind: 'passive',
    construction: 'a widely held expectation (“is widely expected to”)',
    pattern: '@be [widely|generally|largely|broadly|universally expected|tipped] to',
    message: '"{match}": expected by whom?',
    unless: ['namedAgent', 'attributedSentence'],
    flags: ['He is widely expected to stand down.'],
    allows: ['He is widely expected to stand down, his party said.'],
  },
  {
    // a headline's "X said to be…": the passive with its "is" dropped
    kind: 'passive',
    construction: 'a headline’s “said to be”',
    pattern: '[said|believed|thought|reported|rumoured|rumored|understood|feared] to be|have',
    message: '"{match}": by whom?',
    unless: ['notHeadline', 'namedAgent', 'attributedSentence'],
    flags: ['Minister said to be furious over leak', 'Striker thought to have agreed terms with rivals', 'A small sum of money - thought to be in euros - had been stolen.', 'They stole a seascape, believed to be the only one he painted.'],
    allows: ['He said to be careful.', 'She said to reporters that she would stay.', 'What he said to be honest was kind.', 'They were told to be quiet.'],
  },
  {
    // consensus with no members: who agrees?
    kind: 'group',
    construction: 'consensus with no members (“a broad consensus”)',
    pattern: 'there @aux* @be|has_been|have_been a|an? broad|growing|general|wide|widespread|clear|emerging|strong? [consensus|agreement] among|that',
    message: '"{match}": whose consensus?',
    unless: ['namedAgent'],
    flags: ['There is a broad consensus that the plan failed.', 'There is growing agreement among economists that the tax is too high.'],
    allows: ['There was agreement at the council meeting on Tuesday.', 'There is agreement between the city and the union that the strike will end.'],
  },
  {
    kind: 'group',
    construction: 'consensus with no members (“the consensus among”)',
    pattern: '[the @adverb* consensus] among|is|was|seems|appears',
    message: '"{match}": whose consensus?',
    unless: ['namedAgent'],
    flags: ['The consensus among bankers is that rates will rise.', 'The consensus is that the plan failed.'],
    allows: ['The consensus reached by G7 leaders on Friday is fragile.'],
  },
  {
    // news media with no name: which paper, which channel?
    kind: 'anonymous-source',
    construction: 'media with no name',
    pattern: '[@mediaMod|@low|@Cap* @mediaNoun] @aux* reported|report|reports|said|say|says|claimed|claim|claims|suggested|suggest|suggests|quoted|quote|quotes|cited|cite|cites|published|showed|show|shows|carried|broadcast|aired|speculated',
    message: '"{source}": which outlet? Name it.',
    unless: ['notSubject', 'namedAfter', 'namedAppositive', 'namedInstitution', 'verbBefore'],
    flags: ['Local newspapers reported that the mayor had resigned.', 'State media said the talks were a success.', 'Three people were hurt, Spanish media say.'],
    allows: ['The Russian embassy said it was investigating, but called local press reports "distorted".', 'The Herald reported that the mayor had resigned.', 'State media KCNA said the talks were a success.', 'He told local newspapers that he would resign.', 'The local newspaper, the Brennport Herald, reported the closure.', 'The Daily Telegraph reported the story.', 'BBC television reported the fire.'],
  },
  {
    kind: 'anonymous-source',
    construction: '“according to” unnamed media',
    pattern: 'according_to [@mediaMod* @mediaNoun]',
    message: '"{match}": which outlet? Name it.',
    unless: ['namedAfter', 'properName', 'modifierNoun'],
    flags: ['The talks failed, according to local media.'],
    allows: ['The talks failed, according to state media KCNA.'],
  },
  {
    // a fear, a claim, a hope with no one who holds it: "amid fears that…", "over claims he…"
    kind: 'passive',
    construction: 'fears or claims with no holder (“amid fears that”)',
    pattern: 'amid|over|following|despite|raising|sparking|fuelling|fueling|prompting [fears|concerns|claims|allegations|speculation|suggestions|doubts|rumours|rumors|hopes] that|he|she|they|it|of|about|the',
    message: '"{match}": whose?',
    unless: ['namedAgent', 'attributedSentence'],
    flags: ['They were reported missing in March amid fears they were planning to travel.', 'Police are investigating an MP over claims he bribed voters.', 'The elections were calm, raising hopes that democracy is maturing.'],
    allows: ['The shares fell amid fears that the mayor, Ana Ruiz said, had resigned.', 'He spoke over the noise of the crowd.'],
  },
  {
    kind: 'passive',
    construction: 'questions raised by no one',
    pattern: '[questions|concerns|doubts|fears|criticism] @aux* have_been|has_been|had_been|were|are_being|is_being|was [raised|voiced|expressed]',
    message: '"{match}": by whom?',
    unless: ['namedAgent'],
    flags: ['Questions have been raised as to whether the condition was linked to his death.', 'Concerns were voiced about the cost.'],
    allows: ['Concerns were raised by the county auditor about the cost.'],
  },
  // ---------------------------------------------------------------- evidence
  {
    kind: 'evidence',
    construction: 'evidence with no source (“there is evidence”)',
    pattern: 'there @aux* @be|has_been|have_been some|growing|mounting|new|strong|clear|increasing|ample|credible* [evidence|signs|indications|reports|data] that|of|suggesting|showing',
    message: '"{match}": what evidence, from whom?',
    unless: ['namedAgent'],
    flags: ['There is evidence that Russia is using North Korean missiles in Ukraine.', 'There are signs that the economy is slowing.', 'There is growing evidence of fraud.'],
    allows: ['There is a road to the village.', 'There is evidence, published by the state auditor, that the funds were misused.'],
  },
  {
    kind: 'evidence',
    construction: 'a study, report or poll with no name',
    pattern: `[@evidenceMod|@num* @evidenceNoun] ~postmod? @aux* @evidenceVerb`,
    message: '"{source}": which one? Name who published it.',
    unless: ['affiliated', 'definiteBefore', 'namedAgent', 'attributedSentence'],
    flags: ['Studies show that coffee is safe.', 'Research suggests the drug works.', 'Reports say the army has withdrawn.', 'Polls show the mayor trailing.', 'A recent study found a link.', 'Recent research shows a rise.'],
    allows: ['The report, published by the state auditor, found waste.', 'A 2023 study by the University of Oslo found a link.', 'The agreement says Russia and North Korea will defend each other.', 'A Gallup poll shows the mayor trailing.', 'Data from the census show a rise.'],
  },
  {
    kind: 'evidence',
    construction: '“according to” unnamed reports',
    pattern: 'according_to [@evidenceMod* @evidenceNoun]',
    message: '"{match}": which one? Name who published it.',
    unless: ['affiliated', 'definiteBefore', 'namedAgent', 'modifierNoun'],
    flags: ['According to reports, the army has withdrawn.', 'The drug works, according to studies.'],
    allows: ['According to a report by the state auditor, the funds were misused.'],
  },
  // ---------------------------------------------------------------- anonymous source
  {
    kind: 'anonymous-source',
    construction: 'an anonymous source',
    pattern: `[a|an|one|two|three|several|some|many|other|@sourceMod* @sourceMod* @sourceNoun] ~postmod? ~paren? ${VERB}`,
    message: '"{source}": an anonymous source. Name them, or say why anonymity was granted and how they know.',
    unless: ['namedAppositive', 'notPeople'],
    softenedBy: ['anonymityExplained'],
    flags: ['Sources say the deal is off.', 'A source close to the mayor said she would resign.', 'Insiders say the firm is for sale.', 'Two sources familiar with the talks said a deal was near.'],
    allows: ['The source of the river is in the hills.', 'Sources of funding include grants.', 'Getting a place can be a source of stress however, and last month thousands of pupils sat the tests.'],
  },
  {
    kind: 'anonymous-source',
    construction: 'one unnamed person as the source',
    pattern: `[one|a|an|another @low* @personNoun] ~postmod? ~paren? ${VERB}`,
    message: '"{source}": who? Name the person or say why they are not named.',
    unless: ['namedAppositive', 'definiteBefore', 'memberOf', 'namedInstitution', 'notAttribution', 'describesNamed'],
    softenedBy: ['anonymityExplained'],
    flags: ['One parent told the board the plan was rushed.', 'One shop owner said she feared losing customers.', 'A witness said the car was speeding.', 'Another resident, who declined to give her name, said the water was brown.', 'A woman who lives near the prison said drones fly over the wall at night.'],
    allows: ['One parent, Maria Lopez, told the board the plan was rushed.', 'A witness was taken to hospital.', 'The shop owner, Maria Lopez, said she feared losing customers.', 'His landlord said the rent would rise.', 'A contractor told Mr Docherty he would be back shortly.', 'A police spokesman said the road was closed.', 'A spokeswoman for the council said the road was closed.', "It was another fine drive from Hamilton, a man who claims he is a perfectionist.", 'A man has admitted to ripping another man’s ear with a metal hook.'],
  },
  {
    kind: 'anonymous-source',
    construction: '“according to” an anonymous source',
    pattern: 'according_to [a|an|one|@sourceMod* @sourceNoun|@personNoun ~postmod?]',
    message: '"{match}": an anonymous source.',
    unless: ['namedAppositive', 'properName', 'modifierNoun'],
    flags: ['According to sources, the deal is off.', 'According to a source close to the mayor, she will resign.'],
    allows: ['One of the men ran, according to a criminal complaint filed in US federal court.', 'The calls were recorded, according to Israeli newspaper Haaretz.', 'According to a witness, Maria Lopez, the car was speeding.', 'The route is more expensive, according to Consumer Reports.'],
  },
  // ---------------------------------------------------------------- anonymous official
  {
    kind: 'anonymous-official',
    construction: 'an unnamed official',
    pattern: `[a|an|one|two|three|several|some|many|other|@officialMod|@Cap* @officialMod|@Cap* @officialNoun] ~postmod? ~paren? ${VERB}`,
    message: '"{source}": which official? Name them or the institution they speak for.',
    unless: ['namedAppositive', 'memberOf', 'namedInstitution', 'notAttribution'],
    softenedBy: ['anonymityExplained'],
    flags: ['A senior official said the talks had stalled.', 'Officials said the road would reopen.', 'A ministry official, who asked not to be named, said the plan was dead.', 'A South Korean official told Russia to think again.', 'Authorities say the fire is contained.', 'Two senior officials, who asked not to be named because they were not authorised to speak, said the talks had stalled.'],
    allows: ['A senior official, Jane Doe, said the talks had stalled.', 'Officials inspected the site.', 'Police said the road would reopen.'],
  },
  {
    kind: 'anonymous-official',
    construction: '“according to” unnamed officials',
    pattern: 'according_to [a|an|one|two|some|several|@officialMod|@Cap* @officialMod|@Cap* @officialNoun]',
    message: '"{source}": which official?',
    unless: ['namedAppositive', 'affiliated', 'modifierNoun'],
    flags: ['The road will reopen, according to officials.'],
    allows: ['According to officials at the Interior Ministry, the road will reopen.'],
  },
  {
    kind: 'anonymous-official',
    construction: 'an inverted unnamed official (“said a senior official”)',
    pattern: 'said|says|added|warned [a|an|one|two|some|several|@officialMod|@Cap* @officialMod|@Cap* @officialNoun]',
    message: '"{source}": which official?',
    unless: ['notInverted', 'namedAppositive'],
    flags: ['"It is over," said a senior official.', 'The talks stalled, said two officials.'],
    allows: ['He said officials would inspect the site.', 'He told officials he would stay.'],
  },
  // ---------------------------------------------------------------- collective
  {
    kind: 'collective',
    construction: 'a country or capital as the believer',
    pattern: '[@collective] @aux* @cogVerb',
    message: '"{source}" as a believer: who in its government or society?',
    flags: ['The US thinks these satellites help North Korea make better missiles.', 'Washington believes the talks can succeed.', 'The West fears a wider war.'],
    allows: ['The U.S. and NATO said Ukraine can use Western weapons.', 'Putin thinks the West uses sanctions to stay powerful.', 'Russia said it would respond.'],
  },
  {
    kind: 'collective',
    construction: 'a country or capital’s feeling',
    pattern: '[@collective] @aux* @be @adverb* @feelingAdj',
    message: '"{source}" as a believer: who in its government or society?',
    flags: ['Moscow is worried about the deal.', 'The West is alarmed by the tests.'],
    allows: ['Moscow is cold in winter.'],
  },
];
