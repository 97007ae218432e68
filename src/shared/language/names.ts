// Named actors and places in a sentence: runs of proper nouns joined by the particles names carry
// ("Roe v. Wade", "Osama bin Laden", "Bank of England"), and the gazetteer's countries, blocs and
// demonyms ("Finnish" → Finland). Two mentions are compared by their words, then by the gazetteer (compare-names.ts).
import { actorByName, findActors } from '../actors/actors.ts';
import { isKnownPredicate } from './predicates.ts';
import { dictionaryCase, hasSense, isAgentNoun, relatedWords } from './wordnet.ts';
import { hyphenatedAfter, type Token } from './nlp.ts';

export interface NameMention {
  surface: string;
  /** Lower-case words without diacritics or titles: what two mentions are compared on. */
  words: string[];
  /** The gazetteer's actor (country or organisation) this name belongs to, if any. */
  actor?: string;
  /** Index of the first token. */
  index: number;
  /** Index of the token after the last ("El-Din" is three tokens, one word). */
  end?: number;
  start: number;
  /** A demonym or other adjective ("French election"): it qualifies a thing rather than naming a party. */
  modifier?: boolean;
  /** Who owns this one: "the Bank of England" for "the Bank of England's Monetary Policy Committee". */
  owner?: NameMention;
  /** A name that describes a thing ("COVID-19 vaccine", "AI models"): a detail in a claim, a term to search for. */
  describes?: boolean;
}

export const ORGANISATION_HEADS = new Set(['association', 'organization', 'organisation', 'committee', 'council', 'centre', 'center', 'institute', 'fund', 'society', 'foundation', 'agency', 'office', 'alliance', 'movement', 'commission', 'coalition', 'campaign', 'union', 'league', 'front', 'ministry', 'department', 'court', 'bank', 'party', 'group', 'commissioner', 'authority', 'board', 'programme', 'program', 'federation']);
export const CONNECTORS = new Set(['v.', 'vs.', 'v', 'of', 'de', 'del', 'da', 'bin', 'bint', 'al', 'al-', 'van', 'von', 'der', 'den', 'le', 'la', 'du', 'y', 'and', '&']);
export const TITLES = new Set(['president', 'prime', 'minister', 'pm', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'general', 'senator', 'governor', 'mayor', 'judge', 'justice', 'secretary', 'foreign', 'defence', 'defense', 'former', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'the', 'leader', 'chief', 'ceo', 'chairman', 'speaker', 'sheikh', 'emir', 'ayatollah', 'archbishop', 'cardinal', 'vice', 'deputy', 'acting', 'opposition']);
const PLACE_HEADS = new Set(['cathedral', 'church', 'square', 'abbey', 'basilica', 'palace', 'park', 'hospital', 'college', 'bridge', 'island', 'street', 'stadium', 'mosque', 'temple', 'tower', 'hall']);
const NOT_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tv', 'former']);

export function plainWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    // "F.B.I." / "FBI": an initialism written with stops is the one word.
    .replace(/(?<![\p{L}.])((?:\p{L}\.){2,})/gu, (initials: string) => initials.replaceAll('.', ''))
    .split(/[^\p{L}\p{N}]+/u)
    // "F-16s", "Boeing 737s": a model's number in the plural is the model.
    .map((word) => word.replace(/^(\d+)s$/, '$1'))
    .filter((word) => word.length > 0 && !TITLES.has(word));
}

/** Names whose number is part of them ("Flight 17", "Apollo 11", "Soyuz 11"). */
const NUMBERED_HEADS = new Set(['flight', 'apollo', 'soyuz', 'gemini', 'artemis', 'expedition', 'voyager', 'pioneer', 'mariner', 'sputnik', 'vostok', 'shenzhou']);

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text) || /^[\p{Lu}.]{2,}$/u.test(token.text);
}

function isNameToken(token: Token): boolean {
  // "US$", "A$": a currency.
  if (NOT_NAMES.has(token.lower) || token.text.includes('$')) return false;
  return (token.pos === 'PROPN' || (isCapitalised(token) && ['NOUN', 'ADJ', 'VERB', 'X', 'NUM'].includes(token.pos))) && isCapitalised(token);
}

/** How a demonym ends: "Kenyan", "Italian", "Chinese", "Finnish", "Iraqi", "Arabic". */
export const DEMONYM_ENDING = /(ic|an|ian|ese|ish|i)$/;

