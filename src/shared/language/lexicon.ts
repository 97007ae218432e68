// Word lists the heuristic stages share: stance cues, query expansions and category keywords.

/** Words that ask for positions: "who supports", "which countries oppose", "what do X say". */
export const POSITION_CUES = /\b(support|supports|oppose|opposes|opposed|stance|stances|position|positions|for or against|in favou?r|views? (?:on|of)|say about|said about|think about|back|backs|reject|rejects|object|objects|block|blocks)\b/i;

/** Synonym groups used to widen sub-queries; each word maps to its group. */
const EXPANSION_GROUPS = [
  ['join', 'joining', 'joined', 'joins', 'membership', 'accession', 'accede', 'member', 'bid', 'admit', 'enlargement', 'expansion'],
  ['support', 'supports', 'backs', 'endorses', 'welcomes', 'favours'],
  ['oppose', 'opposes', 'rejects', 'blocks', 'veto', 'objects', 'against'],
  ['reasons', 'reason', 'why', 'because', 'cites', 'concerns', 'warns'],
  ['ceasefire', 'truce', 'armistice'],
  ['sanctions', 'sanction', 'embargo'],
  ['election', 'elections', 'vote', 'ballot', 'poll'],
  ['war', 'invasion', 'conflict', 'offensive', 'attack'],
  ['tariff', 'tariffs', 'duties', 'trade'],
  ['vaccine', 'vaccines', 'vaccination', 'immunization'],
  ['climate', 'emissions', 'warming', 'carbon'],
  ['killed', 'dead', 'deaths', 'casualties', 'death'],
  ['won', 'win', 'wins', 'champions', 'title', 'victory', 'winner'],
  ['pope', 'papacy', 'papal', 'pontiff'],
];

const EXPANSIONS = new Map<string, string[]>();
for (const group of EXPANSION_GROUPS) for (const word of group) EXPANSIONS.set(word, group.filter((other) => other !== word));

export function expansionsOf(word: string): string[] {
  return EXPANSIONS.get(word.toLowerCase()) ?? [];
}

/** Words that mark the proposition a stance is about ("joining" → the accession group). "member" alone
 * is too loose ("NATO member states"), so it only counts in "become a member" (see stance.ts). */
export function propositionWords(word: string): string[] {
  const lower = word.toLowerCase();
  const group = EXPANSION_GROUPS.find((candidates) => candidates.includes(lower));
  if (!group) return [lower];
  const words = [lower, ...group.filter((other) => other !== lower && other !== 'member')];
  return group.includes('accession') ? [...words, 'map'] : words;
}

/** Verbs a question uses for an event its sources name otherwise: "how much did X pay for Y" asks what X bought Y for. */
const EVENT_ALIASES: Record<string, string[]> = { pay: ['buy'], spend: ['buy'], sell: ['buy'], cost: ['buy'], die: ['kill'], lose: ['win'] };

export function eventAliasesOf(lemma: string): string[] {
  return EVENT_ALIASES[lemma] ?? [];
}

/**
 * Kinds of incident: a question about "the Lisbon earthquake" is answered by a report of an earthquake, not of
 * a plane crash near Lisbon. Each group holds the words a source may use for that kind.
 */
const INCIDENT_GROUPS = [
  ['earthquake', 'quake', 'tremor', 'aftershock', 'tsunami'],
  ['hurricane', 'storm', 'cyclone', 'typhoon', 'tornado'],
  ['flood', 'flooding', 'floods', 'landslide', 'mudslide'],
  ['fire', 'blaze', 'wildfire', 'wildfires', 'bushfire', 'fires'],
  ['explosion', 'blast', 'explode', 'explodes', 'exploded'],
  ['eruption', 'erupt', 'erupts', 'volcano'],
  ['shooting', 'gunman', 'gunmen', 'shot', 'shoot', 'shoots', 'massacre', 'attack', 'attacks'],
  ['bombing', 'bomb', 'bomber', 'bombs', 'explosion', 'blast', 'attack', 'attacks'],
  ['crash', 'crashes', 'crashed', 'collision', 'collide', 'collides', 'derail', 'derails', 'derailment'],
  ['referendum', 'plebiscite'],
];
const INCIDENT_NOUNS = new Map(INCIDENT_GROUPS.map((group) => [group[0], group]));

const INCIDENT_KIND = new Map(INCIDENT_GROUPS.flatMap((group) => group.map((word) => [word, group[0]] as const)).reverse());

/** The kind of incident a word names, by its group's first word ("quake" → earthquake); undefined for other words. */
export function incidentKindOf(word: string): string | undefined {
  return INCIDENT_KIND.get(word);
}

/** The words for an incident noun's kind ("earthquake" → earthquake, quake, tremor, …); undefined for other nouns. */
export function incidentGroupOf(lemma: string): string[] | undefined {
  return INCIDENT_NOUNS.get(lemma);
}

