// Where an event happened: the names of a sentence that say where (after "in", "at", "near" …, "the city of X",
// a name apposed to a place), apart from those that qualify a thing ("in the World Cup final").
import { endOf, isOwnName, type NameMention } from './names.ts';
import type { Token } from './nlp.ts';
import { isKnownPredicate } from './predicates.ts';
import { isLocationNoun } from './wordnet.ts';

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'throughout', 'inside', 'off']);

/** Nouns for the area a name is: "Maysan province", "Kherson Oblast". */
const AREA_NOUNS = new Set(['province', 'region', 'state', 'county', 'district', 'oblast', 'prefecture', 'governorate', 'municipality', 'territory', 'island']);
export const PLACE_NOUNS = new Set([...AREA_NOUNS, 'coast', 'shore', 'waters', 'border', 'city', 'town', 'village', 'hometown', 'capital', 'port', 'suburb', 'outskirts', 'resort', 'area', 'enclave']);

/**
 * Names that say where: after "in", "at", "near" …, after "the city of" / "the island of", and a name
 * that follows a place after a comma ("Tumbler Ridge, Alberta").
 */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const DISTRICT_WORDS = new Set(['downtown', 'central', 'suburban', 'rural', 'coastal', 'northern', 'southern', 'eastern', 'western']);

/** Heads of names for buildings and open places ("the Empire State Building", "Tahrir Square"). */
const FACILITIES = new Set(['building', 'tower', 'towers', 'square', 'center', 'centre', 'stadium', 'arena', 'airport', 'station', 'bridge', 'hotel', 'hospital', 'palace', 'mosque', 'church', 'cathedral', 'temple', 'museum', 'prison', 'market', 'mall', 'plaza', 'park', 'street', 'avenue', 'embassy', 'consulate', 'base', 'camp', 'dam', 'port', 'harbour', 'harbor', 'gorge', 'pass', 'valley']);

/** A preposition before the name, past determiners, describing words, possessors and "the top of". */
function afterPreposition(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 6); back--) {
    const token = tokens[back];
    if (token.pos === 'ADP' && token.lower !== 'of') return true;
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'ADP'].includes(token.pos)) return false;
  }
  return false;
}

export function placesAmong(names: NameMention[], tokens: Token[]): NameMention[] {
  const places: NameMention[] = [];
  for (const name of names) {
    const previous = tokens[name.index - 1]?.lower ?? '';
    // "in the north", "in downtown Toronto", "in northern Syria": a determiner or one describing word between.
    // "in the southern Philippines": up to three such words.
    let back = name.index - 1;
    while (back > name.index - 4 && back >= 0 && (['DET', 'ADJ'].includes(tokens[back].pos) || DISTRICT_WORDS.has(tokens[back].lower))) back--;
    const skipDeterminer = tokens[back]?.lower ?? '';
    // "the city of X", and "the capital, Caracas".
    // "the resort of Acapulco", "mountains east of Kabul": a place noun or a compass point before "of".
    const head = tokens[name.index - 2];
    const ofPlace = (previous === 'of' || previous === ',') && head !== undefined && ((PLACE_NOUNS.has(head.lemma) && head.pos !== 'PROPN') || (previous === 'of' && (COMPASS.has(head.lower) || (head.pos === 'NOUN' && isLocationNoun(head.lemma)))));
    // Not the subject of the next verb ("in Rhode Island, Governor Donald Carcieri signs a bill").
    const after = tokens[endOf(name)];
    const subject = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX' || (after.pos === 'NOUN' && /[^s]s$/.test(after.lower) && isKnownPredicate(after.lemma)));
    const apposed = previous === ',' && !subject && places.some((place) => endOf(place) + 0 >= name.index - 2 && place.index < name.index);
    // "in Bahrabise and Baglung, Nepal": a name joined by "and" to a place just before it is a place too.
    const joined = ['and', 'or'].includes(previous) && !subject && places.some((place) => endOf(place) === name.index - 1);
    // "in the World Cup final": a name that qualifies the noun after it is not where something happened.
    // Not the kind of area a name is ("in Maysan province"); a demonym before one is no place ("the Portuguese capital").
    const following = tokens[endOf(name)];
    const demonym = name.actor !== undefined && !isOwnName(name);
    const qualifiesNoun = ['NOUN', 'ADJ'].includes(following?.pos ?? '') && (demonym || !AREA_NOUNS.has(following!.lemma));
    // "in DR Congo's Ituri Province": a name owned by a place is a place within it.
    const owned = /^['’]s$/.test(tokens[name.index - 1]?.text ?? '') && places.some((place) => endOf(place) === name.index - 1);
    // "outside the PM's offices": an owner that is no country or known place is not where it happened.
    const possessor = following !== undefined && /^['’]s$/.test(following.text) && !name.actor && !(name.words.length === 1 && isLocationNoun(name.words[0]));
    // "on Kambangan Island", "on Mount Kenya": "on" before a name that says what kind of place it is.
    const landform = skipDeterminer === 'on' && /^(island|islands|isle|mount|mountain|peninsula|coast|atoll)$/.test(name.words.at(name.words[0] === 'mount' ? 0 : -1) ?? '');
    // "off the top of the Empire State Building", "on Zagreb's Ban Jelačić Square": a building or square named after
    // any preposition is a place.
    const facility = FACILITIES.has(name.words.at(-1) ?? '') && !subject && afterPreposition(tokens, name.index);
    // "after fighting on the border, Saudi Arabia offered …": a name after a comma that opens the clause is its subject.
    const placed = (ofPlace || facility) && !(previous === ',' && subject);
    if (((PLACE_PREPOSITIONS.has(skipDeterminer) || landform) && !qualifiesNoun && !possessor) || placed || apposed || joined || owned) places.push(name);
  }
  return places;
}
