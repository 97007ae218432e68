// Which of a sentence's predicates is the event it reports: a full verb of the main clause before a
// subordinate clause's, before a participle describing a noun, before a light or reporting verb; an
// approving verb takes its direction from the ban or rule it governs; a negated complement turns it round.
import { ASPECTUAL, hasNounObject, isPastReadAsAdjective, isSubordinate, isTrailingParticiple, LIGHT_VERBS, NEGATING_VERBS, negatedComplement, SUBORDINATORS } from './clauses.ts';
import type { Predicate } from './frame-types.ts';
import type { Token } from './nlp.ts';
import { isEventNoun, isKnownPredicate, isReporting, oppositesOf, senseOf } from './predicates.ts';

/** Words that qualify an event: how many, how often, how far ("first", "only", "all", "record"). */
export const QUALIFIER_WORDS = new Set([
  'first', 'only', 'all', 'every', 'entire', 'entirely', 'whole', 'record', 'unanimous', 'unanimously', 'sole', 'solely', 'always',
  'completely', 'totally', 'permanently', 'most', 'majority', 'landslide', 'historic', 'single', 'alone', 'sweeping', 'ever', 'never-before', 'both',
]);

/** An adjective's superlative, inflected ("oldest", "highest"), not the word itself ("honest" is its own lemma). */
export function isSuperlativeForm(token: { pos: string; lower: string; lemma: string }): boolean {
  return token.pos === 'ADJ' && token.lower !== token.lemma && /est$/.test(token.lower);
}

/** Verbs of finding out, which put forward the clause after "that". */
const EVIDENTIAL = new Set(['find', 'show', 'reveal', 'conclude', 'determine', 'establish', 'discover', 'prove']);

function withComplementPolarity(tokens: Token[], main: Predicate | undefined): Predicate | undefined {
  return main && negatedComplement(tokens, main.index) ? { ...main, negated: !main.negated } : main;
}

/** Light verbs whose noun object is the event they report ("begin exercises", "conduct raids"). */
const OBJECT_EVENT_VERBS = new Set([...ASPECTUAL, 'conduct', 'carry']);