/** Proper-noun phrases in order, with the gazetteer actor each belongs to. */
export function nameMentions(text: string, tokens: Token[]): NameMention[] {
  const mentions: NameMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    // A label before a colon opens the sentence after it ("Syrian uprising: Heavy fighting is reported …").
    if (!isNameToken(tokens[index]) || ((index === 0 || tokens[index - 1]?.text === ':') && !isSentenceName(tokens, index))) {
      index++;
      continue;
    }
    let end = index;
    while (end + 1 < tokens.length) {
      const next = tokens[end + 1];
      if (isNameToken(next)) end++;
      // "Côte d'Ivoire", "Val d'Isère": a French article elided before the next part of the name.
      else if (/^[dl]['’]\p{Lu}/u.test(next.text) && next.pos === 'PROPN') end++;
      // "Malaysia Airlines Flight 17", "Apollo 11": the number of a flight or a mission is part of its name.
      else if (/^\d{1,4}$/.test(next.text) && NUMBERED_HEADS.has(tokens[end].lower)) {
        end++;
        break;
      }
      // "Al-Qaeda", "Grande-Synthe": a hyphen with no space joins one name; not two parties ("Israel-Hamas").
      else if (hyphenatedAfter(tokens, end) && isNameToken(tokens[end + 2]) && !(gazetteerActor(tokens[end].text) && actorOpensAt(tokens, end + 2))) end += 2;
      // "Kim Jong-il", "Ban Ki-moon": a short lowercase part after a hyphen ends a personal name; not a modifier
      // before its noun ("US-led coalition", "Obama-era rules").
      else if (hyphenatedAfter(tokens, end) && /^\p{Ll}{2,5}$/u.test(tokens[end + 2].text) && !/ed$/.test(tokens[end + 2].text) && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[end + 3]?.pos ?? '')) {
        end += 2;
        break;
      }
      // "Ghazi al-Yawer", "Saif al-Islam Gaddafi": an Arabic article joined by a hyphen to the next part of the name.
      else if (NAME_ARTICLES.test(next.text) && hyphenatedAfter(tokens, end + 1) && isNameToken(tokens[end + 3])) end += 3;
      // "South Asian Association for Regional Cooperation": "for" inside an organisation's name, after its head.
      else if (next.lower === 'for' && ORGANISATION_HEADS.has(tokens[end].lower) && tokens[end + 2] && isNameToken(tokens[end + 2])) end += 2;
      // "Department for Exiting the European Union": "the" inside an organisation's name after its "for".
      else if (next.lower === 'the' && tokens[end + 2] && isNameToken(tokens[end + 2]) && tokens.slice(index, end).some((token, at) => token.lower === 'for' && ORGANISATION_HEADS.has(tokens[index + at - 1]?.lower ?? ''))) end += 2;
      else if (CONNECTORS.has(next.lower) && tokens[end + 2] && isNameToken(tokens[end + 2]) && next.lower !== 'and') end += 2;
      // "St Paul's Cathedral", "Saint Peter's Square": a possessive name with a place for its head.
      else if (/^['’]s$/.test(next.text) && tokens[end + 2] && isNameToken(tokens[end + 2]) && PLACE_HEADS.has(tokens[end + 2].lower)) end += 2;
      else break;
    }
    // "US$1 billion", "A$200 million": a currency's country letters are no name.
    if (tokens[end + 1]?.text === '$' && tokens[end + 1].start === tokens[end].end) {
      index = end + 1;
      continue;
    }
    const surface = text.slice(tokens[index].start, tokens[end].end).replace(/['’]s$/u, '');
    const words = plainWords(canonicalForm(surface));
    // One capitalised word before a common noun qualifies it ("Olympic gold", "Nordic country", "American cardinal").
    const describes = namesAThing(tokens, end + 1, surface);
    // A demonym before a thing ("the Indonesian island of Bali") qualifies it; before people who act ("Indonesian police") it is a party.
    // "Italian and German ten-year bond yields": past numbers and other demonyms to the noun.
    const noun = index === end ? describedAfter(tokens, end + 1) : undefined;
    const demonym = noun !== undefined && DEMONYM_ENDING.test(tokens[index].lower) && (!gazetteerActor(surface) || !isAgentNoun(noun.lemma));
    // A country before a title and a person ("U.S. billionaire Warren Buffett", "US president Joe Biden") describes the person.
    // So does a state or city before a title someone holds ("Rhode Island governor Donald Carcieri").
    const titles = (gazetteerActor(surface) !== undefined || isAgentNoun(tokens[end + 1]?.lemma ?? '')) && !DEMONYM_ENDING.test(surface.toLowerCase()) && tokens[end + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[end + 1].text) && !isKnownPredicate(tokens[end + 1].lemma) && tokens[end + 2] !== undefined && isNameToken(tokens[end + 2]);
    const modifier = (index === end && tokens[index].pos === 'ADJ') || demonym || describes || titles;
    if (words.length > 0) mentions.push({ surface, words, actor: gazetteerActor(surface), index, end: end + 1, start: tokens[index].start, modifier, ...(describes ? { describes } : {}) });
    index = end + 1;
  }
  // Demonyms and other gazetteer names the tagger did not call proper nouns ("Finnish troops").
  for (const mention of findActors(text)) {
    // "the UN refugee agency": a gazetteer name longer than the capitals it opens with is the name.
    const shorter = mentions.findIndex((other) => other.start === mention.index && other.surface.length < mention.surface.length && other.actor !== mention.actor.name);
    if (shorter >= 0 && !mentions.some((other, at) => at !== shorter && other.start > mention.index && other.start < mention.index + mention.surface.length)) mentions.splice(shorter, 1);
    if (mentions.some((other) => mention.index >= other.start && mention.index < other.start + other.surface.length)) continue;
    const tokenIndex = tokens.findIndex((token) => token.start === mention.index);
    if (tokenIndex < 0 || text[mention.index + mention.surface.length] === '$') continue;
    // A demonym before a noun ("the Norwegian island", "Finnish troops") qualifies it.
    const demonym = tokens[tokenIndex + 1]?.pos === 'NOUN' && DEMONYM_ENDING.test(mention.surface.toLowerCase()) && mention.surface !== mention.actor.name;
    const last = tokens.findIndex((token) => token.end >= mention.index + mention.surface.length);
    mentions.push({ surface: mention.surface, words: plainWords(mention.actor.name), actor: mention.actor.name, index: tokenIndex, end: last < 0 ? tokenIndex + 1 : last + 1, start: mention.index, modifier: tokens[tokenIndex].pos === 'ADJ' || demonym });
  }
  return mentions.sort((left, right) => left.start - right.start);
}

/** The noun a demonym describes, past numbers and other demonyms ("and German ten-year"). */
function describedAfter(tokens: Token[], from: number): Token | undefined {
  for (let at = from; at < Math.min(tokens.length, from + 6); at++) {
    const token = tokens[at];
    if (token.pos === 'NOUN') return token;
    // Not past a describing word: "Michigan primary winner Mitt Romney" names a party.
    const describing = token.pos === 'NUM' || token.text === '-' || ['and', 'or'].includes(token.lower) || (token.pos === 'PROPN' && DEMONYM_ENDING.test(token.lower) && gazetteerActor(token.text) !== undefined);
    if (!describing) return undefined;
  }
  return undefined;
}

/** A name with the gazetteer's aliases inside it written out: "US Supreme Court" → "United States Supreme Court". */
function canonicalForm(surface: string): string {
  let result = surface;
  for (const mention of findActors(surface).reverse()) {
    // Only abbreviations ("US", "EU"): a leader's name stays a person, not the country.
    if (mention.surface === surface || !/^[\p{Lu}.]{2,}$/u.test(mention.surface)) continue;
    result = result.slice(0, mention.index) + mention.actor.name + result.slice(mention.index + mention.surface.length);
  }
  return result;
}

/**
 * A name before a common noun that is not someone who acts describes that thing ("its COVID-19 vaccine",
 * "AI models", "a Labour Party youth camp"); before "fighters", "troops" or "leader" it stays a party.
 */
function countWhile(tokens: Token[], from: number, keep: (token: Token) => boolean): number {
  let count = 0;
  while (tokens[from + count] && keep(tokens[from + count])) count++;
  return count;
}

/** The article inside Arabic names: "al-", "el-", "ad-", "ash-" … */
const NAME_ARTICLES = /^(al|el|ad|as|ash|at|az|ar|an|ud|ul)$/;

const PARTICLES = new Set(['down', 'up', 'off', 'out', 'over', 'back', 'in', 'away']);

function namesAThing(tokens: Token[], next: number, surface: string): boolean {
  // "the US presidential election": describing words may stand between a country and the thing it names.
  const skip = gazetteerActor(surface) ? countWhile(tokens, next, (token) => token.pos === 'ADJ' && /^\p{Ll}/u.test(token.text)) : 0;
  const noun = tokens[next + skip];
  if (!noun || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.text) || (gazetteerActor(surface) && skip === 0)) return false;
  next += skip;
  // "Costolo steps down", "the Astros defeat the Phillies": a verb the tagger read as a noun, before its
  // particle or its object (a compound's head is never followed by a determiner or a name).
  if (/s$/.test(noun.lower) && PARTICLES.has(tokens[next + 1]?.lower ?? '')) return false;
  // "Governor Mitch Daniels cuts government funding": an event's verb in the third person before its object.
  if (/[^s]s$/.test(noun.lower) && noun.lower !== noun.lemma && isKnownPredicate(noun.lemma) && ['NOUN', 'ADJ', 'NUM'].includes(tokens[next + 1]?.pos ?? '')) return false;
  if (['DET', 'PROPN', 'PRON'].includes(tokens[next + 1]?.pos ?? '')) return false;
  // "Warren Buffett bid to acquire …": the same, before an infinitive.
  if (tokens[next + 1]?.lower === 'to' && tokens[next + 2]?.pos === 'VERB') return false;
  let head = next;
  while (tokens[head + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokens[head + 1].text)) head++;
  return !isAgentNoun(tokens[head].lemma);
}

/** A noun's singular as WordNet knows it ("gunmen" → "gunman", "scientists" → "scientist"), if it knows one. */
function singularNoun(lower: string): string | undefined {
  const forms = [lower, lower.replace(/men$/, 'man'), lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return forms.find((form) => form.length >= 3 && hasSense(form, 'noun'));
}

/** Words for numbers and shares that open a sentence ("Half a million residents fled", "Three soldiers died"). */
const NUMBER_OPENERS = /^(half|quarter|dozens|hundreds|thousands|millions|scores|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)$/;

/** A sentence-initial capital is a name only when the tagger or the gazetteer says so. */
/** Words that describe the name after them, capitalised only to open the sentence ("Breakaway Abkhazia …"). */
const DESCRIBERS = new Set(['breakaway', 'rebel', 'disgraced', 'embattled', 'ousted', 'jailed', 'exiled', 'outgoing', 'incoming', 'late', 'veteran', 'ex', 'troubled', 'war-torn', 'landlocked', 'oil-rich', 'communist', 'neighbouring', 'neighboring']);

function isSentenceName(tokens: Token[], index: number): boolean {
  if (NUMBER_OPENERS.test(tokens[index].lower) || DESCRIBERS.has(tokens[index].lower)) return false;
  // "Film-maker James Cameron …", "Anti-government protesters …": a common word hyphenated to a lower-case one.
  const joined = hyphenatedAfter(tokens, index);
  if (joined !== undefined && /^\p{Ll}/u.test(joined.text) && dictionaryCase(tokens[index].text) === 'common') return false;
  // A country's name, or its people's ("Laotians vote in …").
  if (gazetteerActor(tokens[index].text) !== undefined || /^[\p{Lu}.\d-]{2,}$/u.test(tokens[index].text)) return true;
  // "Fewer than half of Irish households …": a describing word that only opens the sentence names no one.
  const next = tokens[index + 1];
  if (!(next && isNameToken(next)) && !hasSense(tokens[index].text, 'noun') && dictionaryCase(tokens[index].text) === 'common') return false;
  // "Gunmen on motorbikes killed …", "Police arrested …", "Scientists at …": a common noun for people (or a
  // plural one) opening the sentence, before no other name, is no name.
  const singular = singularNoun(tokens[index].lower);
  if (!(next && isNameToken(next)) && next?.lower !== 'of' && singular !== undefined && dictionaryCase(singular) === 'common' && (singular !== tokens[index].lower || isAgentNoun(singular))) return false;
  // "Blast at Davao airport leaves two dead": an event's noun opening a headline before its preposition.
  if (next?.pos === 'ADP' && isKnownPredicate(tokens[index].lower) && dictionaryCase(tokens[index].text) === 'common') return false;
  // "Referendum voters in Colombia …": a capital that only starts the sentence, before a common noun.
  // "Scotland votes …": a verb the tagger read as a noun follows a name.
  const verb = next !== undefined && /[^s]s$/.test(next.lower) && relatedWords(next.lower.slice(0, -1), 'verb').size > 0 && !isAgentNoun(next.lemma);
  return tokens[index].pos === 'PROPN' && (verb || !(next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !CONNECTORS.has(next.lower)));
}

export function gazetteerActor(surface: string): string | undefined {
  // "Americans", "Britons": a demonym in the plural names its country's people.
  const direct = actorByName(surface) ?? actorByName(surface.replace(/^the\s+/i, '')) ?? (/^\p{Lu}\p{Ll}+(an|on|i)s$/u.test(surface) ? actorByName(surface.slice(0, -1)) : undefined)
    // "North Korean" → "North Korea", "Papua New Guinean": a demonym the country's name plus "n".
    ?? (/\p{Ll}an$/u.test(surface) ? actorByName(surface.slice(0, -1)) : undefined);
  if (direct) return direct.name;
  return findActors(surface)[0]?.actor.name;
}

/** Whether a name is its actor's own name ("Finland"), not a demonym, an alias or a longer name ("Finnish"). */
export function isOwnName(name: NameMention): boolean {
  return name.actor !== undefined && name.words.join(' ') === name.actor.toLowerCase();
}

/** The index of the token after a name, counting its words ("Saudi Arabia's" → the "'s"). */
export function endOf(name: NameMention): number {
  return name.end ?? name.index + name.surface.split(/\s+/).length;
}

/** A country or other actor named from this token on, in one to three words ("Korea", "South Korea"): "US-South Korea drills". */
function actorOpensAt(tokens: Token[], at: number): boolean {
  return [1, 2, 3].some((length) => at + length <= tokens.length && gazetteerActor(tokens.slice(at, at + length).map((token) => token.text).join(' ')) !== undefined);
}
