// Clause-level reading shared by the frame and the claim tools: verbs that carry little event of their
// own, subordinate clauses ("after it was found"), a reporting verb's noun object, a negated complement
// ("found that X was not negligent"), and what a light verb takes its event from.
import type { Predicate } from './frame-types.ts';
import type { Token } from './nlp.ts';
import { isEventNoun, isKnownPredicate } from './predicates.ts';
import { derivedVerb, isAgentNoun, isLocationNoun } from './wordnet.ts';

/** Verbs that carry little event of their own: "became the first country to join" is about joining. */
/** Verbs that deny the verb after them ("failed to agree", "refused to send"). */
export const NEGATING_VERBS = new Set(['fail', 'refuse', 'decline']);

/** Words that deny what follows them ("no agreement", "without casualties", "nobody was hurt"). */
export const DENIALS = new Set(['not', "n't", 'never', 'no', 'without', 'neither', 'nor', 'nothing', 'none', 'nobody']);

export const LIGHT_VERBS = new Set(['become', 'seem', 'fail', 'refuse', 'decline', 'choose', 'opt', 'appear', 'make', 'take', 'give', 'get', 'go', 'come', 'continue', 'try', 'seek', 'plan', 'want', 'expect', 'move', 'vote', 'decide', 'agree', 'begin', 'start', 'threaten', 'hope', 'aim', 'prepare', 'force', 'prompt', 'cause', 'carry', 'conduct', 'lock',
  // "went to the polls to elect …": the election is the event; with nothing after it, going to the polls is.
  'go poll']);

/** "began when …": a verb of beginning takes its event from the clause. */
export const ASPECTUAL = new Set(['begin', 'start', 'continue']);
export const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'although', 'though', 'if', 'until', 'unless', 'whereas', 'once']);

/** A verb inside a clause opened by "after", "when", "because" … and not yet closed by a comma. */
export function isSubordinate(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back >= 0; back--) {
    if ([',', ';', ':'].includes(tokens[back].text)) return false;
    if (SUBORDINATORS.has(tokens[back].lower)) return true;
  }
  return false;
}

/** "confirms its first outbreak", "announce their separation": a noun phrase, not a clause, follows. */
export function hasNounObject(tokens: Token[], index: number): boolean {
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next];
    // "a 30-day state of emergency": the hyphen of a compound before the noun.
    if ((['DET', 'PRON', 'ADJ', 'NUM'].includes(token.pos) && token.lower !== 'that') || (token.text === '-' && tokens[next - 1]?.pos === 'NUM')) continue;
    return token.pos === 'NOUN';
  }
  return false;
}

/**
 * "A jury found that Virginia Tech was not negligent", "declared him not guilty": a negated adjective in the
 * event's complement turns what is claimed around, though the verb itself is not negated.
 */
export function negatedComplement(tokens: Token[], index: number): boolean {
  for (let at = index + 1; at < tokens.length - 1; at++) {
    // A relative clause describes a noun of the complement ("a plan to tax residents who are not vaccinated").
    if ([',', ';', ':'].includes(tokens[at].text) || SUBORDINATORS.has(tokens[at].lower) || ['who', 'whom', 'whose', 'which'].includes(tokens[at].lower)) break;
    if (!['not', "n't", 'never'].includes(tokens[at].lower)) continue;
    const next = tokens[at + 1].pos === 'ADV' ? tokens[at + 2] : tokens[at + 1];
    if (next?.pos === 'ADJ') return true;
  }
  return false;
}

/** "took 1,300 adults and children hostage": a light verb and the complement that ends its phrase. */
export function lightVerbPhrase(tokens: Token[], index: number, base: string): string | undefined {
  for (let next = index + 1; next < Math.min(tokens.length, index + 12); next++) {
    const token = tokens[next];
    if (token.pos === 'VERB' || (token.pos === 'PUNCT' && token.text !== ',') || ['and', 'or'].includes(token.lower) && tokens[next + 1]?.pos === 'VERB') return undefined;
    // A preposition ends the phrase only right after the verb ("came to $30 billion", not "came out against a plan to rescue").
    if (['ADP', 'PART'].includes(token.pos) && next > index + 1) continue;
    // "takes 8 Oscars": a plural kept whole as a name is its singular too.
    // "hold North Korea talks": the phrase may be known with the plural ("hold talks").
    const phrase = [`${base} ${token.lemma}`, `${base} ${token.lower.replace(/s$/, '')}`, `${base} ${token.lower}`].find(isKnownPredicate);
    if (phrase) return phrase;
  }
  return undefined;
}