/** The event a sentence reports: a full verb first, then an event noun, then a light or reporting verb. */
function mainPredicate(tokens: Token[], predicates: Predicate[]): Predicate | undefined {
  // "A study found that the metals occur naturally": a verb of finding before its clause frames the event, as "says" does.
  const framing = (predicate: Predicate) => EVIDENTIAL.has(predicate.lemma) && tokens[predicate.index + 1]?.lower === 'that';
  const eventful = predicates.filter((predicate) => !isReporting(predicate.key) && !LIGHT_VERBS.has(predicate.lemma) && !framing(predicate));
  // "The plane carrying Prigozhin crashed": a participle right after a noun describes it; the finite verb is the event.
  // So does a past participle after a noun, once a verb came before it ("agreed to seek … over tax evasion revealed in the Pandora Papers").
  const describing = (predicate: Predicate) => {
    const { index } = predicate;
    if (!['NOUN', 'PROPN'].includes(tokens[index - 1]?.pos ?? '')) return false;
    // "Syrian army troops backed by Russian warplanes attacked …": so does one before "by" with the clause's verb after it.
    const reduced = tokens[index + 1]?.lower === 'by' && predicates.some((other) => other.index > index && tokens[other.index].pos === 'VERB');
    // Not after a verb that itself describes a noun ("An aircraft carrying 60 people crashed near …").
    const ownVerbBefore = () => predicates.some((other) => other.index < index && tokens[other.index].pos === 'VERB' && !beforeClause.has(other.index) && !(/ing$/.test(tokens[other.index].lower) && ['NOUN', 'PROPN'].includes(tokens[other.index - 1]?.pos ?? '')));
    return /ing$/.test(tokens[index].lower) || (/(ed|en)$/.test(tokens[index].lower) && tokens[index + 1]?.pos === 'ADP' && (reduced || ownVerbBefore())) || beforeClause.has(index);
  };
  // The verbs that may be a clause's own after a word: finite, not a participle in "-ing" nor an infinitive.
  const clauseVerbsAfter = (index: number) => predicates.filter((other) => other.index > index && tokens[other.index].pos === 'VERB' && !/ing$/.test(tokens[other.index].lower) && tokens[other.index - 1]?.lower !== 'to');
  // "A car bomb planted near a checkpoint … failed to explode", "Protesters arrested in Tarn were released": a past
  // participle after a noun and before its phrase, with the clause's own verb after it and nothing between that
  // joins a clause (a comma, "and", "who", "after").
  const beforeClauseVerb = (index: number) => {
    const token = tokens[index];
    if (token.lower === token.lemma || /(ing|s)$/.test(token.lower) || tokens[index + 1]?.pos !== 'ADP') return false;
    // Not a participle before its noun ("a collapsed mine", "the planned opening").
    const attributive = (at: number) => ['DET', 'ADJ'].includes(tokens[at - 1]?.pos ?? '');
    const next = clauseVerbsAfter(index).find((other) => !attributive(other.index));
    if (next === undefined) return false;
    const between = tokens.slice(index + 1, next.index);
    // The participle's phrase names something ("near a checkpoint", "in Tarn"), not only a particle ("called off the").
    return between.some((token) => token.pos === 'NOUN' || token.pos === 'PROPN') && !between.some((token) => [',', ';', '-', '–', '—'].includes(token.text) || ['CCONJ', 'SCONJ', 'VERB'].includes(token.pos) || ['who', 'which', 'that'].includes(token.lower) || SUBORDINATORS.has(token.lower));
  };
  const beforeClause = new Set(predicates.filter((predicate) => beforeClauseVerb(predicate.index)).map((predicate) => predicate.index));
  // "…, the first ever detected in Europe", "were the first ever found in the United States": a participle
  // after a qualifier phrase describes what was first; it is not the event.
  const qualified = (predicate: Predicate) => {
    const { index } = predicate;
    if (tokens[index].lower === tokens[index].lemma || tokens[index - 1]?.lower === 'to') return false;
    // "in the first tornado ever recorded in Mexico": right after "ever" and its qualifier.
    // Where an event came before it ("died … in the first tornado ever recorded"; not "made her the first woman ever elected").
    const eventBefore = predicates.some((other) => other.index < index && tokens[other.index].pos === 'VERB' && !LIGHT_VERBS.has(other.lemma));
    if (eventBefore && tokens[index - 1]?.lower === 'ever' && tokens[index - 2]?.pos === 'NOUN' && tokens.slice(Math.max(0, index - 5), index - 1).some((token) => QUALIFIER_WORDS.has(token.lower))) return true;
    // The phrase opens at a comma or a dash ("… in a single day - the most any country has ever recorded").
    const since = tokens.slice(0, index).findLastIndex((token) => [',', '-', '–', '—'].includes(token.text)) + 1;
    const phrase = tokens.slice(since, index);
    return phrase.some((token, at) => QUALIFIER_WORDS.has(token.lower) && phrase[at - 1]?.pos === 'DET') && !phrase.some((token) => token.pos === 'VERB');
  };
  // "Paul Rusesabagina, whose story inspired the film, faced …", "Rahim, the al-Qaeda man who helped bin
  // Laden get away, was transferred …": a relative clause's verb describes a name.
  const relative = (predicate: Predicate) => {
    const since = tokens.slice(0, predicate.index).findLastIndex((token) => token.text === ',');
    const between = tokens.slice(since + 1, predicate.index);
    // "Jaycee Dugard, who went missing in 1991, was found": a light verb before the event word is the clause's too.
    return since >= 0 && between.length <= 6 && between.some((token) => ['who', 'whose', 'which'].includes(token.lower)) && !between.some((token) => token.pos === 'VERB' && !LIGHT_VERBS.has(token.lemma));
  };
  // "Jason Dalton, accused of the Kalamazoo shooting, never admitted guilt": a participle right after a name's
  // comma, closed by a second comma before the clause's own verb, describes the name.
  const apposed = (predicate: Predicate) => {
    const { index } = predicate;
    // An irregular participle too (", held hostage in Iraq for four months,").
    if (tokens[index - 1]?.text !== ',' || !['PROPN', 'NOUN'].includes(tokens[index - 2]?.pos ?? '') || !(/(ed|en|ing)$/.test(tokens[index].lower) || (tokens[index].lower !== tokens[index].lemma && !/s$/.test(tokens[index].lower)))) return false;
    const close = tokens.findIndex((token, at) => at > index && token.text === ',');
    return close > 0 && predicates.some((other) => other.index > close && tokens[other.index].pos === 'VERB');
  };
  // "Officials from every country that took part in the war met in Vancouver": a relative clause's verb right after
  // "that", "who" or "which" and a noun, with the clause's own verb after it, describes the noun.
  const restrictive = (predicate: Predicate) => {
    // "a woman who had accused Trump … withdrew": an auxiliary between the pronoun and its verb.
    let opener = predicate.index - 1;
    while (opener > 0 && ['AUX', 'ADV', 'PART'].includes(tokens[opener].pos) && !['that', 'who', 'which'].includes(tokens[opener].lower)) opener--;
    return ['that', 'who', 'which'].includes(tokens[opener]?.lower ?? '') && ['NOUN', 'PROPN'].includes(tokens[opener - 1]?.pos ?? '') && clauseVerbsAfter(predicate.index).some((other) => !isSubordinate(tokens, other.index));
  };
  // A verb's past the tagger called an adjective ("teenagers drowned as they rushed") is a verb here.
  const verbal = (predicate: Predicate) => tokens[predicate.index].pos === 'VERB' || isPastReadAsAdjective(tokens, predicate.index);
  // "accused Trump of raping her withdrew her lawsuit": a gerund after a preposition, before the clause's own verb.
  // Only after a verb's object ("accused Trump of"), not after an adjective ("was consistent with hanging").
  const gerund = (predicate: Predicate) => /ing$/.test(tokens[predicate.index].lower) && tokens[predicate.index - 1]?.pos === 'ADP' && tokens.slice(Math.max(0, predicate.index - 6), predicate.index - 1).some((token) => token.pos === 'VERB') && tokens[predicate.index - 2]?.pos !== 'ADJ' && clauseVerbsAfter(predicate.index).some((other) => !isSubordinate(tokens, other.index));
  // "The Polar Year, a programme to study the poles, was launched": an infinitive inside a phrase set off by commas
  // after a name says what the name is for; the clause's own verb after the second comma is the event.
  const purposeApposed = (predicate: Predicate) => {
    const { index } = predicate;
    if (tokens[index - 1]?.lower !== 'to') return false;
    const open = tokens.slice(0, index).findLastIndex((token) => token.text === ',');
    const close = tokens.findIndex((token, at) => at > index && token.text === ',');
    return open > 0 && close > 0 && tokens[open + 1]?.pos === 'DET' && !tokens.slice(open + 1, index).some((token) => ['VERB', 'AUX'].includes(token.pos)) && predicates.some((other) => other.index > close && tokens[other.index].pos === 'VERB');
  };
  // "The Canadian Forces begin exercises to protect …": an infinitive after the noun a light verb governs says what
  // that is for; the light verb and its noun are the event.
  const lightPurpose = (predicate: Predicate) => {
    if (tokens[predicate.index - 1]?.lower !== 'to' || tokens[predicate.index - 2]?.pos !== 'NOUN') return false;
    let back = predicate.index - 2;
    while (back > 0 && ['NOUN', 'ADJ', 'DET', 'NUM'].includes(tokens[back].pos)) back--;
    // Only a verb whose object is itself an event ("begin exercises", "conduct raids"), not "became the first
    // country to legalise", where the infinitive is the event.
    return tokens[back].pos === 'VERB' && predicates.some((other) => other.index === back && OBJECT_EVENT_VERBS.has(other.lemma) && !isSubordinate(tokens, back));
  };
  // "declares a state of emergency in an attempt to curb rising crime": an infinitive saying what an earlier verb's act is
  // for ("in an attempt to", "in a bid to", "in order to", "so as to") is not the event.
  const purpose = (predicate: Predicate) => tokens[predicate.index - 1]?.lower === 'to' && (PURPOSE_NOUNS.has(tokens[predicate.index - 2]?.lemma ?? '') || (tokens[predicate.index - 2]?.lower === 'as' && tokens[predicate.index - 3]?.lower === 'so')) && predicates.some((other) => other.index < predicate.index && tokens[other.index].pos === 'VERB');
  // "Under a 2015 deal to settle their dispute, Niger received …": a verb inside a phrase that opens the sentence with a
  // preposition and closes with a comma sets the scene; the clause after the comma holds the event.
  const firstComma = tokens.findIndex((token) => token.text === ',');
  // Only a phrase without a finite verb of its own ("In May Norland chose …, but …" is a clause).
  const nonFinite = (at: number) => tokens[at - 1]?.lower === 'to' || /ing$/.test(tokens[at].lower);
  const phrase = tokens[0]?.pos === 'ADP' && firstComma > 0 && tokens.slice(0, firstComma).every((token, at) => token.pos !== 'AUX' && (token.pos !== 'VERB' || nonFinite(at)));
  const fronted = (predicate: Predicate) => phrase && firstComma > predicate.index && predicates.some((other) => other.index > firstComma && tokens[other.index].pos === 'VERB');
  const verbs = eventful.filter((predicate) => verbal(predicate) && !describing(predicate) && !qualified(predicate) && !relative(predicate) && !apposed(predicate) && !restrictive(predicate) && !gerund(predicate) && !purposeApposed(predicate) && !lightPurpose(predicate) && !fronted(predicate) && !purpose(predicate));
  // "Gloria Stuart, the oldest actress ever to win an Academy Award, died …": an infinitive after a superlative or
  // "first" says what the qualifier is about; another full verb is the event ("became the first to win" keeps it).
  const scoped = (predicate: Predicate) => {
    if (tokens[predicate.index - 1]?.lower !== 'to') return false;
    for (let back = predicate.index - 2; back >= Math.max(0, predicate.index - 6); back--) {
      const token = tokens[back];
      if (QUALIFIER_WORDS.has(token.lower) || isSuperlativeForm(token)) return true;
      if (!['NOUN', 'ADJ', 'ADV', 'DET', 'PROPN'].includes(token.pos)) return false;
    }
    return false;
  };
  // "gave Malaysia sovereignty over the islet, settling the dispute": a participle after a comma describes the
  // event of the clause before it, whose verb, light as it may be, is the event.
  const trailing = (predicate: Predicate) => isTrailingParticiple(tokens, predicate.index) && tokens[predicate.index - 1]?.text === ',' && predicates.some((other) => other.index < predicate.index && tokens[other.index].pos === 'VERB' && !isSubordinate(tokens, other.index));
  const unscoped = verbs.filter((predicate) => !scoped(predicate) && !trailing(predicate));
  const finite = unscoped.length > 0 ? unscoped : verbs.filter((predicate) => !trailing(predicate));
  // "Poland confirmed its first outbreak …, after it was found in swans": the main clause's event comes before
  // a subordinate clause's; a reporting verb with a noun for object ("confirms an outbreak") is that event.
  const main = finite.find((predicate) => !isSubordinate(tokens, predicate.index));
  if (main) return main;
  const reported = predicates.find((predicate) => isReporting(predicate.key) && tokens[predicate.index].pos === 'VERB' && !isSubordinate(tokens, predicate.index) && hasNounObject(tokens, predicate.index));
  if (reported) return reported;
  // "went into hiding after asking for asylum": the main clause's light verb before a subordinate clause's
  // event; with no full verb at all, the main clause's light verb ("agreed to seek the impeachment").
  // "After the troops pulled out, traffic moved again": with every full verb in a subordinate clause, the main
  // clause's light verb wherever it stands.
  const allSubordinate = finite.length > 0 && finite.every((predicate) => isSubordinate(tokens, predicate.index));
  // A verb of beginning with a noun for object ("begin exercises") is that event; with a clause or a gerund ("begin
  // voting"), the clause's or the gerund's.
  const nounObject = (index: number) => hasNounObject(tokens, index) && !/ing$/.test(tokens.slice(index + 1).find((token) => token.pos === 'NOUN')?.lower ?? '');
  const light = predicates.find((predicate) => LIGHT_VERBS.has(predicate.lemma) && (!ASPECTUAL.has(predicate.lemma) || nounObject(predicate.index)) && tokens[predicate.index].pos === 'VERB' && !isSubordinate(tokens, predicate.index) && (allSubordinate || predicate.index < (finite[0]?.index ?? Infinity)));
  // "failed to agree on the return of refugees": what failed is the event, denied.
  const denied = light && NEGATING_VERBS.has(light.lemma) && tokens[light.index + 1]?.lower === 'to' ? predicates.find((predicate) => predicate.index === light.index + 2) : undefined;
  if (denied) return denied;
  if (light) return light;
  return finite[0] ?? eventful.find((predicate) => tokens[predicate.index].pos === 'VERB' && !qualified(predicate)) ?? predicates.find((predicate) => isReporting(predicate.key) && tokens[predicate.index].pos === 'VERB' && !isSubordinate(tokens, predicate.index)) ?? eventful[0] ?? predicates.find((predicate) => !isReporting(predicate.key)) ?? predicates[0];
}

