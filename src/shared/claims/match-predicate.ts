// Which of a source sentence's predicates states the claim's event: the same or the opposite event by the event
// groups, a word of its kind the tagger did not call a verb, else a word WordNet relates; and how two events relate.
import { describesForces, LIGHT_VERBS, PARTICLES } from '../language/clauses.ts';
import { incidentKindOf } from '../language/lexicon.ts';
import type { EventFrame, Predicate } from '../language/event-frame.ts';
import { findName } from '../language/compare-names.ts';
import { predicateAt } from '../language/frame-predicates.ts';
import { isKnownPredicate, isReporting, relateSenses, senseOf } from '../language/predicates.ts';
import { antonyms, broaderWords, dictionaryCase, hasSense, isAgentNoun, isParticleVariant, relatedWords } from '../language/wordnet.ts';

/**
 * The source's predicate for the claim's event: of those naming the same event (any shared group), the
 * one whose parties overlap the claim's most; else the opposite event; else a word of the same event
 * the tagger did not call a verb ("protesters storm the Capitol").
 */
export function matchPredicate(claim: EventFrame, source: EventFrame): Predicate | undefined {
  const main = claim.main;
  if (!main) return undefined;
  const parties = [...main.agents, ...main.patients];
  const overlap = (predicate: Predicate) => parties.filter((party) => findName([...predicate.agents, ...predicate.patients], party)).length;
  const best = (candidates: Predicate[]) => [...candidates].sort((left, right) => overlap(right) - overlap(left) || right.agents.length + right.patients.length - (left.agents.length + left.patients.length))[0];
  // An event only expected, intended or threatened in the source is not the event the claim says happened.
  const asserted = source.predicates.filter((predicate) => predicate.hypothetical === main.hypothetical || !predicate.hypothetical);
  const same = best(asserted.filter((predicate) => relateSenses(main.keys, predicate.keys) === 'same'));
  const opposite = best(asserted.filter((predicate) => relateSenses(main.keys, predicate.keys) === 'opposite'));
  // "Finland left NATO" against "… approve Finland's accession to NATO, leaving Turkey as the last member to approve":
  // the event about the claim's parties is the claim's, though another of the same kind is mentioned.
  // Not where the opposite is the noun the same event undoes ("a year-long ban was lifted", "lifts the ban").
  const undone = same !== undefined && opposite !== undefined && source.tokens[opposite.index]?.pos === 'NOUN' && Math.abs(opposite.index - same.index) <= 3;
  // Where it is, the sentence says too little of who did which for either to stand.
  if (same && opposite && overlap(opposite) > overlap(same)) return undone ? undefined : opposite;
  if (same) return same;
  if (opposite) return opposite;
  // A word of the claim's event group the tagger did not make a predicate ("announces the creation of an office"),
  // before a verb WordNet only loosely relates ("coordinate" as a way to "set up").
  // Not where the source has the event only as expected (below).
  const expectedOnly = !main.hypothetical && source.predicates.some((predicate) => predicate.hypothetical && relateSenses(main.keys, predicate.keys) !== undefined);
  const grouped = expectedOnly ? undefined : scanFor(source, main.lemma, (form) => relateSenses(main.keys, senseOf(form).keys) !== undefined || (main.lemma.includes(' ') && form === main.lemma));
  if (grouped && (!grouped.hypothetical || main.hypothetical)) return grouped;
  // Outside the event groups, WordNet: a synonym or derived form ("separate" / "their separation"), or an antonym.
  const related = best(asserted.filter((predicate) => relateEvents(main, predicate) === 'same')) ?? best(asserted.filter((predicate) => relateEvents(main, predicate) === 'opposite'));
  if (related) return related;
  // "A third explosion hit the plant" / "There is a third explosion at the plant": an event noun that the claim's
  // verb of impact has for subject is the event.
  const happening = eventSubject(claim, main);
  if (happening) {
    // "quake strikes" / "an earthquake is reported": a word of the same kind of incident too.
    const happens = (lemma: string) => relateSenses(senseOf(happening).keys, senseOf(lemma).keys) === 'same' || (incidentKindOf(happening) !== undefined && incidentKindOf(happening) === incidentKindOf(lemma));
    const named = source.tokens.findIndex((token) => token.pos === 'NOUN' && happens(token.lemma));
    const stating = best(asserted.filter((predicate) => happens(predicate.lemma))) ?? (named >= 0 ? predicateAt(source, named) : undefined);
    if (stating && !stating.hypothetical) return stating;
  }
  // "Delta says it will cancel all flights to Europe" against "United cancelled all flights to Europe": an event
  // announced as coming identifies the event the claim says happened, only to refute it (Comparison.intended).
  // Only an announcement made ("says it will cancel"), not one expected ("is expected to announce its intention to
  // join"): the announcing verb is itself asserted and the event comes right after "will" or "would".
  // "announces it is to tighten some rules": "is to" announces it as well. Its opposite announced refutes the claim too
  // ("eased the rules" / "is to tighten" them).
  const willDo = (predicate: Predicate) => ['will', 'would'].includes(source.tokens[predicate.index - 1]?.lower ?? '') || (source.tokens[predicate.index - 1]?.lower === 'to' && ['is', 'are'].includes(source.tokens[predicate.index - 2]?.lower ?? ''));
  const announcedAs = (relation: 'same' | 'opposite') => best(source.predicates.filter((predicate) => predicate.hypothetical && willDo(predicate) && !main.hypothetical && relateSenses(main.keys, predicate.keys) === relation && source.predicates.some((other) => isReporting(other.key) && !other.hypothetical && other.index < predicate.index)));
  const announced = announcedAs('same') ?? announcedAs('opposite');
  if (announced) return announced;
  // The source has the event only as expected ("a poll showing that a majority will vote"): a noun of its
  // kind elsewhere in the sentence is not the event having happened.
  if (expectedOnly) return undefined;
  // "Ban warned that atrocities had been committed" / "Ban warns that \"atrocities\" have occurred": what one
  // speaker said in other words is found by the saying, its words then compared as the claim's other words.
  const saying = claim.predicates.find((predicate) => predicate !== main && isReporting(predicate.key) && predicate.agents.length > 0);
  // Not where either side says it with an event of a known kind: "would expand NFL Europa" / "will close it" differ.
  const said = saying && asserted.find((predicate) => isReporting(predicate.key) && relateSenses(saying.keys, predicate.keys) === 'same' && saying.agents.every((agent) => findName(predicate.agents, agent)));
  const plain = (predicate: Predicate) => isReporting(predicate.key) || !isKnownPredicate(predicate.lemma);
  if (said && plain(main) && source.predicates.every(plain)) return said;
  // Not a word naming a party ("ruled" / "by the government"): a body or a person is no event.
  const found = scanFor(source, main.lemma, (form) => !isAgentNoun(form) && relateOutsideGroups(main.lemma, form) === 'same');
  return found && (!found.hypothetical || main.hypothetical) ? found : undefined;
}

