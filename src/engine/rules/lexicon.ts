// Word classes the attribution patterns refer to as `@name`. Data, not code: extending the
// detector's vocabulary is adding a word here. Entries are lower-case; multi-word entries
// ("north korea") match token sequences. Curly apostrophes are folded to ' before lookup.

import { GROUP_NOUNS, PERSON_NOUNS } from './data/peopleNouns';

const words = (s: string) => s.trim().split(/\s*\|\s*|\s+(?=\S)/).filter(Boolean);
const phrases = (s: string) => s.trim().split(/\s*\|\s*/).filter(Boolean);

// (omit, admit, fret, regret, commit, prefer, refer, stop: consonant–vowel–consonant, not w/x/y)
const DOUBLES = /^(?:[^aeiou]*[aeiou][^aeiouwxy]|(?:ad|com|o|re|pre|con|trans|e)mit|(?:re|pre|con|de|in)fer|regret|fret)$/;

/** Verb forms: base, 3rd person, past, -ing (irregulars listed explicitly). */
function verbs(spec: string): string[] {
  const out: string[] = [];
  for (const v of words(spec)) {
    if (v.includes('/')) {
      out.push(...v.split('/'));
      continue;
    }
    out.push(v);
    if (v.endsWith('y') && !/[aeiou]y$/.test(v)) out.push(v.slice(0, -1) + 'ies', v.slice(0, -1) + 'ied', v + 'ing');
    else if (v.endsWith('ee')) out.push(v + 's', v + 'd', v + 'ing'); // agree → agreed, agreeing
    else if (v.endsWith('e')) out.push(v + 's', v + 'd', v.slice(0, -1) + 'ing');
    // a stressed final consonant doubles: admit → admitted, fret → fretted (one vowel before it, short verbs)
    else if (DOUBLES.test(v)) out.push(v + 's', v + v.slice(-1) + 'ed', v + v.slice(-1) + 'ing');
    else if (/(s|sh|ch|x|z)$/.test(v)) out.push(v + 'es', v + 'ed', v + 'ing');
    else out.push(v + 's', v + 'ed', v + 'ing');
  }
  return out;
}

