// Mending what the tagger got wrong where English rules it out: a verb read as a noun or an adjective (after a
// modal, before its object, a past joined to a verb's past), and a lemma English spelling rules out.
import { createRequire } from 'node:module';
import { dictionaryCase, hasSense, isDictionaryWord } from './wordnet.ts';

/** What mending reads and changes of a token: nlp.ts's Token has it (nlp.ts imports this file, so none of its types come back). */
interface TaggedWord {
  lower: string;
  lemma: string;
  pos: string;
}

let verbExceptions: Record<string, string> | undefined;
/** Nouns that count ("dozens of people", "hundreds of homes"). */
const COUNT_NOUNS = new Set(['dozen', 'score', 'hundred', 'thousand', 'million', 'billion']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/** The verb a past form comes from ("shot" → "shoot", "raided" → "raid"), by WordNet's exception list and its senses. */
export function pastOf(lower: string): string | undefined {
  verbExceptions ??= createRequire(import.meta.url)('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
  const irregular = verbExceptions[lower];
  if (irregular && irregular !== lower) return irregular;
  if (!/ed$/.test(lower)) return undefined;
  return [lower.slice(0, -2), lower.slice(0, -1)].find((base) => base.length >= 2 && hasSense(base, 'verb'));
}

const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);
/** Words after which a base form before a noun describes it ("the lead analyst", "their cut flowers"). */
const DESCRIBED_AFTER = new Set(['the', 'a', 'an', ...POSSESSIVES]);

/**
 * The model's tags, mended where English rules them out: a word with a verb sense right after a modal is
 * that verb ("they will close their embassy"), a past in "-ed" between a plural and its object is a verb
 * ("officers rescued 40 migrants"), a verb that begins a compound noun WordNet knows is a noun ("hedge fund
 * managers"), a plural read as a noun before its object is a verb ("Shell halts its drilling", "a gunman shoots
 * dead …"), and a past form read as a noun, joined by "and" or "or" to a verb's past, is a verb too ("Police at
 * Ohio State University shot and killed a student").
 */
export function mendTags(tokens: TaggedWord[]): void {
  // "Floods in Gansu sweep …", "Protesters storm …": a plural the sentence opens with, capitalised only
  // for that, is a common noun when WordNet knows its singular only in lower case (not "Democrats").
  const opening = tokens[0];
  const singular = opening?.pos === 'PROPN' ? [opening.lower.replace(/ies$/, 'y'), opening.lower.replace(/e?s$/, ''), opening.lower.slice(0, -1)].find((form) => form !== opening.lower && dictionaryCase(form) === 'common') : undefined;
  // Not a group named with "of" ("Supporters of Donald Trump"), a name of its own: its people are not the one named.
  if (singular && /s$/.test(opening.lower) && tokens[1] !== undefined && ['ADP', 'VERB', 'AUX', 'ADV'].includes(tokens[1].pos) && tokens[1].lower !== 'of') Object.assign(opening, { pos: 'NOUN', lemma: singular });
  // "the lead UK analyst", "a record high": a word between an article or a possessive and the noun it describes is
  // no verb.
  for (let at = 1; at + 1 < tokens.length; at++) {
    const token = tokens[at];
    if (token.pos === 'VERB' && token.lower === token.lemma && DESCRIBED_AFTER.has(tokens[at - 1].lower) && ['NOUN', 'PROPN'].includes(tokens[at + 1].pos)) token.pos = 'ADJ';
  }
  // "kill 19 people and wound seven": "wound" is the past of "wind" only before "up" or "down".
  for (let at = 0; at < tokens.length; at++) {
    if (tokens[at].lower === 'wound' && tokens[at].lemma === 'wind' && !['up', 'down'].includes(tokens[at + 1]?.lower ?? '')) tokens[at].lemma = 'wound';
  }
  // "they will close their embassy": right after a modal, a word with a verb sense is that verb.
  for (let at = 1; at < tokens.length; at++) {
    const token = tokens[at];
    if (MODALS.has(tokens[at - 1].lower) && tokens[at - 1].pos === 'AUX' && (token.pos === 'ADJ' || token.pos === 'NOUN') && token.lower === token.lemma && hasSense(token.lower, 'verb')) token.pos = 'VERB';
  }
  // "Did North Korea really free the detainees?": in a question opened by "did", the first word after the subject
  // in its base form, with a verb sense and before its object, is the verb. (Not "does": a present question asks
  // about a stance, read as the question frame reads it.)
  for (let start = 0; start + 2 < tokens.length; start++) {
    if (!(tokens[start].lower === 'did' && tokens[start].pos === 'AUX' && (start === 0 || tokens[start - 1].pos === 'PUNCT'))) continue;
    for (let at = start + 2; at + 1 < tokens.length && at <= start + 8; at++) {
      const token = tokens[at];
      if (['VERB', 'AUX', 'PUNCT', 'ADP'].includes(token.pos)) break;
      const candidate = (token.pos === 'ADJ' || token.pos === 'NOUN') && token.lower === token.lemma && ['PROPN', 'ADV', 'NOUN'].includes(tokens[at - 1].pos);
      if (candidate && ['DET', 'NUM', 'PROPN', 'PRON'].includes(tokens[at + 1].pos) && hasSense(token.lower, 'verb')) {
        token.pos = 'VERB';
        break;
      }
    }
  }
  // A past read as a noun before its object (a number or a determiner): one in "-ed" after a plural ("coast guard
  // officers rescued 40 migrants"), an irregular one after a year or a name ("Flooding in Hainan in October 2010
  // left one person dead").
  for (let at = 1; at + 1 < tokens.length; at++) {
    const [before, token] = [tokens[at - 1], tokens[at]];
    // "The Libyan Navy rescued nearly 500 migrants", "… in 2017 left at least one person dead": a hedge may come
    // before the count.
    const hedge = tokens[at + 1].lower === 'at' && ['least', 'most'].includes(tokens[at + 2]?.lower ?? '') ? 2 : tokens[at + 1].pos === 'ADV' ? 1 : 0;
    const next = tokens[at + 1 + hedge] ?? tokens[at + 1];
    // "… in July 2018 left dozens of people dead": a count noun before "of" is a number too.
    const counted = next.pos === 'NOUN' && COUNT_NOUNS.has(next.lemma) && tokens[at + 2 + hedge]?.lower === 'of';
    // "… in June 2014 found that more weapons had been used": or before "that" and its clause.
    if (token.pos !== 'NOUN' || !(['NUM', 'DET'].includes(next.pos) || counted || (next.lower === 'that' && next.pos === 'SCONJ'))) continue;
    const regular = /ed$/.test(token.lower);
    // A regular past after the name that opens the clause, with no verb before it.
    const afterSubjectName = regular && before.pos === 'PROPN' && noVerbBefore(tokens, at);
    // "tribesmen abducted two tourists": an irregular plural too.
    const afterPlural = regular && before.pos === 'NOUN' && before.lower !== before.lemma && /(s|men)$/.test(before.lower);
    const afterName = !regular && ['NUM', 'PROPN'].includes(before.pos);
    if (afterPlural || afterName || afterSubjectName) asPast(token);
  }
  // "… on 9 February 2018 led to evacuations": a past after a year or a name, before "to", where no verb came
  // before it.
  for (let at = 1; at + 1 < tokens.length; at++) {
    const token = tokens[at];
    if (token.pos === 'NOUN' && tokens[at + 1].lower === 'to' && ['NUM', 'PROPN'].includes(tokens[at - 1].pos) && noVerbBefore(tokens, at)) asPast(token);
  }
  // "Bear Stearns hedge fund managers", "a press conference": a verb that begins a compound noun WordNet knows is a noun.
  for (let at = 0; at + 1 < tokens.length; at++) {
    const [token, next] = [tokens[at], tokens[at + 1]];
    if (token.pos === 'VERB' && token.lower === token.lemma && next.pos === 'NOUN' && hasSense(`${token.lower} ${next.lemma}`, 'noun')) token.pos = 'NOUN';
  }
  // "Royal Dutch Shell halts its drilling": a plural read as a noun between a name and a possessive is its verb.
  // Whether the sentence has a verb yet, kept as this loop reads tokens as verbs (it changes no other tag).
  let hasVerb = tokens.some((other) => other.pos === 'VERB' || other.pos === 'AUX');
  for (let at = 1; at + 1 < tokens.length; at++) {
    const [before, token, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
    if (before.pos === 'PROPN' && token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && token.lower !== token.lemma && POSSESSIVES.has(next.lower) && hasSense(token.lemma, 'verb')) token.pos = 'VERB';
    hasVerb ||= token.pos === 'VERB';
    // "an unknown gunman shoots dead …", "a bomber kills 20": after a singular noun, before its object;
    // "a rocket hits and injures several people": before a verb of the same form it is joined to.
    const singular = before.pos === 'NOUN' && before.lower === before.lemma && !/s$/.test(before.lower);
    const joinedVerb = ['and', 'or'].includes(next.lower) && tokens[at + 2]?.pos === 'VERB' && /[^s]s$/.test(tokens[at + 2].lower) && tokens[at + 2].lower !== tokens[at + 2].lemma;
    // "Mozilla rolls out Firefox 4", "Alibaba rakes in $38 billion": or before the particle of a phrasal verb.
    const phrasal = ['in', 'out', 'off', 'up', 'down', 'over', 'back'].includes(next.lower) && hasSense(`${token.lemma} ${next.lower}`, 'verb');
    // "Twitter bans all ads from …": after the name that opens the clause, with no verb before it.
    // "Standard & Poor's downgrades Greek bonds": a name ending in a possessive is one too.
    const named = before.pos === 'PROPN' || (/^['’]s$/.test(before.lower) && tokens[at - 2]?.pos === 'PROPN');
    const subjectName = named && noVerbBefore(tokens, at);
    // "Kim Jong-Un orders preparations for …": before a noun phrase too, where the sentence has no verb at all; so
    // after a singular noun before a particle ("a drone shoots down a US F-15").
    const noVerb = !hasVerb;
    const verbless = subjectName && ['NOUN', 'ADJ'].includes(next.pos) && noVerb;
    if ((singular || subjectName) && token.pos === 'NOUN' && /[^s]s$/.test(token.lower) && token.lower !== token.lemma && (['DET', 'NUM', 'PRON'].includes(next.pos) || (subjectName && (next.pos === 'PROPN' || phrasal)) || (singular && (phrasal || next.pos === 'PROPN') && (noVerb || noVerbBefore(tokens, at))) || verbless || next.lower === 'dead' || joinedVerb) && hasSense(token.lemma, 'verb')) token.pos = 'VERB';
    // "minimum-wage protesters storm the venue": a verb's base after a plural subject, before its object.
    // "fighter jets escort Mumbai-bound Flight 42": or before a name.
    if (token.pos === 'NOUN' && token.lower === token.lemma && before.pos === 'NOUN' && before.lower !== before.lemma && /s$/.test(before.lower) && ['DET', 'PROPN'].includes(next.pos) && hasSense(token.lemma, 'verb') && noVerbBefore(tokens, at)) token.pos = 'VERB';
    // "Floods in Gansu sweep two carriages into a river": past the place the plural subject is in.
    if (token.pos === 'NOUN' && token.lower === token.lemma && before.pos === 'PROPN' && ['DET', 'NUM'].includes(next.pos) && hasSense(token.lemma, 'verb') && noVerbBefore(tokens, at) && pluralBeforePlace(tokens, at)) token.pos = 'VERB';
    hasVerb ||= token.pos === 'VERB';
  }
  // "police rounded up scores of protesters": a past read as an adjective before its particle, where WordNet
  // knows the two as one verb.
  for (let at = 0; at + 1 < tokens.length; at++) {
    const [token, next] = [tokens[at], tokens[at + 1]];
    if (token.pos !== 'ADJ' || next.pos !== 'ADP' || !/ed$/.test(token.lower) || tokens[at - 1]?.pos === 'DET') continue;
    const base = pastOf(token.lower);
    if (base && hasSense(`${base} ${next.lower}`, 'verb')) Object.assign(token, { pos: 'VERB', lemma: base });
  }
  // "Surgeons in Boston separated twin boys …": a past read as an adjective between the clause's subject and its
  // object, with no verb before it, is the clause's verb.
  for (let at = 1; at + 1 < tokens.length; at++) {
    const [before, token, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
    if (token.pos === 'ADJ' && /ed$/.test(token.lower) && ['NOUN', 'PROPN'].includes(before.pos) && ['ADJ', 'NOUN', 'DET', 'NUM', 'PROPN'].includes(next.pos) && noVerbBefore(tokens, at)) asPast(token);
  }
  // "Soni and Lochte both won Olympic gold": a past after a floating "both", "all" or "each" is the clause's verb.
  for (let at = 1; at + 1 < tokens.length; at++) {
    const token = tokens[at];
    if (token.pos === 'NOUN' && ['both', 'all', 'each'].includes(tokens[at - 1].lower) && ['PROPN', 'PRON'].includes(tokens[at - 2]?.pos ?? '')) asPast(token);
  }
  // "Surgeons separate conjoined twins": a verb's base read as an adjective after a plural that opens the sentence.
  const opener = tokens[0]?.lower ?? '';
  if (tokens[0]?.pos === 'PROPN' && /[^s]s$/.test(opener) && hasSense(opener.replace(/(?<=[^aeiou])s$|(?<=(?:ch|sh|x))es$/, ''), 'noun') && tokens[1]?.pos === 'ADJ' && tokens[1].lower === tokens[1].lemma && hasSense(tokens[1].lower, 'verb') && ['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN', 'VERB'].includes(tokens[2]?.pos ?? '')) tokens[1].pos = 'VERB';
  // "issued royal decrees in April 2017 cutting financial allowances": a participle read as a noun after a year,
  // before its object.
  for (let at = 1; at + 1 < tokens.length; at++) {
    const [before, token, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
    if (token.pos !== 'NOUN' || !/ing$/.test(token.lower) || before.pos !== 'NUM' || !/^(19|20)\d\d$/.test(before.lower) || !['ADJ', 'DET', 'NOUN'].includes(next.pos)) continue;
    const stem = token.lower.slice(0, -3);
    const base = [stem, `${stem}e`, /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''].find((form) => form.length >= 2 && hasSense(form, 'verb'));
    if (base) Object.assign(token, { pos: 'VERB', lemma: base });
  }
  for (let at = 0; at + 2 < tokens.length; at++) {
    const [token, link, verb] = [tokens[at], tokens[at + 1], tokens[at + 2]];
    if (token.pos !== 'NOUN' || !['and', 'or'].includes(link.lower) || verb.pos !== 'VERB' || pastOf(verb.lower) === undefined) continue;
    const base = pastOf(token.lower);
    if (base) Object.assign(token, { pos: 'VERB', lemma: base });
  }
  // "Shahram Amiri, a scientist involved in Iran's nuclear program, defects to the United States": a plural read as a
  // noun right after the comma closing an aside about the name that opens the sentence, before a preposition.
  for (let at = 2; at + 1 < tokens.length; at++) {
    const token = tokens[at];
    if (token.pos !== 'NOUN' || tokens[at - 1].lower !== ',' || tokens[at + 1].pos !== 'ADP' || !/[^s]s$/.test(token.lower) || token.lower === token.lemma) continue;
    const open = tokens.slice(0, at - 1).findLastIndex((other) => other.lower === ',');
    if (open > 0 && tokens[open - 1].pos === 'PROPN' && tokens.slice(0, open).every((other) => other.pos === 'PROPN' || other.pos === 'DET') && hasSense(token.lemma, 'verb')) token.pos = 'VERB';
  }
  // "The Canadian Forces begin exercises to protect …": a plural read as a verb right after the clause's verb, where
  // no object follows it, is that verb's object (not after a gerund that opens the sentence: "Fighting erupts").
  for (let at = 2; at < tokens.length; at++) {
    const [before, token, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
    if (token.pos !== 'VERB' || before.pos !== 'VERB' || /ing$/.test(before.lower) || !/[^s]s$/.test(token.lower) || token.lower === token.lemma) continue;
    if (next !== undefined && ['DET', 'PRON', 'NUM', 'PROPN', 'ADJ', 'NOUN'].includes(next.pos)) continue;
    if (hasSense(token.lemma, 'noun')) token.pos = 'NOUN';
  }
  // "Georgia and Russia re-open their border crossing", "votes to re-elect the mayor": a verb written with its prefix
  // and a hyphen, read as one noun, is that verb where a verb goes (after its subject or "to", before its object).
  for (let at = 1; at < tokens.length; at++) {
    const [before, token, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
    const prefixed = /^(re|co|pre|de|un)-(\p{L}{3,})$/u.exec(token.lower);
    if (!prefixed || !['NOUN', 'ADJ', 'PROPN'].includes(token.pos) || !['PROPN', 'NOUN', 'PRON', 'ADV', 'PART', 'AUX'].includes(before.pos) && before.lower !== 'to') continue;
    if (next !== undefined && !['DET', 'PRON', 'PROPN', 'NUM', 'ADJ', 'ADP', 'PUNCT', 'NOUN'].includes(next.pos)) continue;
    const [, prefix, rest] = prefixed;
    const base = [rest, rest.replace(/e?s$/, ''), pastOf(rest), rest.replace(/ing$/, ''), rest.replace(/ing$/, 'e')].find((form) => form !== undefined && form.length >= 3 && hasSense(form, 'verb'));
    // Written as one word where the dictionary has it so ("reopen"): its form too, so that "re-open" is no participle.
    const joined = base !== undefined && hasSense(`${prefix}${base}`, 'verb');
    if (base) Object.assign(token, { pos: 'VERB', lemma: joined ? `${prefix}${base}` : `${prefix}-${base}`, ...(joined ? { lower: `${prefix}${rest}` } : {}) });
  }
}

/** A plural noun, then "in", "at" or "near" and a name, right before the token ("Floods in Gansu …"). */
function pluralBeforePlace(tokens: TaggedWord[], at: number): boolean {
  let back = at - 1;
  while (back > 0 && tokens[back].pos === 'PROPN') back--;
  const subject = tokens[back - 1];
  return ['in', 'at', 'near'].includes(tokens[back]?.lower ?? '') && subject !== undefined && subject.pos === 'NOUN' && subject.lower !== subject.lemma && /s$/.test(subject.lower);
}

/** No verb or auxiliary before the token: what follows the clause's opening words may be its verb. */
function noVerbBefore(tokens: Pick<TaggedWord, 'pos'>[], at: number): boolean {
  return !tokens.slice(0, at).some((earlier) => earlier.pos === 'VERB' || earlier.pos === 'AUX');
}

/** Reads a token as the verb whose past it is ("rescued", "won"), where it is one. */
function asPast(token: TaggedWord): void {
  const base = pastOf(token.lower);
  if (base && base !== token.lower) Object.assign(token, { pos: 'VERB', lemma: base });
}

/**
 * The model's lemma, mended where English spelling rules it out: a one-syllable verb ending in one vowel and
 * one consonant doubles it before "-ed" ("stag" → "stagged"), so "staged" is "stage", not "stag".
 */
export function mendLemma(lower: string, lemma: string): string {
  if (lower === `${lemma}ed` && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) return `${lemma}e`;
  // A prefix written with a hyphen ("co-ordinated", "pre-empted") is the dictionary's one word; not "re-":
  // "re-sign" is not "resign".
  // WordNet knows some hyphenated forms only as adjectives ("co-ordinated").
  if (!/^(co|pre)-\p{L}+$/u.test(lemma) || hasSense(lemma, 'verb')) return lemma;
  const joined = lemma.replace('-', '');
  const stems = ['d', 'ed', 's', 'es', 'ing'].filter((ending) => joined.endsWith(ending)).map((ending) => joined.slice(0, -ending.length));
  return [...stems, joined].find((form) => hasSense(form, 'verb')) ?? ([joined].find((form) => isDictionaryWord(form)) ?? lemma);
}