/** The source's reading at the first word any form of which `fits` the claim's event, whatever the tagger called it. */
function scanFor(source: EventFrame, lemma: string, fits: (form: string) => boolean): Predicate | undefined {
  // The tagger may leave a verb unlemmatised ("boat capsizes" as a noun): its bare forms are tried too.
  const forms = (token: { lemma: string; lower: string; pos: string }) => [token.lemma, ...['s', 'es', 'd', 'ed'].filter((ending) => token.lower.endsWith(ending)).map((ending) => token.lower.slice(0, -ending.length)), ...phrasalNoun(token)];
  const phrase = (at: number) => forms(source.tokens[at]).map((form) => `${form} ${source.tokens[at + 1]?.lower ?? ''}`);
  // A capital that only opens the sentence ("Clashes break out between police and …") is a common word too.
  const common = (token: { pos: string; lower: string }, at: number) => token.pos !== 'PROPN' || (at === 0 && [token.lower, token.lower.replace(/e?s$/, '')].some((form) => dictionaryCase(form) === 'common'));
  // "a leader of the defeated Islamic Court Union": a participle between a determiner and what it describes is no event.
  // Nor one after a preposition before the people it describes ("abducted by invading Russian forces").
  const pos = (at: number) => source.tokens[at]?.pos ?? '';
  const attributive = (at: number) => (pos(at - 1) === 'DET' && /(ed|en)$/.test(source.tokens[at].lower) && ['ADJ', 'PROPN', 'NOUN'].includes(pos(at + 1)))
    || (pos(at - 1) === 'ADP' && /ing$/.test(source.tokens[at].lower) && describesForces(source.tokens, at));
  // An auxiliary is no event ("will" is no bequest, "may" no month).
  const index = source.tokens.findIndex((token, at) => token.pos !== 'AUX' && (!source.inName.has(at) || at === 0) && !attributive(at) && common(token, at) && [...forms(token), ...phrase(at)].some(fits));
  const found = index >= 0 ? predicateAt(source, index) : undefined;
  // Not a word inside a phrase that names another event ("enters into force" is no joining); the claim's own verb
  // opening the phrase is its event still ("took Kabul" / "took control").
  const other = found !== undefined && found.lemma.includes(' ') && !found.lemma.startsWith(`${lemma} `) && !fits(found.lemma) && !found.keys.some(fits);
  return other ? undefined : found;
}