/**
 * "upheld the bans on same-sex marriage" is a ban; "overturned the ban" is its lifting: a verb that approves
 * or rejects takes its event from the event noun it governs.
 */
function composeWithObject(tokens: Token[], predicate: Predicate | undefined): Predicate | undefined {
  if (predicate?.keys.includes('cancel')) return cancelledEvent(tokens, predicate);
  if (!predicate || !predicate.keys.some((key) => key === 'approve' || key === 'reject')) return predicate;
  for (let next = predicate.index + 1; next < Math.min(tokens.length, predicate.index + 4); next++) {
    const token = tokens[next];
    if (token.pos !== 'NOUN' && token.pos !== 'DET' && token.pos !== 'ADJ') break;
    if (token.pos !== 'NOUN' || !isEventNoun(token.lemma)) continue;
    const governed = senseOf(token.lemma).keys.filter((key) => oppositesOf(key).length > 0);
    if (governed.length === 0) continue;
    const keys = predicate.keys.includes('approve') ? governed : governed.flatMap(oppositesOf);
    return { ...predicate, key: keys[0], keys };
  }
  return predicate;
}

/**
 * "called off the planned December 2012 opening of the line": what is called off is the event, denied. Only
 * a verbal noun the event groups know ("opening", "reopening", "launch"), within the object's phrase.
 */