export const LEXICON: Record<string, string[]> = {
  // Saying, believing, feeling: what turns a noun phrase into a source.
  attrVerb: verbs(`say/says/said/saying claim argue believe think/thinks/thought/thinking feel/feels/felt/feeling
    fear worry warn suggest insist contend maintain allege assert note agree suspect predict estimate
    speculate doubt tell/tells/told/telling add report acknowledge admit complain question expect reckon
    caution stress reveal confirm deny describe consider recall wonder accuse charge hope insist
    point/points/pointed/pointing mention observe explain indicate acknowledge concede fret believe
    write/writes/wrote/writing know/knows/knew/knowing blame criticise criticize condemn welcome praise
    dispute urge back/backs/backed/backing oppose dismiss`),
  // What a bare plural of people does when it is a source ("Shopkeepers say", "Nurses fear", "Most
  // tenants back the plan"): speech, belief, feeling and judgement — not "told", "wrote", "knew",
  // "reported", which as often tell what the people did.
  sourceVerb: verbs(`say/says/said/saying claim argue believe think/thinks/thought/thinking feel/feels/felt/feeling
    fear worry warn suggest insist contend maintain allege assert agree suspect predict doubt complain expect
    reckon caution stress deny hope fret blame criticise criticize condemn welcome praise dispute
    back/backs/backed/backing oppose accuse admit concede acknowledge dismiss describe`),
  // Judgements passed on someone in the passive, with no judge named ("has been criticised for").
  judgePassive: words(`criticised criticized condemned slammed lambasted blamed praised hailed applauded
    derided mocked panned branded faulted chided rebuked`),
  // An expectation reported with no one who expects it ("is expected to win"); schedules
  // ("is expected to reopen") are not here.
  expectVerb: verbs(`win lose resign announce back approve reject vote face become step run sign agree join
    leave return name appoint unveil confirm deny accept push seek challenge fight demand call quit retire
    rise fall grow increase decrease drop slow climb shrink fail succeed struggle collapse survive
    lead dominate replace oppose support block veto`),
  // News media with no name ("State media said", "Local newspapers reported").
  mediaNoun: words(`media newspapers papers tabloids broadcasters outlets press television tv websites
    news_outlets news_agencies news_organisations news_organizations news_sites`),
  mediaMod: words(`local state state-run state-owned state-controlled national foreign international regional
    official western eastern government pro-government opposition independent some several many other
    russian chinese iranian israeli turkish american british french german indian japanese korean
    north_korean south_korean syrian egyptian saudi arab pakistani ukrainian`),
  // Cognition verbs for collective sources ("The US thinks"): a country can *say* through its
  // government, but cannot think, fear or believe.
  cogVerb: verbs(`think/thinks/thought believe fear hope worry feel/feels/felt suspect assume
    know/knows/knew doubt reckon`),
  // Evidence verbs ("Studies show").
  evidenceVerb: verbs(`show/shows/showed/shown suggest find/finds/found indicate prove/proves/proved/proven
    point/points/pointed reveal confirm demonstrate link say/says/said estimate conclude`),
  // "Some people are worried about…"
  feelingAdj: words(`worried concerned afraid fearful convinced sure certain skeptical sceptical unhappy
    angry upset alarmed optimistic pessimistic confident nervous hopeful divided split doubtful unconvinced
    suspicious wary furious outraged troubled uneasy anxious frustrated disappointed`),
  // Between the source and its verb: auxiliaries and hedging adverbs.
  aux: words(`have has had will would may might could can should must do does did also now still often
    long widely generally privately publicly openly increasingly already even repeatedly frequently
    usually always never once further quickly quietly loudly strongly firmly reportedly allegedly
    apparently generally routinely sometimes really truly certainly clearly both all too`),
  be: words(`is are was were be been being 's`),
  // Quantifiers that make a noun phrase indefinite.
  quant: words(`some many most several few numerous countless certain various other more multiple
    a_few dozens hundreds thousands millions a_lot_of lots_of a_number_of a_growing_number_of an_increasing_number_of
    a_majority_of the_majority_of a_handful_of plenty_of all`),
  // People-nouns that are vague as a source only with a quantifier ("Some residents say").
  groupNoun: words(`people persons folks observers critics commentators skeptics sceptics detractors opponents
    supporters proponents advocates residents locals citizens voters parents teachers students workers
    employees members fans users readers viewers activists campaigners protesters protestors
    conservatives liberals progressives democrats republicans americans britons europeans
    commentators onlookers bystanders witnesses neighbors neighbours insiders pundits naysayers
    farmers shoppers drivers commuters tenants landlords owners homeowners patients families mothers fathers
    youths villagers fishermen merchants traders investors veterans soldiers nurses officers locals owners
    riders passengers shoppers callers
    economists? critics`).filter((w) => !w.endsWith('?')),
  // Group nouns vague even bare ("Critics argue", "People think").
  bareGroupNoun: words(`people critics observers commentators skeptics sceptics detractors opponents pundits
    naysayers cynics doubters`),
  // Pronoun-like quantifiers used as the whole source ("Many believe", "Some say", "Others worry").
  groupPronoun: words(`some many most others few several everyone everybody`),
  groupMod: words(`ordinary young older elderly local many some most other concerned average regular
    everyday common`),
  expertNoun: words(`expert experts analyst analysts scientist scientists researcher researchers economist
    economists specialist specialists scholar scholars academic academics historian historians doctor
    doctors physician physicians psychologist psychologists strategist strategists authority? professor
    professors observers? epidemiologist epidemiologists virologist virologists climatologist climatologists
    meteorologist meteorologists engineer engineers lawyer lawyers legal_experts`).filter((w) => !w.endsWith('?')),
  // Modifiers inside an expert phrase ("some leading security experts").
  expertMod: words(`leading top independent outside prominent respected senior legal military security health
    medical financial political foreign policy economic climate nuclear defense defence international
    western regional industry market intelligence public some many most several other few numerous
    two three four five several dozen`),
  sourceNoun: words(`source sources insider insiders`),
  sourceMod: words(`anonymous unnamed government administration military intelligence diplomatic western
    industry senior informed reliable trusted confidential well-placed well-informed knowledgeable
    party campaign police company palace kremlin`),
  // A single unnamed person as the source ("One parent told the board").
  personNoun: words(`parent resident witness employee worker staffer aide teacher student neighbor neighbour
    member customer passenger bystander friend relative colleague nurse patient villager farmer
    shopkeeper driver official? volunteer soldier owner commuter rider tenant homeowner landlord mother father
    shopper voter caller reader viewer fan guard worker contractor supplier investor trader`).filter((w) => !w.endsWith('?')),
  officialNoun: words(`official officials authorities diplomat diplomats`),
  officialMod: words(`senior top high-ranking high-level junior former current government administration
    ministry military intelligence defense defence security foreign state federal local city county
    police health trade party white house pentagon some several two three other many western
    regional provincial municipal european american russian chinese british french german`),
  evidenceNoun: words(`study studies research report reports poll polls survey surveys data evidence analysis
    analyses findings figures statistics research science`),
  evidenceMod: words(`a an one some several many recent new multiple numerous previous other past early
    growing mounting latest independent scientific medical media press news unconfirmed local initial
    preliminary earlier conflicting`),
  // "There is … evidence that"
  thereNoun: words(`evidence signs indications reports suggestions speculation rumors rumours concerns fears
    claims allegations talk reason`),
  passiveVerb: words(`believed said thought reported rumored rumoured alleged claimed feared suggested
    understood expected estimated assumed argued considered felt hoped known`),
  passiveAsVerb: words(`regarded described seen viewed considered characterized characterised
    portrayed labeled labelled touted hailed`),
  hedgeAdverb: words(`reportedly allegedly supposedly purportedly reputedly rumoredly`),
  adverb: words(`widely generally commonly broadly often long also now still increasingly largely well
    once frequently sometimes widely-held`),
  // Adverbs that open a clause but never modify its subject noun ("Today some people are
  // worried", "Locally, residents say"): not part of a source phrase, and a subject may follow them.
  clauseAdverb: words(`today yesterday tonight tomorrow now recently meanwhile however instead indeed perhaps maybe
    currently previously earlier later overall elsewhere again then here there nowadays lately increasingly still
    already so thus therefore meantime anyway besides moreover furthermore nevertheless nonetheless otherwise
    sometimes often once traditionally historically privately publicly locally nationally`),
  // Titles that identify a person's role when they precede a name.
  title: words(`president prime minister chancellor king queen prince princess governor mayor senator
    sen. rep. representative congressman congresswoman secretary minister ambassador general gen. admiral
    colonel col. lt. captain capt. sergeant sgt. officer detective judge justice chief director dr. prof.
    professor rev. pope bishop chairman chairwoman chair ceo cfo coo founder spokesman spokeswoman
    spokesperson commissioner superintendent inspector sheriff leader premier chancellor dean provost
    councillor councilor councilman councilwoman attorney lawyer coach manager editor economist analyst
    dr prof sen rep gov gen col lt capt sgt supt insp det amb cllr councillors councilors`),
};

