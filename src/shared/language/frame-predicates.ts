// A sentence's predicates: which tokens state an event (a verb, or a noun or participle the tagger misread), and
// each one's lemma, sense, mood and parties (who did it, to whom), read from the names around it.
import type { Token } from './nlp.ts';
import { describesForces, eventNounAfter, isPastReadAsAdjective, LIGHT_VERBS, lightVerbPhrase, NEGATING_VERBS, offPlace, PARTICLES, receivedAct, separatedParticle, SUPPORT_VERBS, supportedEvent } from './clauses.ts';
import { isHypothetical, isNegated, isPassive } from './verb-mood.ts';
import type { EventFrame, Predicate } from './frame-types.ts';
import type { NameMention } from './names.ts';
import { isEventNoun, isKnownPredicate, opensPhrase, oppositesOf, senseOf } from './predicates.ts';
import { hasSense } from './wordnet.ts';

const INVALIDATING = new Set(['unconstitutional', 'illegal', 'unlawful', 'invalid', 'void']);
/** "X is elected": the one elected is who wins. */
const ELECTED = new Set(['elect', 'reelect', 're-elect', 'award']);
/** The predicate's first patient is its object, right after it ("calls on the British government"), not in a phrase. */
function objectRightAfter(tokens: Token[], predicate: Predicate): boolean {
  const first = predicate.patients[0];
  if (!first) return false;
  const particle = predicate.lemma.includes(' ') ? 1 : 0;
  return tokens.slice(predicate.index + 1 + particle, first.index).every((token) => ['DET', 'ADJ'].includes(token.pos) || token.lower === 'that');
}

/** Verbs whose object is kept from what the gerund after "against" or "from" says: "warned officials against politicising". */
const HOLDING_BACK = new Set(['warn', 'caution', 'bar', 'ban', 'stop', 'prevent', 'block', 'discourage', 'deter', 'keep', 'prohibit', 'advise']);

/** Verbs whose object does what the infinitive after it says: "calls on the government to explain". */
const OBJECT_CONTROL = new Set(['urge', 'ask', 'order', 'force', 'tell', 'allow', 'persuade', 'invite', 'encourage', 'permit', 'require', 'compel', 'instruct', 'warn', 'give']);

function participleLemma(token: Token): string | undefined {
  return [token.lower.slice(0, -1), token.lower.slice(0, -2)].find((stemmed) => isKnownPredicate(stemmed));
}

