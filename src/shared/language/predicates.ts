// What an event's verb means, for comparing two reports of an event: verbs (and their nouns) grouped by
// the event they name, each group's opposite direction, and the converses that swap who did what to whom
// ("A loses to B" is "B beats A"). Lemmas come from the NLP model, so inflections need no entries here.

export interface PredicateSense {
  /** The event group ("join", "win", "increase", …), or the lemma itself when it belongs to none. */
  key: string;
  /** Every group the word belongs to ("strike" is an attack and a hit). */
  keys: string[];
  /** True when the verb states the group's event with agent and patient swapped ("lose" for "win"). */
  converse: boolean;
}

const GROUPS: Record<string, string[]> = {
  join: ['join', 'rejoin', 'return', 'accede', 'accession', 'membership', 'admit', 'enter', 'ratify accession'],
  leave: ['leave', 'withdraw', 'withdrawal', 'exit', 'quit', 'secede', 'pull out', 'expel', 'suspend membership', 'flee'],
  // "pledged to keep Venezuela in the Commission" / "vows to withdraw Venezuela from it".
  stay: ['remain', 'stay', 'keep'],
  buy: ['buy', 'acquire', 'purchase', 'take over', 'acquisition', 'takeover'],
  // "Voters go to the polls in the election" is the election held.
  hold: ['hold', 'stage', 'host', 'take place', 'go poll'],
  cancel: ['cancel', 'postpone', 'call off', 'scrap', 'cancellation', 'drop', 'axe', 'shelve'],
  land: ['land', 'touch down', 'landing'],
  disappear: ['disappear', 'vanish', 'go missing', 'disappearance'],
  delay: ['delay', 'postpone', 'defer', 'push back', 'put off', 'postponement', 'turn back', 'move back', 'set back'],
  expedite: ['bring forward', 'move up', 'move forward', 'expedite'],
  win: ['win', 'award', 'defeat', 'beat', 'elect', 'reelect', 're-elect', 'victory', 'clinch', 'retain', 'top', 'edge', 'overcome', 'oust', 'unseat', 'rout', 'trounce', 'thrash', 'knock out', 'hold off', 'see off', 'outlast', 'outplay', 'upset', 'eliminate', 'take title', 'claim title', 'take gold', 'claim gold',
    // "takes 8 Oscars", "took the cup": taking a prize or a contest is winning it.
    'take silver', 'take bronze', 'take medal', 'take cup', 'take championship', 'take crown', 'take prize', 'take award', 'take oscar', 'take trophy', 'take race', 'take stage', 'take seat'],
  increase: ['increase', 'rise', 'raise', 'grow', 'climb', 'jump', 'soar', 'surge', 'hike', 'gain', 'expand', 'boost', 'double', 'triple', 'widen', 'upgrade'],
  decrease: ['decrease', 'fall', 'drop', 'cut', 'lower', 'decline', 'plunge', 'reduce', 'slash', 'shrink', 'tumble', 'slump', 'halve', 'narrow', 'slide', 'slip', 'dip', 'stumble', 'plummet', 'sag', 'downgrade'],
  approve: ['approve', 'pass', 'ratify', 'adopt', 'endorse', 'accept', 'legalize', 'legalise', 'authorize', 'authorise', 'uphold', 'permit', 'allow', 'enact', 'sign into law'],
  reject: ['reject', 'defeat', 'veto', 'block', 'vote down', 'turn down', 'rebuff', 'spurn', 'overturn', 'strike down', 'refuse', 'deny', 'dismiss', 'scrap', 'repeal', 'annul', 'invalidate'],
  // Doing away with something ("dissolves all armed groups", "abolishes the death penalty") is banning it.
  ban: ['ban', 'prohibit', 'outlaw', 'criminalize', 'criminalise', 'forbid', 'bar', 'embargo', 'dissolve', 'disband', 'abolish'],
  // Letting people do what was barred ("permits prisoners to vote" against "prisoners barred from voting").
  unban: ['lift', 'unban', 'unblock', 'decriminalize', 'decriminalise', 'end ban', 'legalize', 'legalise', 'drop', 'permit', 'allow'],
  // Putting on a list or taking off one ("adds peas to the list of rationed foods" / "removes peas from it").
  add: ['add', 'include', 'insert'],
  // "withdrew her lawsuit" / "drops her lawsuit".
  remove: ['remove', 'delete', 'exclude', 'strike off', 'take off', 'delist', 'drop', 'withdraw'],
  evacuate: ['evacuate', 'clear out', 'evacuation'],
  protest: ['protest', 'rally', 'demonstrate', 'demonstration', 'march', 'gather'],
  propose: ['propose', 'offer', 'put forward', 'proposal', 'bid'],
  // Marking a day or an anniversary ("Germany marks 175 years since …" / "celebrates").
  commemorate: ['commemorate', 'celebrate', 'mark'],
  // Putting money into a system ("pumped £4.4 billion into" / "injects").
  inject: ['inject', 'pump'],
  // Going after someone ("went after the fighters fleeing it" / "pursue fleeing forces").
  pursue: ['pursue', 'chase', 'go after', 'hunt down'],
  // Bringing something about ("led to evacuations" / "prompting evacuations", "sparked protests").
  cause: ['cause', 'lead to', 'prompt', 'trigger', 'spark', 'provoke', 'result in', 'bring about'],
  // Talks that get nowhere ("stalled", "are deadlocked").
  stall: ['stall', 'deadlock', 'stalemate'],
  establish: ['establish', 'set up', 'create', 'found', 'creation', 'establishment', 'formation'],
  // Going past a mark ("passed six million signatures", "topped two million").
  exceed: ['exceed', 'surpass', 'top', 'pass', 'overtake', 'outstrip'],
  appear: ['appear', 'show up', 'turn up', 'resurface', 'reappear', 'appearance'],
  surrender: ['surrender', 'turn in', 'hand in', 'give up'],
  fight: ['fight', 'clash', 'battle', 'skirmish', 'fighting'],
  fire: ['fire', 'sack', 'dismiss', 'axe', 'lay off'],
  open: ['open', 'reopen', 'inaugurate', 'restore', 'unblock', 'switch on', 'turn on', 'keep open'],
  close: ['close', 'shut', 'shut down', 'shut off', 'switch off', 'turn off', 'closure', 'block', 'suspend', 'restrict', 'decommission'],
  arrest: ['arrest', 'detain', 'capture', 'catch', 'apprehend', 'seize', 'jail', 'imprison', 'round up', 'recapture'],
  seize: ['seize', 'capture', 'take hostage', 'hold hostage', 'take captive', 'take prisoner', 'kidnap', 'abduct', 'hostage', 'kidnapping', 'abduction', 'siege', 'take control', 'take town', 'take city', 'take village', 'take base', 'take airport', 'retake', 'recapture'],
  destroy: ['destroy', 'collapse', 'bring down', 'topple', 'raze', 'demolish', 'flatten', 'destruction', 'dismantle'],
  // Letting out a prisoner, or a report ("will be released to the public" / "made public").
  release: ['release', 'free', 'freed', 'pardon', 'parole', 'rescue', 'set free', 'let go', 'make public'],
  convict: ['convict', 'conviction', 'sentence', 'find guilty', 'guilty', 'jail', 'imprison'],
  acquit: ['acquit', 'acquittal', 'clear', 'exonerate'],
  start: ['start', 'begin', 'launch', 'initiate', 'resume', 'restart', 'commence', 'restore', 'open', 'reinstate', 'kick off', 'roll out'],
  stop: ['stop', 'end', 'halt', 'suspend', 'cease', 'pause', 'terminate', 'abandon', 'sever', 'break off', 'cut off'],
  impose: ['impose', 'introduce', 'levy', 'slap', 'implement', 'reimpose'],
  tighten: ['tighten', 'toughen', 'strengthen', 'intensify', 'harden', 'escalate', 'step up'],
  ease: ['ease', 'loosen', 'relax', 'soften', 'easing', 'relaxation'],
  kill: ['kill', 'death', 'slay', 'claim life', 'leave dead', 'execute', 'put death', 'murder', 'assassinate', 'shoot dead', 'shoot death', 'stab death', 'beat death', 'gun down'],
  // "opened fire on demonstrators" / "fire on protesters": shooting at them, not dismissing anyone.
  attack: ['attack', 'strike', 'bomb', 'shell', 'raid', 'assault', 'airstrike', 'open fire', 'fire on', 'fire upon'],
  // An invasion starts a war once; attacks recur ("Russia invaded Ukraine" is not a later strike on Kyiv).
  invade: ['invade', 'invasion'],
  resign: ['resign', 'step down', 'resignation', 'quit', 'quit post', 'retire', 'retirement'],
  urge: ['urge', 'call on', 'call for', 'press', 'appeal', 'exhort', 'demand', 'ask', 'implore', 'request'],
  hospitalize: ['hospitalize', 'hospitalise', 'hospitalization', 'take hospital'],
  face: ['face', 'stand', 'undergo'],
  // Coming through an attack alive ("escaped an attempt on his life" / "survives an assassination attempt").
  survive: ['survive', 'escape', 'pull through'],
  // An amount a sum comes to ("would come to $30 billion" / "will total $30 billion").
  total: ['total', 'come to', 'amount to', 'add up to', 'reach'],
  replace: ['replace', 'succeed', 'take over from', 'successor'],
  appoint: ['appoint', 'name', 'nominate', 'tap', 'swear in', 'install', 'designate', 'make president', 'make chairman', 'make leader'],
  sign: ['sign', 'conclude', 'agree', 'agreement', 'deal', 'strike deal', 'reach agreement', 'reach deal'],
  confirm: ['confirm', 'acknowledge'],
  describe: ['describe', 'call', 'characterize', 'characterise', 'dub'],
  support: ['support', 'back', 'endorse', 'favour', 'favor', 'prop up', 'come out for', 'speak out for'],
  attend: ['attend', 'participate', 'take part'],
  boycott: ['boycott', 'stay away', 'snub', 'shun', 'skip'],
  oppose: ['oppose', 'object', 'condemn', 'criticize', 'criticise', 'come out against', 'speak out against'],
  meet: ['meet', 'visit', 'host', 'hold talks', 'talk', 'sit down', 'meeting'],
  travel: ['travel', 'arrive', 'fly', 'journey', 'visit', 'tour'],
  announce: ['announce', 'say', 'state', 'declare', 'report', 'tell', 'claim', 'testify', 'accord'],
  // Verbs that put forward what a clause after them says ("findings indicate that the pilot tried …", "warned that
  // the country could face …"): like "say", they frame the event rather than being one.
  assert: ['indicate', 'suggest', 'warn', 'insist', 'estimate', 'assert', 'argue'],
  hit: ['hit', 'strike', 'jolt', 'rock', 'devastate', 'batter', 'ravage', 'make landfall', 'come ashore', 'slam into'],
  deploy: ['deploy', 'redeploy', 'dispatch', 'send', 'send back', 'station', 'deployment'],
  // Keeping something going or longer ("extends the ceasefire", "presses ahead with the plan"), against ending or cutting it.
  // Going on with it ("would keep importing", "continues to fund") is the opposite of stopping or suspending it.
  extend: ['extend', 'prolong', 'renew', 'press ahead', 'push ahead', 'go ahead', 'keep up', 'extension', 'renewal', 'continue', 'keep', 'carry on', 'maintain', 'stay on'],
  // A law or an agreement taking effect ("enters into force"), not anyone joining anything.
  'take effect': ['take effect', 'come into effect', 'go into effect', 'enter into force', 'come into force', 'enter force'],
  build: ['build', 'rebuild', 'construct', 'reconstruct', 'erect', 'construction', 'reconstruction'],
  // Giving back what was cut, stopped or closed ("restores allowances that had been cut").
  restore: ['restore', 'reinstate', 'restoration', 'reinstatement', 'reintroduce', 'reintroduction'],
  crash: ['crash', 'collide', 'derail', 'sink', 'capsize', 'plough into', 'plow into'],
  explode: ['explode', 'detonate', 'go off', 'blow up', 'explosion', 'detonation', 'blast'],
  write: ['write', 'send letter', 'pen letter'],
  infect: ['contract', 'catch', 'infect'],
  confess: ['confess', 'admit', 'plead guilty', 'own up', 'confession'],
  deny: ['deny', 'denial'],
  sue: ['sue', 'file lawsuit', 'lawsuit'],
  charge: ['charge', 'indict', 'accuse', 'prosecute', 'allege', 'allegedly', 'alleged', 'suspect'],
};