// Closed-class words: never a modifier inside a source phrase (`@low` skips them).
LEXICON.functionWord = words(`the a an this that these those his her its their our my your to of in on at by for
  from with and or but if as than then so not no nor who whom whose which what when where why how all any each
  every both either neither some many most few several other others more less much such same own is are was were
  be been being have has had do does did will would shall should can could may might must it he she they we i you
  them him us me there here also only just very too about into over after before under between through during
  without within against among across around near while because although though since until unless`);

// Countries, capitals and blocs, for `collective` sources ("Washington believes").
LEXICON.collective = phrases(`the us|the u.s.|u.s.|usa|the usa|the united states|america|the west|the east|
  the kremlin|the white house|the eu|the european union|nato|the un|the united nations|
  afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belarus|
  belgium|bolivia|bosnia|brazil|bulgaria|cambodia|cameroon|canada|chile|china|colombia|congo|croatia|cuba|cyprus|
  the czech republic|czechia|denmark|ecuador|egypt|estonia|ethiopia|finland|france|georgia|germany|ghana|greece|
  guatemala|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|japan|jordan|kazakhstan|
  kenya|kosovo|kuwait|latvia|lebanon|libya|lithuania|luxembourg|malaysia|mali|mexico|moldova|mongolia|morocco|
  myanmar|nepal|the netherlands|new zealand|nicaragua|niger|nigeria|north korea|norway|oman|pakistan|panama|
  paraguay|peru|the philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|senegal|serbia|singapore|
  slovakia|slovenia|somalia|south africa|south korea|spain|sri lanka|sudan|south sudan|sweden|switzerland|syria|
  taiwan|tajikistan|tanzania|thailand|tunisia|turkey|turkiye|uganda|ukraine|the uae|the united arab emirates|
  the uk|the u.k.|the united kingdom|britain|great britain|england|scotland|wales|uruguay|uzbekistan|venezuela|
  vietnam|yemen|zambia|zimbabwe|
  washington|moscow|beijing|pyongyang|seoul|tokyo|london|paris|berlin|brussels|kyiv|kiev|tehran|jerusalem|ankara|
  new delhi|delhi|canberra|ottawa|rome|madrid|warsaw|taipei|damascus|riyadh|cairo|caracas|havana|islamabad|kabul|
  baghdad|beirut|minsk|budapest|vienna|stockholm|oslo|helsinki|copenhagen|athens|lisbon|dublin|bern|the hague|
  brasilia|buenos aires|mexico city|pretoria|nairobi|abuja|hanoi|bangkok|jakarta|manila|doha|abu dhabi`);