/** Acts done to someone that a verb of receiving carries ("got a three-match ban" is being banned), by their verb. */
const RECEIVED_ACTS = new Map([['ban', 'ban'], ['sentence', 'sentence'], ['fine', 'fine'], ['suspension', 'suspend'], ['pardon', 'pardon'], ['warning', 'warn'], ['reprimand', 'reprimand'], ['censure', 'censure'], ['indictment', 'indict'], ['award', 'award'], ['approval', 'approve']]);
const TERMS = new Set(['year', 'month', 'week', 'day']);

/**
 * "got a three-match ban", "received a suspended sentence", "got 40 years in prison": a verb of receiving whose
 * object is an act done to its subject; the subject undergoes that act (read as its passive).
 */
export function receivedAct(tokens: Token[], index: number): string | undefined {
  if (tokens[index].pos !== 'VERB' || !['get', 'receive'].includes(tokens[index].lemma)) return undefined;
  for (let next = index + 1; next < Math.min(tokens.length, index + 7); next++) {
    const token = tokens[next];
    // "40 years", "life": a term is a sentence.
    if (token.pos === 'NUM' && TERMS.has(tokens[next + 1]?.lemma ?? '')) return 'sentence';
    // "a three-match ban": the words a hyphen joins describe the noun after them.
    const joined = token.text === '-' && tokens[next - 1]?.end === token.start && tokens[next + 1]?.start === token.end;
    if (joined) {
      next++;
      continue;
    }
    if (!['DET', 'NUM', 'ADJ', 'NOUN', 'PRON'].includes(token.pos) && !(token.pos === 'VERB' && /ed$/.test(token.lower) && tokens[next + 1]?.pos === 'NOUN')) return undefined;
    if (token.pos !== 'NOUN' || tokens[next + 1]?.pos === 'NOUN') continue;
    return RECEIVED_ACTS.get(token.lemma);
  }
  return undefined;
}

/**
 * Verbs that carry the act named by the noun after them, where there is one ("used its veto" is a veto, "lodged a
 * complaint" a complaint); without one they are events of their own ("used tear gas").
 */
export const SUPPORT_VERBS = new Set(['use', 'exercise', 'lodge', 'file', 'issue', 'offer', 'voice', 'express', 'air', 'submit', 'tender', 'hand']);

/** Verbs of expressing: the feeling or stance after them is the event, whatever noun it is ("voiced anger" / "expresses anger"). */
const EXPRESSING = new Set(['voice', 'express', 'air']);

/** "invading Russian forces": a people's word and the armed people or forces a participle before them describes. */
export function describesForces(tokens: Token[], index: number): boolean {
  const [people, noun] = [tokens[index + 1], tokens[index + 2]];
  return people?.pos === 'PROPN' && noun?.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && (noun.lemma === 'force' || isAgentNoun(noun.lemma));
}

/**
 * "strikes off the coast of Japan", "sank off Cebu": "off" before a shore or a place's name says where, not which
 * phrasal verb ("struck off the list" is removing).
 */
export function offPlace(tokens: Token[], index: number): boolean {
  if (tokens[index + 1]?.lower !== 'off') return false;
  const next = tokens[index + 2];
  const noun = next?.pos === 'DET' ? tokens[index + 3] : next;
  return noun !== undefined && ((noun.pos === 'PROPN' && next === noun) || (noun.pos === 'NOUN' && isLocationNoun(noun.lemma)));
}