/** Each group's opposite: "Finland left NATO" contradicts "Finland joins NATO". */
const OPPOSITES: [string, string][] = [
  ['join', 'leave'], ['increase', 'decrease'], ['approve', 'reject'], ['ban', 'unban'], ['open', 'close'],
  ['arrest', 'release'], ['convict', 'acquit'], ['start', 'stop'], ['impose', 'unban'], ['support', 'oppose'],
  ['stay', 'leave'], ['hold', 'cancel'], ['open', 'stop'], ['seize', 'release'], ['tighten', 'ease'], ['confess', 'deny'], ['delay', 'expedite'],
  ['deploy', 'leave'], ['extend', 'stop'], ['extend', 'decrease'], ['build', 'destroy'], ['attend', 'boycott'], ['tighten', 'stop'], ['restore', 'decrease'], ['restore', 'stop'], ['restore', 'close'], ['restore', 'cancel'],
  ['add', 'remove'], ['extend', 'cancel'],
  // Going past a mark against falling below it ("passes five million" / "fell below five million"); starting what
  // was cancelled ("restarted the talks" / "cancel the planned talks").
  ['exceed', 'decrease'], ['start', 'cancel'],
];

/** Verbs that name a group's event with the roles swapped: "A loses to B" = "B wins against A". */
// "X died", "X lost his life": the one who dies is the one killed.
const CONVERSES: Record<string, string> = { lose: 'win', concede: 'win', 'take office': 'appoint', die: 'kill', dead: 'kill', 'lose life': 'kill' };