// Organisation heads: a capitalised phrase ending in one of these is an institution, not a person.
LEXICON.orgWord = words(`ministry department agency office police council committee commission party bank
  university college institute institution foundation association union court government army navy
  military embassy company corporation corp inc ltd group board authority administration service
  services center centre hospital school district parliament congress senate house assembly agreement
  report study survey statement treaty deal kremlin pentagon nato un eu fund organization organisation
  network times post news journal tribune herald press agency reuters ap afp bbc cnn council utility firm
  lab laboratory observatory museum survey institute clinic charity ngo trust society academy bureau`);

// A bare plural of people as a source ("Shopkeepers say", "Nurses fear"): WordNet's person and
// group nouns (data/peopleNouns.ts), in the plural, less the nouns other entries own (experts,
// officials, sources), the roles that speak for a known institution in a story about its case
// ("Prosecutors said", "Firefighters said"), and plurals that are usually a team's or a party's name.
const BARE_SOURCE_EXTRAS = words(`local group organisation organization council community youngster pensioner retiree
  homeowner shopkeeper stallholder holidaymaker motorist stakeholder commuter fan carer builder member family ally crew`);
const NOT_BARE_SOURCES = new Set(words(`prosecutor investigator detective officer police_officer policeman policewoman
  firefighter fireman paramedic rescuer coastguard inspector judge magistrate juror coroner trooper deputy
  constable sheriff marshal agent spokesman spokeswoman spokesperson representative lawyer attorney counsel
  solicitor barrister minister secretary president governor mayor chairman chairwoman director chief boss manager coach captain author writer reporter journalist
  correspondent editor researcher scientist organizer organiser
  ranger giant saint warrior rover wanderer pirate raider patriot cowboy knight king royal cardinal senator
  national mariner brewer dodger yankee texan packer steeler charger viking titan ram blue red white black
  democrat republican tory conservative liberal socialist nationalist unionist green labour labor
  god goddess child boy girl kid baby adult human
  party government company business industry military police army navy nation country public
  household generation enemy dead sick disabled wounded baffled cautious lost doomed damned
  blind deaf aged slain retreated unconfessed uninitiate homebound`).map((w) => w.replace(/_/g, ' ')));