/** The event a verb of SUPPORT_VERBS carries: the act named by the noun after it, or what it expresses. */
export function supportedEvent(tokens: Token[], index: number): string | undefined {
  const event = eventNounAfter(tokens, index);
  if (event || !EXPRESSING.has(tokens[index].lemma)) return event;
  for (let next = index + 1; next < Math.min(tokens.length, index + 6); next++) {
    const token = tokens[next];
    if (QUOTES.has(token.text) || ['DET', 'PRON', 'ADJ', 'ADV'].includes(token.pos)) continue;
    return token.pos === 'NOUN' && tokens[next + 1]?.pos !== 'NOUN' && /^\p{L}+$/u.test(token.lemma) ? token.lemma : undefined;
  }
  return undefined;
}

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/** "became a member", "made a visit": a light verb takes its event from the noun after it. */
export function eventNounAfter(tokens: Token[], index: number): string | undefined {
  for (let next = index + 1; next < Math.min(tokens.length, index + 7); next++) {
    const token = tokens[next];
    // "voiced its \"resolute opposition\"": a quotation mark around the noun phrase.
    if (QUOTES.has(token.text)) continue;
    // "carried out two air strikes": the verb's particle comes before its object.
    // "handed in his resignation": so is a support verb's.
    if (next === index + 1 && (['out', 'up'].includes(token.lower) || (['in', 'over'].includes(token.lower) && tokens[index].lemma === 'hand'))) continue;
    // "went on strike": the light verb's preposition before the event noun.
    if (next === index + 1 && token.lower === 'on' && tokens[index].lemma === 'go') continue;
    // "were locked in heavy fighting": what they are locked in.
    if (next === index + 1 && token.lower === 'in' && tokens[index].lemma === 'lock') continue;
    if (token.pos === 'VERB' || token.pos === 'PUNCT' || token.pos === 'ADP') return undefined;
    // "two air strikes": the compound's head names the event; "the union's": a possessor names none.
    if (token.pos !== 'NOUN' || tokens[next + 1]?.pos === 'NOUN' || /^['’]s$/.test(tokens[next + 1]?.text ?? '')) continue;
    if (token.lemma === 'member' && tokens[index].lemma === 'become') return 'join';
    // "became the EU's 28th member state".
    if (tokens[next - 1]?.lemma === 'member' && tokens[index].lemma === 'become' && ['state', 'country', 'nation'].includes(token.lemma)) return 'join';
    if (isEventNoun(token.lemma) || isKnownPredicate(token.lemma)) return token.lemma;
    // "forced the abandonment of the match", "made a full disclosure": the verb the noun is made from.
    const verb = derivedVerb(token.lemma) ?? derivedVerb(token.lower);
    return verb !== undefined && isKnownPredicate(verb) ? verb : undefined;
  }
  return undefined;
}

/**
 * A verb's past the tagger called an adjective, with a clause after it rather than a noun it would describe
 * ("teenagers drowned as they rushed", not "decriminalized prostitution").
 */
export function isPastReadAsAdjective(tokens: Token[], index: number): boolean {
  return tokens[index]?.pos === 'ADJ' && /ed$/.test(tokens[index].lower) && !['NOUN', 'ADJ', 'PROPN'].includes(tokens[index + 1]?.pos ?? '');
}

/** ", shaking buildings": a participle after a comma describes the event before it rather than adding one. */
export function isTrailingParticiple(tokens: Token[], index: number): boolean {
  return /ing$/.test(tokens[index]?.lower ?? '') && tokens.slice(0, index).some((token) => token.text === ',');
}

/** Particles that make a phrasal verb with the verb before them ("shut down", "call off", "hand back"). */
export const PARTICLES = new Set(['off', 'down', 'up', 'out', 'back', 'over', 'away']);

/**
 * "called the strike off", "shut the plant down", "turned the offer down": a phrasal verb the event groups
 * know, its particle after a short object (determiners, numbers, nouns, names) rather than right after it.
 */
export function separatedParticle(tokens: Token[], index: number): string | undefined {
  if (tokens[index].pos !== 'VERB') return undefined;
  // "turned himself in": a reflexive object before the particle, "in" too.
  if (/^(him|her|them|it|my|our|your)sel(f|ves)$/.test(tokens[index + 1]?.lower ?? '') && isKnownPredicate(`${tokens[index].lemma} ${tokens[index + 2]?.lower}`)) return `${tokens[index].lemma} ${tokens[index + 2].lower}`;
  for (let next = index + 2; next < Math.min(tokens.length, index + 6); next++) {
    const token = tokens[next];
    if (PARTICLES.has(token.lower)) {
      const phrase = `${tokens[index].lemma} ${token.lower}`;
      return isKnownPredicate(phrase) ? phrase : undefined;
    }
    if (!['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'SYM', 'PRON'].includes(token.pos)) return undefined;
  }
  return undefined;
}

/** Words that open a participle's clause sharing the main clause's subject ("…, while accusing the government of …"). */
const PARTICIPLE_OPENERS = new Set(['while', 'after', 'before', 'when', 'since', 'by', 'whilst']);

/**
 * "Guaidó says the country has collapsed, while accusing the government of murdering 17 people": a participle
 * opened by "while", "after", "by" … with no subject of its own has the subject of the verb before it.
 */
export function withSharedSubjects(tokens: Token[], predicates: Predicate[]): Predicate[] {
  return predicates.map((predicate) => {
    const { index } = predicate;
    if (predicate.agents.length > 0 || !/ing$/.test(tokens[index].lower) || tokens[index].pos !== 'VERB' || !PARTICIPLE_OPENERS.has(tokens[index - 1]?.lower ?? '')) return predicate;
    const before = predicates.find((other) => other.index < index && other.agents.length > 0 && tokens[other.index].pos === 'VERB' && !/ing$/.test(tokens[other.index].lower));
    return before ? { ...predicate, agents: before.agents } : predicate;
  });
}