/** Predicates with two parties whose order matters (who beat whom, who attacked whom). */
const TWO_PARTY = new Set(['win', 'attack', 'invade', 'arrest', 'seize', 'charge', 'sue', 'convict', 'acquit', 'appoint', 'impose']);

const BY_WORD = new Map<string, string[]>();
for (const [key, words] of Object.entries(GROUPS)) for (const word of words) BY_WORD.set(word, [...new Set([...(BY_WORD.get(word) ?? []), key])]);
const OPPOSITE_OF = new Map<string, string[]>();
for (const [left, right] of OPPOSITES) {
  OPPOSITE_OF.set(left, [...(OPPOSITE_OF.get(left) ?? []), right]);
  OPPOSITE_OF.set(right, [...(OPPOSITE_OF.get(right) ?? []), left]);
}

/** The event a lemma (or a two-word phrase such as "step down") names. */
export function senseOf(lemma: string): PredicateSense {
  const converse = Object.hasOwn(CONVERSES, lemma) ? CONVERSES[lemma] : undefined;
  if (converse) return { key: converse, keys: [converse], converse: true };
  const keys = BY_WORD.get(lemma) ?? [lemma];
  return { key: keys[0], keys, converse: false };
}

/** Nouns that name an event outright ("Finland's accession", "his resignation"). */
const EVENT_NOUNS = new Set(['accession', 'membership', 'withdrawal', 'exit', 'victory', 'death', 'invasion', 'closure', 'resignation', 'conviction', 'acquittal', 'agreement', 'deal', 'lawsuit', 'airstrike', 'ban', 'release', 'arrest', 'attack', 'launch', 'increase', 'decrease', 'cut', 'rise', 'fall', 'approval', 'rejection', 'veto']);

