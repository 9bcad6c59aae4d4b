// Word lists the claim checker reasons with. Stems are compared (see corpus/terms.stem), so
// list base forms; every entry is a general English fact, nothing here is benchmark-specific.
import { stem } from '../corpus/terms';

export const NEGATIONS = new Set(['not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nowhere', 'noone']);
// verbs that negate what follows ("failed to pass", "refused to sign")
export const NEGATING_VERBS = new Set(['failed', 'fails', 'fail', 'refused', 'refuses', 'refuse', 'declined', 'declines', 'stopped', 'ceased', 'halted', 'suspended']);
export const NEGATION_CONTRACTIONS = /^(?:\w+n't|cannot|can't|won't|don't|didn't|doesn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|couldn't|wouldn't|shouldn't|mustn't)$/;

// Antonym pairs (each direction). Includes directions and comparatives the guide names.
const ANTONYM_PAIRS: Array<[string, string]> = [
  ['rise', 'fall'], ['increase', 'decrease'], ['increase', 'cut'], ['raise', 'lower'], ['raise', 'cut'], ['grow', 'shrink'],
  ['gain', 'loss'], ['gain', 'lose'], ['win', 'lose'], ['winner', 'loser'], ['victory', 'defeat'], ['up', 'down'], ['higher', 'lower'],
  ['high', 'low'], ['more', 'less'], ['more', 'fewer'], ['most', 'least'], ['largest', 'smallest'], ['biggest', 'smallest'],
  ['large', 'small'], ['big', 'small'], ['long', 'short'], ['longer', 'shorter'], ['old', 'young'], ['older', 'younger'],
  ['oldest', 'youngest'], ['first', 'last'], ['before', 'after'], ['early', 'late'], ['earlier', 'later'], ['approve', 'reject'],
  ['accept', 'reject'], ['accept', 'refuse'], ['agree', 'disagree'], ['allow', 'ban'], ['allow', 'forbid'], ['allow', 'prohibit'],
  ['permit', 'ban'], ['support', 'oppose'], ['for', 'against'], ['open', 'close'], ['opened', 'closed'], ['start', 'end'],
  ['start', 'stop'], ['begin', 'end'], ['begin', 'finish'], ['enter', 'exit'], ['arrive', 'depart'], ['arrive', 'leave'], ['buy', 'sell'],
  ['hire', 'fire'], ['hire', 'lay'], ['borrow', 'lend'], ['import', 'export'], ['north', 'south'], ['east', 'west'],
  ['northern', 'southern'], ['eastern', 'western'], ['left', 'right'], ['inside', 'outside'], ['above', 'below'], ['over', 'under'],
  ['maximum', 'minimum'], ['positive', 'negative'], ['true', 'false'], ['success', 'failure'], ['succeed', 'fail'],
  ['guilty', 'innocent'], ['convict', 'acquit'], ['legal', 'illegal'], ['safe', 'dangerous'], ['safe', 'unsafe'], ['alive', 'dead'],
  ['live', 'die'], ['survive', 'die'], ['male', 'female'], ['man', 'woman'], ['men', 'women'], ['boy', 'girl'], ['husband', 'wife'],
  ['father', 'mother'], ['son', 'daughter'], ['brother', 'sister'], ['king', 'queen'], ['strong', 'weak'], ['strengthen', 'weaken'],
  ['rich', 'poor'], ['cheap', 'expensive'], ['best', 'worst'], ['better', 'worse'], ['good', 'bad'], ['happy', 'sad'],
  ['love', 'hate'], ['praise', 'criticize'], ['praise', 'criticise'], ['include', 'exclude'], ['add', 'remove'], ['join', 'leave'],
  ['public', 'private'], ['domestic', 'foreign'], ['full', 'empty'], ['hot', 'cold'], ['warm', 'cold'], ['wet', 'dry'],
  ['heavy', 'light'], ['fast', 'slow'], ['quick', 'slow'], ['easy', 'difficult'], ['easy', 'hard'], ['always', 'never'],
  ['everyone', 'no one'], ['all', 'none'], ['majority', 'minority'], ['rare', 'common'], ['ancient', 'modern'], ['new', 'old'],
  ['expand', 'contract'], ['expansion', 'contraction'], ['surplus', 'deficit'], ['profit', 'loss'], ['attack', 'defend'],
  ['offence', 'defence'], ['offense', 'defense'], ['home', 'away'], ['victim', 'suspect'], ['ally', 'enemy'], ['friend', 'enemy'],
  ['peace', 'war'], ['confirm', 'deny'], ['admit', 'deny'], ['remember', 'forget'], ['present', 'absent'], ['win', 'draw'],
  ['upper', 'lower'], ['top', 'bottom'], ['front', 'back'], ['minimum', 'maximum'], ['day', 'night'], ['morning', 'evening'],
  ['rural', 'urban'], ['temporary', 'permanent'], ['increase', 'drop'], ['surge', 'plunge'], ['soar', 'plummet'], ['boost', 'reduce'],
  ['acquire', 'sell'], ['approve', 'veto'], ['pass', 'fail'], ['resign', 'appoint'], ['ascend', 'descend'],
];

const antonyms = new Map<string, Set<string>>();
for (const [a, b] of ANTONYM_PAIRS) {
  for (const [x, y] of [[a, b], [b, a]]) {
    const sx = stem(x);
    if (!antonyms.has(sx)) antonyms.set(sx, new Set());
    antonyms.get(sx)!.add(stem(y));
  }
}
export function antonymsOf(stemmed: string): Set<string> | undefined {
  return antonyms.get(stemmed);
}

// Synonym groups (news paraphrase). Words in one group count as the same content.
const SYNONYM_GROUPS: string[][] = [
  ['say', 'state', 'tell', 'add', 'note', 'explain', 'claim', 'remark', 'declare', 'announce', 'report', 'reveal', 'disclose'],
  ['big', 'large', 'huge', 'major', 'massive', 'significant', 'great', 'vast'], ['small', 'little', 'minor', 'tiny'],
  ['kill', 'slay', 'murder', 'die', 'dead', 'death', 'fatal'], ['injure', 'wound', 'hurt', 'injury'],
  ['buy', 'purchase', 'acquire', 'acquisition'], ['help', 'aid', 'assist', 'support', 'assistance'],
  ['begin', 'start', 'launch', 'commence', 'initiate', 'open'], ['end', 'finish', 'conclude', 'complete', 'close'],
  ['show', 'reveal', 'indicate', 'demonstrate', 'suggest', 'find'], ['rise', 'increase', 'grow', 'climb', 'jump', 'surge', 'soar', 'gain', 'up'],
  ['fall', 'decrease', 'drop', 'decline', 'slump', 'plunge', 'sink', 'dip', 'down', 'reduce', 'cut'],
  ['government', 'administration', 'authority', 'state'], ['police', 'officer', 'cop', 'authority'],
  ['car', 'vehicle', 'automobile'], ['child', 'kid', 'youngster', 'minor'], ['man', 'male', 'guy'], ['woman', 'female', 'lady'],
  ['person', 'people', 'individual', 'resident', 'citizen', 'public'], ['meet', 'meeting', 'talk', 'summit'],
  ['agreement', 'deal', 'pact', 'accord', 'treaty', 'contract'], ['sign', 'signed', 'ink'], ['country', 'nation', 'state'],
  ['leader', 'head', 'chief', 'boss'], ['company', 'firm', 'business', 'corporation', 'group'], ['job', 'work', 'employment', 'position', 'role', 'post'],
  ['money', 'fund', 'cash', 'funding'], ['protest', 'demonstration', 'rally', 'march'], ['protester', 'activist', 'demonstrator', 'campaigner'],
  ['attack', 'assault', 'strike', 'raid', 'invasion', 'invade', 'incursion'], ['arrest', 'detain', 'custody', 'apprehend'],
  ['charge', 'accuse', 'indict'], ['court', 'tribunal'], ['judge', 'justice'], ['law', 'legislation', 'bill', 'act', 'rule', 'regulation'],
  ['ban', 'prohibit', 'forbid', 'bar'], ['allow', 'permit', 'let', 'enable'], ['warn', 'caution', 'alert'],
  ['hospital', 'medical', 'clinic'], ['doctor', 'physician'], ['study', 'research', 'survey', 'report', 'analysis'],
  ['scientist', 'researcher', 'expert', 'academic'], ['photo', 'photograph', 'picture', 'image'], ['video', 'footage', 'clip'],
  ['road', 'street', 'highway', 'avenue', 'route', 'roadway', 'pavement'], ['house', 'home', 'residence'],
  ['building', 'structure', 'property'], ['town', 'city', 'village', 'community'], ['area', 'region', 'zone', 'district'],
  ['fire', 'blaze', 'flame'], ['storm', 'hurricane', 'cyclone', 'typhoon'], ['plan', 'proposal', 'scheme', 'intend'],
  ['win', 'victory', 'triumph', 'beat', 'defeat'], ['team', 'side', 'club', 'squad'], ['game', 'match', 'fixture', 'contest'],
  ['player', 'athlete'], ['season', 'campaign'], ['goal', 'score'], ['manager', 'coach', 'boss'], ['sign', 'recruit'],
  ['try', 'attempt', 'seek'], ['need', 'require'], ['get', 'receive', 'obtain', 'gain'], ['give', 'provide', 'offer', 'supply', 'donate'],
  ['make', 'create', 'produce', 'build'], ['use', 'utilize', 'employ'], ['stop', 'halt', 'suspend', 'cease'],
  ['quit', 'resign', 'step', 'leave', 'depart'], ['hire', 'employ', 'appoint', 'name'], ['fire', 'sack', 'dismiss'],
  ['pay', 'compensation', 'salary', 'wage'], ['cost', 'price', 'expense'], ['shop', 'store', 'retailer'],
  ['speak', 'talk', 'address'], ['ask', 'request', 'urge', 'call'], ['decide', 'choose', 'opt'], ['move', 'relocate', 'transfer'],
  ['hold', 'host', 'organize', 'organise', 'stage'], ['event', 'ceremony', 'celebration', 'occasion'], ['anniversary', 'commemoration', 'mark'],
  ['eve', 'evening', 'night'], ['pour', 'dump', 'spill', 'splash', 'empty', 'drop', 'discharge', 'throw'],
  ['famous', 'renowned', 'celebrated', 'well-known', 'prominent', 'star'], ['actor', 'actress', 'star', 'performer'],
  ['film', 'movie', 'picture'], ['song', 'track', 'single'], ['album', 'record'], ['weapon', 'arm', 'missile', 'munition'],
  ['soldier', 'troop', 'military', 'army', 'force'], ['fight', 'battle', 'combat', 'war', 'conflict'], ['danger', 'risk', 'threat', 'hazard'],
  ['worry', 'concern', 'fear', 'anxiety'], ['angry', 'anger', 'upset', 'furious'], ['important', 'significant', 'key', 'crucial', 'vital', 'major'],
  ['rich', 'wealthy', 'affluent'], ['poor', 'impoverished'], ['fast', 'quick', 'rapid', 'swift'], ['near', 'close', 'nearby'],
  ['outside', 'front'], ['about', 'around', 'approximately', 'roughly', 'nearly', 'almost'], ['british', 'uk', 'u.k', 'britain'],
  ['american', 'us', 'u.s', 'america'], ['phone', 'telephone', 'mobile', 'smartphone'], ['talk', 'discuss', 'negotiate', 'negotiation'],
  ['cause', 'lead', 'trigger', 'result'], ['because', 'due', 'owing'], ['investigate', 'probe', 'investigation', 'inquiry', 'examine'],
  ['crash', 'collision', 'accident', 'collide'], ['die', 'pass', 'death', 'perish'], ['wife', 'spouse', 'partner'], ['husband', 'spouse', 'partner'],
];

const synonymGroups = new Map<string, number[]>();
SYNONYM_GROUPS.forEach((g, gi) => {
  for (const w of g) {
    const s = stem(w);
    const list = synonymGroups.get(s) ?? [];
    if (!list.includes(gi)) list.push(gi);
    synonymGroups.set(s, list);
  }
});
export function synonymGroupsOf(stemmed: string): number[] | undefined {
  return synonymGroups.get(stemmed);
}
const synonymCache = new Map<string, string[]>();
const NONE: string[] = [];
export function synonymStems(stemmed: string): string[] {
  const gs = synonymGroups.get(stemmed);
  if (!gs) return NONE;
  let out = synonymCache.get(stemmed);
  if (!out) {
    const set = new Set<string>();
    for (const g of gs) for (const w of SYNONYM_GROUPS[g]) set.add(stem(w));
    set.delete(stemmed);
    out = [...set];
    synonymCache.set(stemmed, out);
  }
  return out;
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ABBR: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

// Attribution: verbs and phrases that carry a source.
export const ATTRIBUTION_VERBS = new Set(
  (
    'say says said saying tell tells told telling state states stated add adds added note notes noted explain explains explained ' +
    'warn warns warned claim claims claimed announce announces announced report reports reported reveal reveals revealed ' +
    'write writes wrote insist insists insisted argue argues argued confirm confirms confirmed deny denies denied ' +
    'estimate estimates estimated predict predicts predicted acknowledge acknowledges acknowledged admit admits admitted ' +
    'testify testifies testified allege alleges alleged suggest suggests suggested believe believes believed think thinks thought ' +
    'show shows showed found find finds accord according cite cites cited quote quoted quotes tweet tweeted posted post ' +
    'describe described describes stress stressed stresses emphasize emphasized told recall recalled recalls indicate indicated indicates ' +
    'point pointed'
  ).split(/\s+/),
);
export const SOURCE_NOUNS = new Set(
  (
    'report study survey data figures statistics analysis poll census agreement treaty statement document documents records filing ' +
    'court ruling indictment complaint lawsuit police ministry department agency spokesman spokeswoman spokesperson official officials ' +
    'source sources minister president government researchers research scientists experts expert analysts analyst economists'
  ).split(/\s+/),
);

// Check-worthiness cues (no-corpus mode).
export const CAUSAL = /\b(?:because(?: of)?|due to|as a result of|thanks to|owing to|caused by|led to|leads to|lead to|results? in|resulted in|blamed on|fuell?ed by|driven by|so that|in order to)\b/i;
export const TREND = /\b(?:is|are|was|were|has been|have been|keeps?|kept)\s+(?:\w+\s+)?(?:rising|falling|growing|shrinking|increasing|decreasing|declining|worsening|improving|running out|getting (?:worse|better|bigger|smaller)|on the rise|in decline|collapsing|booming|struggling|failing)\b|\b(?:running out of|is losing|are losing|is winning|are winning)\b/i;
export const PREDICTION = /\b(?:will|is going to|are going to|is set to|are set to|is expected to|are expected to|is bound to|are bound to|is certain to|will likely|is likely to|are likely to)\b/i;
export const MOTIVE = /\b(?:wants?\s+(?:a|an|the|more|less)\b|wants? to|wanted to|in order to|aims? to|aimed to|hopes? to|hoped to|plans? to|intends? to|seeks? to|sought to|tries to|tried to|is trying to|are trying to|to stay|to keep|to gain|to avoid)\b/i;
const GENERAL_GROUP = /\b(?:all|most|every|no|many|few)\s+(?:\w+\s+)?(?:people|citizens|voters|americans|russians|koreans|chinese|europeans|immigrants|refugees|muslims|christians|jews|women|men|workers|students|countries|nations|experts|scientists|politicians|leaders|officials)\s+(?:are|is|have|want|support|oppose|believe|think|hate|love|like|fear|do not|don't|cannot|can't|never|always|agree|reject)\b/i;
const GENERAL_NATIONALITY = /\b\p{Lu}\p{Ll}+(?:ans|ese|ish|is|ards|ians)\s+(?:are|always|never|all)\b/u;
const GENERAL_ALL = /\b(?:everyone|nobody|everybody) (?:knows|agrees|wants|believes|thinks)\b/i;
export const GENERALISATION = { test: (s: string) => GENERAL_GROUP.test(s) || GENERAL_NATIONALITY.test(s) || GENERAL_ALL.test(s) };
export const EVALUATIVE = /\b(?:very|extremely|really|so|too|increasingly)\s+(?:bad|good|poor|weak|strong|dangerous|important|serious|fragile|unstable|rich|corrupt|popular|unpopular|angry|desperate|powerful)\b/i;
/** Speculation stated as if known: "were probably told to", "is likely behind". */
export const SPECULATION = /\b(?:probably|most likely|very likely|almost certainly|presumably|apparently|seemingly|must have|is likely (?:to have|behind)|are likely (?:to have|behind)|were likely)\b/i;
/** An assessment of someone's state stated as fact: "is having problems in", "is in trouble". */
export const ASSESSMENT = /\b(?:is|are|was|were|has been|have been)\s+(?:\w+\s+)?(?:having|facing|in|experiencing)\s+(?:\w+\s+)?(?:problems|trouble|difficulties|difficulty|crisis|turmoil|disarray|chaos)\b/i;
/** A vague history: "In the past, Russia helped…", "has long backed", "historically". */
export const HISTORY = /\b(?:in the past|historically|for (?:decades|centuries|generations)|traditionally|in former times|over the years|used to)\b/i;
/** How often, said of a group or a thing: "satellites often fail", "usually ends in". */
export const FREQUENCY = /\b(?:often|usually|always|rarely|seldom|frequently|regularly|commonly|typically|tends? to|tended to)\b/i;

export const HEDGED = /\b(?:may|might|could|perhaps|possibly|probably|reportedly|allegedly|apparently|seems?|seemed|appears?|appeared)\b/i;