export const CATEGORY_KEYWORDS: Record<string, string[]> = {
  'conflict and security': ['war', 'invasion', 'military', 'troops', 'attack', 'nato', 'missile', 'ceasefire', 'army', 'terror', 'terrorist', 'weapons', 'defence', 'defense', 'airstrike', 'airstrikes', 'killed', 'militants', 'insurgents', 'nuclear'],
  'politics and elections': ['election', 'elections', 'president', 'parliament', 'vote', 'party', 'minister', 'government', 'coalition', 'referendum', 'prime', 'senate', 'congress', 'impeachment', 'campaign'],
  'international relations': ['diplomatic', 'summit', 'treaty', 'sanctions', 'alliance', 'relations', 'embassy', 'foreign', 'membership', 'accession', 'un', 'eu', 'bilateral'],
  'economy and business': ['economy', 'inflation', 'tariff', 'tariffs', 'trade', 'market', 'gdp', 'bank', 'interest', 'recession', 'stocks', 'company', 'oil', 'prices', 'debt', 'budget', 'tax'],
  'health': ['health', 'vaccine', 'virus', 'covid', 'pandemic', 'disease', 'hospital', 'outbreak', 'cancer', 'drug', 'medical', 'ebola', 'cholera'],
  'science and technology': ['science', 'space', 'nasa', 'research', 'ai', 'technology', 'satellite', 'scientists', 'study', 'internet', 'software', 'launch'],
  'climate and environment': ['climate', 'emissions', 'warming', 'environment', 'carbon', 'pollution', 'wildfire', 'drought', 'flood', 'floods', 'hurricane', 'earthquake'],
  'law and justice': ['court', 'trial', 'judge', 'law', 'lawsuit', 'sentenced', 'convicted', 'supreme', 'ruling', 'indicted', 'police', 'arrested'],
  'sport': ['football', 'soccer', 'olympics', 'cup', 'match', 'tournament', 'championship', 'league', 'score', 'game', 'final'],
};

/** Stance cue words, by the direction they push a stance toward the proposition. */
export const STANCE_SUPPORT = new Set([
  'support', 'supports', 'supported', 'supporting', 'back', 'backs', 'backed', 'endorse', 'endorses', 'endorsed', 'welcome',
  'welcomes', 'welcomed', 'urge', 'urges', 'urged', 'request', 'requests', 'requested', 'favour', 'favours', 'favor', 'favors',
  'approve', 'approves', 'approved', 'ratify', 'ratifies', 'ratified', 'hasten', 'accelerate', 'fast-track', 'pledge',
  'pledges', 'committed', 'commits', 'reaffirm', 'reaffirms', 'invite', 'invites', 'invited', 'promote', 'promotes', 'push',
  'pushes', 'advocate', 'advocates', 'assures', 'recognise', 'recognises', 'recognised', 'recognize', 'recognizes', 'recognized',
  'recognition', 'apply', 'applies', 'applied', 'application', 'applications', 'intent', 'congratulate', 'congratulates', 'praise', 'praises', 'praised',
]);

export const STANCE_OPPOSE = new Set([
  'oppose', 'opposes', 'opposed', 'opposing', 'opposition', 'reject', 'rejects', 'rejected', 'block', 'blocks', 'blocked',
  'veto', 'vetoes', 'vetoed', 'against', 'refuse', 'refuses', 'refused', 'barred', 'bar', 'bars', 'condemn', 'condemns',
  'condemned', 'object', 'objects', 'objected', 'never', 'not', 'no', "won't", "wouldn't", 'cannot', 'stop', 'stops',
  'halt', 'halts', 'abandon', 'abandons', 'abandoning', 'drop', 'dropping', 'drops', 'exclude', 'excludes', 'excluded',
  'deny', 'denies', 'denied', 'warn', 'warns', 'warned', 'threat', 'threatens', 'unacceptable', 'provocation', 'obstruct',
  'obstructs', 'freeze', 'freezes', 'condemning', 'denounce', 'denounces', 'denounced', 'criticise', 'criticises', 'criticised',
  'criticize', 'criticizes', 'criticized', 'disagree', 'disagrees', 'disagreed', 'disagreement', 'protest', 'protests', 'retaliatory',
  'retaliation', 'rejection', 'illegal', 'illegitimate', 'precedent', 'resigning', 'quits',
]);

export const STANCE_HEDGE = new Set([
  'consider', 'considers', 'considering', 'could', 'might', 'may', 'acknowledge', 'acknowledges', 'acknowledged', 'cautious',
  'caution', 'cautions', 'hesitant', 'conditions', 'conditional', 'unless', 'exchange', 'premature', 'wait',
]);

/** Phrases that are stance cues as a whole ("rules out", "calls on", "red line"): [phrase, direction]. */
export const STANCE_PHRASES: [RegExp, 'support' | 'oppose' | 'hedge'][] = [
  [/\brules? out\b/i, 'oppose'],
  [/\bred line\b/i, 'oppose'],
  [/\bcalls? (?:on|for)\b/i, 'support'],
  [/\bspeed(?:s)? up\b/i, 'support'],
  [/\bwill (?:eventually )?(?:become|join)\b/i, 'support'],
  [/\bnot yet\b/i, 'hedge'],
  [/\bin exchange for\b/i, 'hedge'],
];