function cancelledEvent(tokens: Token[], predicate: Predicate): Predicate {
  let owned = false;
  for (let next = predicate.index + 1; next < Math.min(tokens.length, predicate.index + 7); next++) {
    const token = tokens[next];
    // "called off his four-day tour": a possessive, and a compound's first noun, come before what is called off.
    const possessive = token.pos === 'PRON' && ['his', 'her', 'its', 'their', 'our', 'my'].includes(token.lower);
    owned ||= possessive;
    if ((!['DET', 'ADJ', 'PROPN', 'NUM', 'VERB', 'NOUN', 'PUNCT', 'ADP'].includes(token.pos) && !possessive) || (token.pos === 'ADP' && token.lower !== 'off') || [',', ';', '.'].includes(token.text)) break;
    if (token.pos !== 'NOUN' && !(token.pos === 'VERB' && /ing$/.test(token.lower))) continue;
    if (token.pos === 'NOUN' && tokens[next + 1]?.pos === 'NOUN') continue;
    const verb = /ing$/.test(token.lemma) ? token.lemma.slice(0, -3) : token.lemma;
    const keys = senseOf(verb).keys;
    if (!isKnownPredicate(verb) || keys.includes('cancel')) return predicate;
    // After a possessive only a journey or a meeting is called off ("his four-day tour"), not a thing one has ("withdrew
    // her lawsuit").
    if (owned && !keys.some((key) => key === 'travel' || key === 'meet')) return predicate;
    return { ...predicate, lemma: verb, key: keys[0], keys, negated: !predicate.negated };
  }
  return predicate;
}

/** The sentence's main event, with its direction and polarity as the sentence means them. */
/** Nouns that say what an act is for before "to": "in an attempt to", "in a bid to", "in order to". */
const PURPOSE_NOUNS = new Set(['attempt', 'bid', 'effort', 'order', 'push', 'drive', 'move']);

export function mainEventOf(tokens: Token[], predicates: Predicate[]): Predicate | undefined {
  return withComplementPolarity(tokens, composeWithObject(tokens, mainPredicate(tokens, predicates)));
}