/** Verbs saying what an event did to a place or people ("hit", "rocked", "left … dead", "destroyed"). */
const IMPACT = new Set(['hit', 'kill', 'destroy']);
const IMPACT_VERBS = new Set(['leave', 'cause', 'damage', 'injure', 'wound', 'rock', 'devastate', 'flood']);

/** The event noun heading the subject of a claim's verb of impact ("A third explosion in four days hit …"). */
function eventSubject(claim: EventFrame, main: Predicate): string | undefined {
  if (!main.keys.some((key) => IMPACT.has(key)) && !IMPACT_VERBS.has(main.lemma)) return undefined;
  for (let back = main.index - 1; back >= Math.max(0, main.index - 6); back--) {
    const token = claim.tokens[back];
    if (token.pos === 'VERB' || token.pos === 'PUNCT') return undefined;
    if (token.pos === 'NOUN' && (isKnownPredicate(token.lemma) || incidentKindOf(token.lemma) !== undefined) && !IMPACT.has(senseOf(token.lemma).key)) return token.lemma;
  }
  return undefined;
}

/**
 * A noun made of a verb and its particle ("a lockdown", "a flyby", "the crackdown", "a sell-off"): the verb
 * and the phrasal verb it names ("lock", "lock down").
 */
function phrasalNoun(token: { lower: string; pos: string }): string[] {
  if (token.pos !== 'NOUN') return [];
  // "by" only joined to its verb ("flyby"): after an object it is a preposition, so not among PARTICLES.
  const particle = [...PARTICLES, 'by'].find((candidate) => token.lower.endsWith(candidate));
  const verb = particle === undefined ? undefined : token.lower.slice(0, -particle.length).replace(/-$/, '');
  return verb !== undefined && /^\p{Ll}{2,}$/u.test(verb) && hasSense(verb, 'verb') ? [verb, `${verb} ${particle}`] : [];
}

/** How a source predicate relates to the claim's event: by the event groups, else by WordNet. */
export function relateEvents(main: Predicate, predicate: Predicate): 'same' | 'opposite' | undefined {
  return relateSenses(main.keys, predicate.keys) ?? (receives(main) && receives(predicate) ? 'same' : relateOutsideGroups(main.lemma, predicate.lemma));
}

/**
 * The source's predicate with its roles as the claim's verb would give them: "Lena Orlova receives asylum"
 * (the receiver acts) against "was granted asylum" (the receiver is the patient).
 */