/** English plurals of a person or group noun ("shopkeeper" → "shopkeepers", "fisherman" → "fishermen"). */
export function pluralOf(noun: string): string[] {
  if (/(?:^|[^u])man$/.test(noun) && !/(?:hu|ger|ro|sha|otto|talis|cai|cay|brah|dol)man$/.test(noun)) return [noun.slice(0, -3) + 'men'];
  if (noun.endsWith('person')) return [noun + 's', noun.slice(0, -6) + 'people'];
  if (noun.endsWith('child')) return [noun + 'ren'];
  if (noun.endsWith('wife')) return [noun.slice(0, -2) + 'ves'];
  if (/[^aeiou]y$/.test(noun)) return [noun.slice(0, -1) + 'ies'];
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return [noun + 'es'];
  return [noun + 's'];
}

LEXICON.peoplePlural = (() => {
  const owned = new Set([...LEXICON.expertNoun, ...LEXICON.officialNoun, ...LEXICON.sourceNoun]);
  const out = new Set<string>(['staff', 'folk', 'folks']);
  for (const noun of [...PERSON_NOUNS.split(' '), ...GROUP_NOUNS.split(' '), ...BARE_SOURCE_EXTRAS.map((w) => w.replace(/_/g, ' '))]) {
    if (NOT_BARE_SOURCES.has(noun)) continue;
    for (const p of pluralOf(noun)) if (!owned.has(p) && !owned.has(noun)) out.add(p);
  }
  return [...out];
})();
// Every WordNet person noun, in the singular: a role when it stands before a name ("boss Toto Wolff").
LEXICON.roleNoun = PERSON_NOUNS.split(' ');
// Words that make a capitalised run a place or an organisation, not a person ("Telford Road",
// "Chelmsford Prison", "Public Health Wales", "Migration Watch", "BT Sport").
// (not "park", "hill", "lane", "banks": they are surnames too)
LEXICON.notPersonWord = words(`road street avenue square commons bridge river lake valley county city town village district
  province region island islands coast harbour harbor airport station stadium mountain
  strait sea ocean systems solutions technologies industries foods lines airways airlines motors energy power homes
  holdings partners capital media labs pharmaceuticals insurance logistics properties developments construction services
  buses rail trains water utilities prison watch radio sport sports tv television gazette gazeta daily weekly
  rights health wales scotland england ireland britain america africa asia europe yard bay hills moor ground central
  upper lower new`);

// The same nouns in the singular, for "one shopkeeper said", "a resident told…".
LEXICON.personNoun = [...new Set([...LEXICON.personNoun, ...PERSON_NOUNS.split(' ').filter((w) => !NOT_BARE_SOURCES.has(w) && !LEXICON.expertNoun.includes(w) && !LEXICON.officialNoun.includes(w))])];

export const LEXICON_SETS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(LEXICON).map(([k, v]) => [k, new Set(v.map((w) => w.replace(/_/g, ' ')))]),
);

/** Longest phrase (in tokens) per class, for multi-word matching. */
export const LEXICON_MAX_WORDS: Record<string, number> = Object.fromEntries(
  Object.entries(LEXICON_SETS).map(([k, set]) => [k, Math.max(...[...set].map((w) => w.split(' ').length))]),
);