function isPredicateToken(tokens: Token[], index: number, inName: Set<number>): boolean {
  const token = tokens[index];
  if (inName.has(index)) return false;
  // "President-elect", "so-called": a word hyphened to the one before is part of a compound, not an event.
  const before = tokens[index - 1];
  if (before?.text === '-' && before.start + 1 === token.start && tokens[index - 2]?.end === before.start) return false;
  // "the defending champion", "a ruling party": a participle between a determiner and its noun is an adjective.
  // "a kidnapped Hungarian civilian": a demonym or another describing word may come between.
  // "the defeated Islamic Court Union": or a name.
  const between = tokens[index - 1]?.pos === 'DET' && ['ADJ', 'PROPN'].includes(tokens[index + 1]?.pos ?? '') && ['NOUN', 'ADJ', 'PROPN'].includes(tokens[index + 2]?.pos ?? '');
  // "abducted by invading Russian forces": or a people's word before the noun.
  const described = tokens[index + 1]?.pos === 'NOUN' || describesForces(tokens, index);
  if (token.pos === 'VERB' && /(ing|ed)$/.test(token.lower) && (between || (described && ['DET', 'CCONJ', 'ADJ', 'PRON', 'ADP'].includes(tokens[index - 1]?.pos ?? '')))) return false;
  // "Deposed Libyan dictator Muammar Gaddafi is killed …": a past participle opening the sentence before the noun
  // phrase it describes, with the clause's verb after it.
  const opensDescribing = index === 0 && /ed$/.test(token.lower) && ['ADJ', 'PROPN', 'NOUN'].includes(tokens[1]?.pos ?? '') && tokens.slice(2).some((other) => other.pos === 'VERB' || other.pos === 'AUX');
  if (token.pos === 'VERB' && opensDescribing) return false;
  // "SpaceX's uncrewed Dragon": after a possessive, a participle describes the noun it comes before.
  if (token.pos === 'VERB' && /(ing|ed|en)$/.test(token.lower) && before?.pos === 'PART' && /^['’]s$/.test(before.text) && ['NOUN', 'PROPN', 'ADJ'].includes(tokens[index + 1]?.pos ?? '')) return false;
  if (token.pos === 'VERB') return true;
  // "Fidel Castro retired from …": a participle the tagger called an adjective.
  if (token.pos === 'ADJ' && /ed$/.test(token.lower) && ['PROPN', 'NOUN', 'PRON'].includes(tokens[index - 1]?.pos ?? '') && participleLemma(token) !== undefined) return true;
  // "Three Palestinian teenagers drowned as they rushed into the sea": any verb's past after its subject,
  // where a clause follows rather than a noun it would describe.
  if (isPastReadAsAdjective(tokens, index) && ['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? '') && hasSense(token.lemma, 'verb')) return true;
  // "The Houston Astros defeat the Philadelphia Phillies": an event's verb read as a noun between a name and
  // the next noun phrase.
  // So is one in the third person before its object ("Governor Mitch Daniels cuts government funding").
  const next = tokens[index + 1]?.pos ?? '';
  if (token.pos === 'NOUN' && isKnownPredicate(token.lemma) && inName.has(index - 1) && (['DET', 'PROPN', 'NUM'].includes(next) || (/[^s]s$/.test(token.lower) && token.lower !== token.lemma && ['NOUN', 'ADJ', 'NUM', 'SCONJ'].includes(next)))) return true;
  // "The Iraqi government demands the withdrawal …": after a common noun, a verb's third person before a
  // determiner (no noun phrase runs "government demands the").
  // Or before a plural noun ("a court overturns convictions").
  const plural = (other: Token | undefined) => other !== undefined && other.pos === 'NOUN' && /[^s]s$/.test(other.lower) && other.lower !== other.lemma;
  if (token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && token.lower !== token.lemma && before?.pos === 'NOUN' && !/s$/.test(before.lower) && (next === 'DET' || plural(tokens[index + 1])) && hasSense(token.lemma, 'verb')) return true;
  // "SpaceX's Dragon 2 docks with the ISS", "Apollo 11 lands on the Moon": after a name (and its number),
  // a third person before "with", "on", "at", "into".
  const named = inName.has(index - 1) || (before?.pos === 'NUM' && inName.has(index - 2));
  if (token.pos === 'NOUN' && named && /[^s]s$/.test(token.lower) && token.lower !== token.lemma && ['with', 'on', 'at', 'into', 'onto'].includes(tokens[index + 1]?.lower ?? '') && hasSense(token.lemma, 'verb')) return true;
  // So is a plural subject's verb ("Chadian troops rescue 85 hostages").
  if (token.pos === 'NOUN' && token.lower === token.lemma && before?.pos === 'NOUN' && /s$/.test(before.lower) && before.lower !== before.lemma && ['DET', 'NUM', 'PROPN'].includes(next) && isKnownPredicate(token.lemma)) return true;
  // Nouns that name an event ("Finland's accession to NATO") stand in when a sentence has no verb for it.
  return token.pos === 'NOUN' && isEventNoun(token.lemma);
}

/** Prepositions after which a name is still the verb's other party ("lost to B", "sanctions against B"). */
const PARTY_PREPOSITIONS = new Set(['to', 'against', 'over', 'into', 'on', 'from', 'with', 'between']);

export function predicateIndices(tokens: Token[], inName: Set<number>): number[] {
  return tokens.map((_, index) => index).filter((index) => isPredicateToken(tokens, index, inName) || afterNegatingVerb(tokens, index, inName));
}

/** "failed to land", "refused to send": the verb after the negating one, whatever the tagger called it. */
function afterNegatingVerb(tokens: Token[], index: number, inName: Set<number>): boolean {
  return !inName.has(index) && tokens[index - 1]?.lower === 'to' && NEGATING_VERBS.has(tokens[index - 2]?.lemma ?? '') && /^\p{L}+$/u.test(tokens[index].text);
}

/**
 * The source's reading of the event at a token the tagger did not call a verb ("protesters storm the
 * Capitol"): the predicate it would be, with its parties, if it were one.
 */
export function predicateAt(frame: EventFrame, index: number): Predicate | undefined {
  const indices = [...new Set([...predicateIndices(frame.tokens, frame.inName), index])].sort((left, right) => left - right);
  return predicatesIn(frame.tokens, frame.parties, frame.inName, indices).find((predicate) => predicate.index === index);
}

/** Verbs of a market's close, and the way a word after them says it went. */
const CLOSING_VERBS = new Set(['close', 'end', 'finish', 'settle']);
const CLOSED_AT = new Map([['above', 'rise'], ['higher', 'rise'], ['below', 'fall'], ['lower', 'fall']]);

/** Particles that make one verb with the verb before them in WordNet; not prepositions that only lead to an object. */
const WORDNET_PARTICLES = new Set(['into', 'out', 'off', 'down', 'up', 'over', 'back', 'away', 'through', 'apart', 'ahead', 'around', 'along']);

/** The event a predicate token names: its lemma, a phrase it opens, or the act a light or support verb carries. */
function predicateLemma(tokens: Token[], index: number): string {
  const token = tokens[index];
  // "with 200 missing": a state of the people counted, not the verb that is the opposite of hitting.
  if (token.lower === 'missing' && !['DET', 'NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[index + 1]?.pos ?? '')) return 'missing';
  // "was born in Kenya": being born, not "bear" (whose senses include tolerating and allowing); "a person born in
  // Guernsey" describes the person.
  if (token.lower === 'born' && tokens[index - 1]?.lemma === 'be') return 'born';
  const base = token.pos === 'ADJ' ? (participleLemma(token) ?? token.lemma) : token.lemma;
  // "handed in his resignation": a support verb's act comes before the phrase it opens.
  const supporting = SUPPORT_VERBS.has(base) && token.pos === 'VERB';
  const carried = supporting ? supportedEvent(tokens, index) : undefined;
  if (carried !== undefined) return carried;
  const received = receivedAct(tokens, index);
  if (received !== undefined) return received;
  if (offPlace(tokens, index)) return base;
  // "The Dow closes above 9000", "the rupee ended lower": a market's close says which way it went.
  const closing = CLOSING_VERBS.has(base) ? CLOSED_AT.get(tokens[index + 1]?.lower ?? '') : undefined;
  if (closing !== undefined && (tokens[index + 1]?.lower === 'higher' || tokens[index + 1]?.lower === 'lower' || tokens[index + 2]?.pos === 'NUM')) return closing;
  // "came out against": a verb, its particle and its preposition.
  const long = `${token.lemma} ${tokens[index + 1]?.lower ?? ''} ${tokens[index + 2]?.lower ?? ''}`;
  const phrase = isKnownPredicate(long) ? long : `${token.lemma} ${tokens[index + 1]?.lower ?? ''}`;
  if (isKnownPredicate(phrase)) return phrase;
  // "look into claims", "take out a page": a verb the event groups do not know, with a particle WordNet makes one
  // verb of it ("look into" is to investigate, "take out" to remove).
  const particle = tokens[index + 1]?.lower ?? '';
  // Not a particle that only says where to ("went down to Texas", "came back from Iraq").
  const directed = ['to', 'from'].includes(tokens[index + 2]?.lower ?? '');
  const joined = token.pos === 'VERB' && WORDNET_PARTICLES.has(particle) && !directed && !isKnownPredicate(base) && hasSense(`${base} ${particle}`, 'verb') ? `${base} ${particle}` : undefined;
  // A light verb's event noun comes first ("carried out two air strikes", "went into hiding").
  if (joined !== undefined && !LIGHT_VERBS.has(base)) return joined;
  const separated = separatedParticle(tokens, index);
  if (separated !== undefined) return separated;
  if (LIGHT_VERBS.has(base)) return lightVerbPhrase(tokens, index, base) ?? eventNounAfter(tokens, index) ?? (PARTICLES.has(particle) ? joined : undefined) ?? base;
  if (!supporting && token.pos === 'VERB' && opensPhrase(base)) return lightVerbPhrase(tokens, index, base) ?? base;
  return base;
}

export function predicatesIn(tokens: Token[], names: NameMention[], inName: Set<number>, indices: number[]): Predicate[] {
  const predicates: Predicate[] = [];
  indices.forEach((index, position) => {
    const token = tokens[index];
    const lemma = predicateLemma(tokens, index);
    // "loses over 200 points", "lost 5%": losing an amount is a fall, not a defeat.
    // Not a score ("lost 2-1 to Chelsea", "lost 3 – 0").
    const number = lemma === 'lose' ? tokens.slice(index + 1, index + 4).findIndex((next) => !['ADV', 'ADJ', 'ADP'].includes(next.pos) && next.lower !== 'more' && next.lower !== 'than') + index + 1 : -1;
    const amount = number > index && tokens[number].pos === 'NUM' && !/[-–]/.test(tokens[number].text) && !['-', '–', 'to'].includes(tokens[number + 1]?.text ?? '');
    const sense = amount ? senseOf('fall') : senseOf(lemma);
    const nextVerb = indices[position + 1] ?? tokens.length;
    // "got a three-match ban": the subject of a verb of receiving undergoes the act it receives.
    const passive = isPassive(tokens, index) || receivedAct(tokens, index) !== undefined;
    const before = subjectWindow(tokens, names, indices, position);
    // "took control of Kabul": the "of" after a phrase's own noun opens its object.
    const head = lemma.includes(' ') ? lemma.split(' ').at(-1) : undefined;
    const ownOf = head === undefined ? -1 : tokens.findIndex((other, at) => at > index && at <= index + 3 && other.lower === 'of' && tokens[at - 1]?.lemma === head);
    // "on their way to Afghanistan", "en route to Kabul": where the thing was going, not a party.
    const bound = (name: NameMention) => tokens[name.index - 1]?.lower === 'to' && ['way', 'route'].includes(tokens[name.index - 2]?.lower ?? '');
    // "…, injuring three, the UN refugee agency said": a name after a comma, right before the next verb, is that verb's subject.
    const nextSubject = (name: NameMention) => {
      const comma = tokens[name.index - 1]?.text === ',' || (tokens[name.index - 1]?.pos === 'DET' && tokens[name.index - 2]?.text === ',');
      return comma && nextVerb < tokens.length && tokens.slice(name.end ?? name.index + 1, nextVerb).every((token) => ['AUX', 'ADV', 'NOUN', 'ADJ', 'PROPN'].includes(token.pos));
    };
    const after = names.filter((name) => name.index > index && name.index < nextVerb && !isClauseBreak(tokens, index, name.index) && !insidePhrase(tokens, index, name.index, ownOf) && !bound(name) && !nextSubject(name));
    // Only the names of the "by" phrase: not one after another preposition ("by two F-16s back to Amsterdam").
    const by = tokens.findIndex((between, at) => at > index && between.lower === 'by');
    const byPhrase = after.filter((name) => by > 0 && by < name.index && !tokens.slice(by + 1, name.index).some((between) => between.pos === 'ADP' && between.lower !== 'of'));
    let agents = passive ? byPhrase : before;
    let patients = passive ? before : after;
    // "demanded that the British government explain": who is urged is the clause's subject.
    // "demanded in September 2021 that China stop": a time or place phrase may come between.
    const that = tokens.findIndex((other, at) => at > index && at <= index + 6 && other.lower === 'that' && tokens.slice(index + 1, at).every((between) => ['ADP', 'NUM', 'PROPN', 'DET', 'ADV'].includes(between.pos)));
    if (!passive && sense.keys.includes('urge') && that > index) patients = names.filter((name) => name.index > that && name.index < nextVerb);
    if (ELECTED.has(token.lemma)) [agents, patients] = passive ? [before, byPhrase] : [after.slice(0, 1), before];
    // A participle, an infinitive or an event noun shares its clause's subject: "Biden wins, defeating
    // Trump", "Denmark refuses to send troops", "the Pope announces his resignation".
    const dependent = /ing$/.test(token.lower) || tokens[index - 1]?.lower === 'to' || token.pos === 'NOUN' || /^(his|her|its|their)$/.test(tokens[index - 1]?.lower ?? '');
    // An infinitive or participle right after another verb's object takes that verb's subject, not its object;
    // a name after a comma or "with" is its own subject ("…, with Prime Minister Ana Brnabić becoming the first").
    const infinitive = tokens[index - 1]?.lower === 'to' || /ing$/.test(token.lower);
    // So is a name opening a clause of its own after "that" ("says that Iran is likely to get …").
    const lead = predicates.length > 0 ? before.find((name) => name.index > predicates.at(-1)!.index + 1 && [',', 'with', 'that'].includes(tokens[name.index - 1]?.lower ?? '')) : undefined;
    // After a passive with no name between, the passive's subject ("Wang was reported missing", "was forced to
    // resign"): the one reported missing is the one missing.
    const previous = predicates.at(-1);
    const shared = previous?.passive && previous.patients.length > 0 && !names.some((name) => name.index > previous.index && name.index < index) ? previous.patients : previous?.agents;
    // "Laos went to the polls to elect …": those who elect are, as in "Laotians vote to elect …", the other side of
    // the one elected (who wins).
    // "Turkey and Russia react angrily to the British government and demand …": a verb right after "and" shares the
    // subject of the verb before it; a name in that verb's prepositional phrase is not its subject.
    // So is the verb before's object ("The Taliban enters Kabul and seizes the palace").
    const coordinated = previous !== undefined && !previous.passive && tokens[index - 1]?.lower === 'and' && before.length > 0 && before.every((name) => name.index > previous.index && (previous.patients.includes(name) || tokens.slice(previous.index + 1, name.index).some((between) => between.pos === 'ADP')));
    // "calls on the British government to explain": the object of an urging verb does what it is urged to.
    // So does the object of a verb of holding back, of a gerund after "against" or "from" ("warned EU officials against
    // politicising the market", "barred the party from contesting").
    const quoted = /^["“‘']$/.test(tokens[index - 1]?.text ?? '') ? 1 : 0;
    const heldBack = /ing$/.test(token.lower) && ['against', 'from'].includes(tokens[index - 1 - quoted]?.lower ?? '') && previous !== undefined && HOLDING_BACK.has(previous.lemma);
    const urged = previous !== undefined && !previous.passive && ((tokens[index - 1]?.lower === 'to' && (OBJECT_CONTROL.has(previous.lemma) || previous.keys.includes('urge'))) || heldBack) && objectRightAfter(tokens, previous) && !names.some((name) => name.index > previous.patients.at(-1)!.index && name.index < index);
    if (!passive && coordinated) agents = previous.agents;
    else if (!passive && urged) agents = previous.patients;
    else if (!passive && previous && shared && dependent && ELECTED.has(token.lemma) && patients.length === 0) patients = shared;
    else if (!passive && previous && shared && dependent && (agents.length === 0 || (infinitive && token.pos === 'VERB' && !lead))) agents = shared;
    else if (!passive && dependent && infinitive && lead) agents = before.filter((name) => name.index >= lead.index);
    // "…, according to the UN refugee agency": who says so is the name after "to", not a subject before.
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') [agents, patients] = [after.slice(0, 1), []];
    if (sense.converse) [agents, patients] = [patients, agents];
    // "declares state bans on X unconstitutional": a ban struck down is a ban lifted.
    const struckDown = token.pos === 'NOUN' && tokens.slice(index + 1, index + 7).some((next) => INVALIDATING.has(next.lower));
    if (struckDown && sense.keys.some((key) => oppositesOf(key).length > 0)) {
      const keys = sense.keys.flatMap(oppositesOf);
      predicates.push({ lemma, key: keys[0], keys, converse: false, negated: isNegated(tokens, index), hypothetical: isHypothetical(tokens, index), passive, index, agents, patients });
      return;
    }
    // A verb WordNet joins to its particle ("paid off") still names its verb's event ("pays its last reparations").
    const keys = lemma.includes(' ') && !isKnownPredicate(lemma) && sense.keys.length === 1 ? [...sense.keys, lemma.split(' ')[0]] : sense.keys;
    predicates.push({ lemma, key: sense.key, keys, converse: sense.converse, negated: isNegated(tokens, index), hypothetical: isHypothetical(tokens, index), passive, index, agents, patients });
  });
  return predicates;
}

/**
 * Names between the previous verb and this one. A participle opening an aside ("Loughner, accused of
 * murder in the Tucson shootings, is found …") is not a clause boundary, so the subject before it counts.
 */
function subjectWindow(tokens: Token[], names: NameMention[], indices: number[], position: number): NameMention[] {
  const index = indices[position];
  // An aside opens with a comma before the participle ("Ibrahim Ali, a Syrian refugee living in Canada, is
  // charged"), with no verb between, and closes with one before this verb.
  const opened = (at: number) => {
    const comma = tokens.slice(0, at).findLastIndex((token) => token.text === ',');
    return comma >= 0 && !tokens.slice(comma + 1, at).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  };
  // A gerund after a preposition belongs to the aside ("Mousavi-Majd, convicted of spying for the United States …,
  // is executed"), and so do the names in it.
  const ownVerb = (token: Token, at: number, gerunds: boolean) => token.pos === 'VERB' && token !== tokens[index] && !(gerunds && /ing$/.test(token.lower) && tokens[at - 1]?.pos === 'ADP');
  const asideWith = (at: number, gerunds: boolean) => opened(at) && /(ed|en|ing)$/.test(tokens[at].lower) && tokens.slice(at + 1, index).some((token) => token.text === ',') && !tokens.slice(at + 1, index).some((token, offset) => ownVerb(token, at + 1 + offset, gerunds));
  const aside = (at: number) => asideWith(at, true);
  // Only such an aside is set aside whole: one without a gerund may name the subject ("…, known only as \"Franko\", becomes").
  const opening = indices.slice(0, position).find((at) => asideWith(at, true) && !asideWith(at, false));
  const span = opening === undefined ? undefined : [tokens.slice(0, opening).findLastIndex((token) => token.text === ','), tokens.slice(0, index).findLastIndex((token) => token.text === ',')];
  // "Ajmal Kasab, the only gunman to survive the attacks on Mumbai, was hanged": a phrase set off by commas after a
  // name, opening with a determiner or an adjective, that ends right before this verb (or its auxiliaries) describes
  // that name; its names and events are no subject of this verb.
  const close = tokens.slice(0, index).findLastIndex((token) => token.text === ',');
  const closesHere = close > 0 && tokens.slice(close + 1, index).every((token) => ['AUX', 'ADV', 'PART'].includes(token.pos));
  const open = closesHere ? tokens.slice(0, close).findLastIndex((token) => token.text === ',') : -1;
  const apposition = open > 0 && names.some((name) => (name.end ?? name.index + 1) === open) && ['DET', 'ADJ'].includes(tokens[open + 1]?.pos ?? '') && !tokens.slice(open + 1, close).some((token) => ['and', 'or', 'who', 'which', 'that'].includes(token.lower) || token.pos === 'AUX');
  const inAside = (at: number) => (span !== undefined && at > span[0] && at < span[1]) || (apposition && at > open && at < close);
  const previous = indices.slice(0, position).filter((at) => !aside(at) && !inAside(at)).at(-1) ?? -1;
  // "During Kyrgyzstan's Tulip Revolution in March 2005, protesters took over Osh": a phrase fronted with a
  // preposition and closed by a comma names the setting, not the subject.
  const comma = tokens.findIndex((token) => token.text === ',');
  const fronted = comma > 0 && comma < index && ['ADP', 'SCONJ'].includes(tokens[0].pos) && !tokens.slice(comma + 1, index).some((token) => token.pos === 'VERB');
  // "Talpiot Tomb: Film director James Cameron claims …": a label before a colon is no subject of what follows it.
  const colon = tokens.slice(0, index).findLastIndex((token) => token.text === ':');
  // "…, a US defence official said": a noun phrase between a comma and the verb is the whole subject.
  const phrase = tokens.slice(close + 1, index);
  // Opened by a determiner or a common word, not a name going on from the one before the comma ("The Philadelphia,
  // Pennsylvania, City Council approves").
  const ownPhrase = close > previous && (phrase[0]?.pos === 'DET' || /^\p{Ll}/u.test(phrase[0]?.text ?? '')) && phrase.some((token) => ['NOUN', 'PROPN'].includes(token.pos)) && phrase.every((token) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(token.pos));
  const from = Math.max(fronted ? Math.max(previous, comma) : previous, colon, ownPhrase ? close : -1);
  // "Voters in Tanzania, including Tanganyika and Zanzibar, go to the polls": names an aside of examples gives
  // between commas are not the subject.
  const example = (at: number) => {
    const open = tokens.slice(0, at).findLastIndex((token) => token.text === ',');
    return open > from && EXAMPLES.has(tokens[open + 1]?.lower ?? '') && tokens.slice(at, index).some((token) => token.text === ',');
  };
  // "Shahram Amiri, a scientist who worked on Iran's nuclear programme, defected …": nor are names in a relative
  // clause set off by commas.
  const relativeAside = (at: number) => {
    const open = tokens.slice(0, at).findLastIndex((token) => token.text === ',');
    return open > from && tokens.slice(open + 1, at).some((token) => ['who', 'which', 'whose'].includes(token.lower)) && tokens.slice(at, index).some((token) => token.text === ',');
  };
  // "Russian strikes on Kherson … killed 7", "protesters in Cairo clashed": a place phrase after the subject's noun is
  // where, not who.
  // So are the names joined to it ("on Kherson and Zaporizhzhia").
  const located = (name: NameMention): boolean => {
    if (['on', 'in', 'at', 'near'].includes(tokens[name.index - 1]?.lower ?? '')) return tokens[name.index - 2]?.pos === 'NOUN';
    const joined = ['and', ','].includes(tokens[name.index - 1]?.lower ?? '') ? names.find((other) => (other.end ?? other.index + 1) === name.index - 1) : undefined;
    return joined !== undefined && located(joined);
  };
  const window = names.filter((name) => name.index > from && name.index < index && !example(name.index) && !inAside(name.index) && !relativeAside(name.index) && !located(name));
  // "Prince Philip, … the husband of Queen Elizabeth II, dies": a name the subject is said to be related to ("the
  // husband of", "a son of") is no subject beside the one it describes.
  // "Saif al-Islam Gaddafi, son of Libya's former leader Muammar Gaddafi, …": a relative named with "son of", past the
  // words describing them, neither.
  const kin = (name: NameMention) => {
    let back = name.index - 1;
    while (back > 0 && back >= name.index - 6 && tokens[back].lower !== 'of' && (['ADJ', 'NOUN', 'PROPN'].includes(tokens[back].pos) || /^['’]s$/.test(tokens[back].text))) back--;
    return tokens[back]?.lower === 'of' && RELATIVES.has(tokens[back - 1]?.lemma ?? '');
  };
  const related = (name: NameMention) => kin(name) || (tokens[name.index - 1]?.lower === 'of' && tokens[name.index - 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[name.index - 2].text) && tokens[name.index - 3]?.pos === 'DET');
  const own = window.filter((name) => !related(name));
  return own.length > 0 ? own : window;
}

/** Kin a person is named by ("son of …", "the widow of …"). */
const RELATIVES = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'widow', 'widower', 'nephew', 'niece', 'cousin', 'grandson', 'granddaughter', 'uncle', 'aunt', 'child']);

/** Words opening an aside of examples: ", including …,", ", such as …,", ", among them …,". */
const EXAMPLES = new Set(['including', 'such', 'among', 'notably', 'especially']);

/** A name behind a preposition that does not introduce the other party ("in the final of the U.S. Open"). */
function insidePhrase(tokens: Token[], from: number, to: number, allowed = -1): boolean {
  return tokens.slice(from + 1, to).some((token, offset) => token.pos === 'ADP' && !PARTY_PREPOSITIONS.has(token.lower) && token.lower !== 'by' && from + 1 + offset !== allowed);
}

function isClauseBreak(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from + 1, to).some((token) => token.text === ';' || token.pos === 'SCONJ' || (token.lower === 'which' || token.lower === 'who'));
}