export function isEventNoun(lemma: string): boolean {
  return EVENT_NOUNS.has(lemma);
}

/** Verbs that open a phrase of their own further on ("left 94 people dead", "found him guilty"). */
const PHRASE_HEADS = new Set([...BY_WORD.keys(), ...Object.keys(CONVERSES)].filter((word) => word.includes(' ')).map((word) => word.split(' ')[0]));

export function opensPhrase(lemma: string): boolean {
  return PHRASE_HEADS.has(lemma);
}

export function isKnownPredicate(lemma: string): boolean {
  return BY_WORD.has(lemma) || Object.hasOwn(CONVERSES, lemma);
}

export function oppositesOf(key: string): string[] {
  return OPPOSITE_OF.get(key) ?? [];
}

/** Whether two predicates name the same event (any shared group), opposite events, or neither. */
export function relateSenses(left: string[], right: string[]): 'same' | 'opposite' | undefined {
  if (left.some((key) => right.includes(key))) return 'same';
  if (left.some((key) => oppositesOf(key).some((opposite) => right.includes(opposite)))) return 'opposite';
  return undefined;
}

export function isTwoParty(key: string): boolean {
  return TWO_PARTY.has(key);
}

/** Words that name a group's event, and its opposite's, for searching: contradicting evidence is found too. */
export function searchWordsFor(key: string): { same: string[]; opposite: string[] } {
  const single = (words: string[] = []) => words.filter((word) => !word.includes(' '));
  const converses = Object.entries(CONVERSES).filter(([, target]) => target === key).map(([word]) => word);
  return { same: [...single(GROUPS[key] ?? [key]), ...converses], opposite: single(oppositesOf(key).flatMap((opposite) => GROUPS[opposite] ?? [])) };
}

/** Reporting verbs frame an event rather than being one ("NATO says Finland will join"). */
export function isReporting(key: string): boolean {
  return key === 'announce' || key === 'assert' || key === 'confirm';
}