export function receiverSide(main: Predicate | undefined, predicate: Predicate | undefined): Predicate | undefined {
  if (!main || !predicate || relateSenses(main.keys, predicate.keys) !== undefined || !receives(main) || !receives(predicate) || main.passive === predicate.passive) return predicate;
  return { ...predicate, agents: predicate.patients, patients: predicate.agents };
}

/**
 * "Lautoka and Nadi were locked down" against "Fiji's cities of Lautoka and Nadi enter into a lockdown": the names
 * before an event noun may undergo it as readily as do it. For a claim naming only who it was done to, the noun
 * has no sides: the claim's parties are found where the sentence names them.
 */
export function undergoerSide(claim: EventFrame, source: EventFrame, predicate: Predicate | undefined): Predicate | undefined {
  const main = claim.main;
  if (!main || !predicate || source.tokens[predicate.index]?.pos !== 'NOUN' || main.agents.length > 0 || main.patients.length === 0 || predicate.patients.length > 0) return predicate;
  return { ...predicate, agents: [], patients: [] };
}

const GIVING = new Set(['give', 'grant', 'award', 'offer', 'hand', 'accord']);
const RECEIVING = new Set(['get', 'receive', 'obtain', 'gain', 'earn']);

/** "Iran is granted observer status" / "Iran gets observer status": a gift said from its receiver's side. */
function receives(predicate: Predicate): boolean {
  return (GIVING.has(predicate.lemma) && predicate.passive) || (RECEIVING.has(predicate.lemma) && !predicate.passive);
}

/** Verbs so wide that a kind of them says nothing of the event ("vote" is a way to "take", "choose" one to "make"). */
const VAGUE_VERBS = new Set(['take', 'make', 'get', 'give', 'go', 'come', 'have', 'do', 'put', 'set',
  // "died" is one sense of "suffer", which is said of a defeat, losses and pain as well.
  'suffer']);

/** Verbs too general to name a kind of event a narrower verb is ("coordinate" is a way to "set"). */
/** Verbs too general to name a kind of event on their own ("set fire to", "put out"). */
export function isGeneralVerb(lemma: string): boolean {
  return LIGHT_VERBS.has(lemma) || GENERAL_VERBS.has(lemma);
}

const GENERAL_VERBS = new Set(['set', 'put', 'place', 'do', 'have', 'change', 'act', 'use', 'handle', 'deal', 'arrange', 'fix', 'turn', 'run', 'hold', 'keep', 'bring', 'let']);

/**
 * Two words the event groups do not both know, by WordNet, read from the claim's word: its synonym or
 * derived form ("separate" / "separation", "sack" / "dismiss") is the same event, an antonym the opposite.
 * Only the claim word's own senses count: "delay" lists "hold" among its senses, but "held" the Olympics
 * is not "delayed" them.
 */
function relateOutsideGroups(claimed: string, stated: string): 'same' | 'opposite' | undefined {
  if (isKnownPredicate(claimed) && isKnownPredicate(stated)) return undefined;
  // A synonym or derived form of the claim's word, or a kind of the claim's event ("convene" is a way to "meet");
  // not a kind of a light verb ("headquarter" is a way to "give").
  // Or the source word's synonym the claim uses in a later sense ("fired" a TV official / "sacks" him), where
  // neither is a light verb ("held" the Olympics is not "delayed" them; "gave a speech" is no "headquarters").
  // Verbs too general to name a kind of event ("coordinate" is a way to "set", "strike" one to "do").
  const synonymOfStated = !LIGHT_VERBS.has(stated) && !LIGHT_VERBS.has(claimed) && !isKnownPredicate(stated) && relatedWords(stated, 'verb').has(claimed);
  if (claimed !== stated && !isParticleVariant(claimed, stated) && ((relatedWords(claimed, 'verb').has(stated) && !VAGUE_VERBS.has(stated)) || synonymOfStated || (broaderWords(stated, 'verb').has(claimed) && !isGeneralVerb(claimed)))) return 'same';
  if (antonyms(claimed, 'verb').has(stated) || antonyms(stated, 'verb').has(claimed)) return 'opposite';
  return undefined;
}
