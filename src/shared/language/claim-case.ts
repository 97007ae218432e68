// A claim's letters as a newspaper would set them: shouted words brought down to their case, and a claim typed all
// in lower case given the capitals its names and months take.
import { actorByName } from '../actors/actors.ts';
import { pastOf } from './mend-tags.ts';
import { dictionaryCase, hasSense } from './wordnet.ts';

/** Words a post shouts for emphasis ("the deadliest attack EVER") that WordNet does not list (it has no function words). */
const SHOUTED = new Set(['ever', 'never', 'not', 'no', 'only', 'all', 'first', 'every', 'breaking', 'fake', 'true', 'false', 'just', 'really', 'literally', 'officially', 'record', 'developing', 'update']);
/** Function words, lowered inside a shouted run ("PASSES THE BUDGET WITHOUT A SINGLE VOTE AGAINST"). */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'against', 'into', 'over', 'after', 'before', 'and', 'or', 'but', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'his', 'her', 'this', 'that', 'than', 'again', 'up', 'down', 'out', 'off', 'go', 'now', 'more', 'most', 'any', 'some', 'they', 'we', 'he', 'she', 'who', 'what', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'so', 'too', 'very', 'again', 'already', 'still', 'also', 'even', 'yet', 'soon', 'ever']);
/** Two-letter words shouted for emphasis ("GO", "NO"), none of them a name or an acronym. */
const SHORT_SHOUTED = new Set(['go', 'do', 'no', 'so', 'up', 'to', 'of', 'by', 'or', 'if', 'my', 'we', 'an', 'me', 'be', 'he']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The base forms an inflected word may come from ("JUMPED" → jump, "PASSES" → pass, "FELL" → fall). */
function basesOf(lower: string): string[] {
  const bases = [pastOf(lower), lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e')];
  return lower.length < 4 ? [] : bases.filter((base): base is string => base !== undefined && base !== lower && base.length >= 3);
}

/** Whether a shouted word is a common word written loud: WordNet knows it, or its base, only in lower case. */
function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (SHOUTED.has(lower) || dictionaryCase(word) === 'common') return true;
  if (dictionaryCase(word) !== undefined) return false;
  // "PASSES", "JUMPED": a verb, or a form of a word, WordNet knows has no proper sense to keep.
  return hasSense(lower, 'verb') || basesOf(lower).some((base) => dictionaryCase(base) === 'common' || hasSense(base, 'verb'));
}

/**
 * A claim without shouting: a common word in capitals is written in lower case ("Velmar futures JUMPED", "exports
 * FELL"), a name the gazetteer knows as the gazetteer writes it ("JAPAN protested" → "Japan"), and in a shouted run
 * of three words or more ("NORLAND PARLIAMENT PASSES THE BUDGET WITHOUT A SINGLE VOTE AGAINST") its function
 * words too. An acronym or a name ("NATO", "UNICEF", "NIHON HIDANKYO") and a Roman numeral ("Leo XIV") stay.
 */
export function withoutShouting(text: string): string {
  const runs = new Set<number>();
  for (const run of text.matchAll(/\b\p{Lu}{1,}\b(?:[\s,'’-]+\p{Lu}{1,}\b){2,}/gu)) for (const word of run[0].matchAll(/\p{Lu}+/gu)) runs.add(run.index + word.index);
  return text.replace(/\b\p{Lu}+\b/gu, (word: string, at: number) => {
    const inRun = runs.has(at);
    if (word === 'A' && inRun) return 'a';
    // "told countries to GO to": a short word shouted between lower-case words ("IS", "IT" may be names: kept).
    if (word.length < 3 && !inRun) return SHORT_SHOUTED.has(word.toLowerCase()) && /\p{Ll}\s+$/u.test(text.slice(0, at)) && /^\s+\p{Ll}/u.test(text.slice(at + word.length)) ? word.toLowerCase() : word;
    if (/^[IVXLCDM]+$/.test(word)) return word;
    if (actorByName(word)) return word;
    const titled = word.charAt(0) + word.slice(1).toLowerCase();
    if (actorByName(titled)) return titled;
    return isCommonWord(word) || ((inRun || word.length >= 3) && FUNCTION_WORDS.has(word.toLowerCase())) ? word.toLowerCase() : word;
  });
}

/** Small words the gazetteer also knows as a name, never capitalised in a claim typed in lower case ("us", "may"). */
const NOT_NAMES = new Set(['us', 'it', 'am', 'is', 'in', 'as', 'do', 'be', 'me', 'no', 'so', 'on', 'to', 'at', 'or', 'an', 'may', 'will', 'can', 'did', 'was', 'new', 'man', 'un', 'who', 'now', 'aid', 'war']);

/**
 * A claim typed all in lower case ("so abe extended japan's state of emergency to may 31 back in 2020"), with the
 * capitals it is written with: a name the gazetteer knows ("Japan"; "un" → "UN"), a month ("may" before a day).
 * A claim with any capitalised word ("Philippine police arrested militants who …") is left as it is.
 */
export function withCapitals(text: string): string {
  if (/\p{Lu}\p{Ll}/u.test(text) || !/\p{Ll}/u.test(text)) return text;
  return text.replace(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}-]*(?![\p{L}\p{N}])/gu, (word, at: number) => {
    const titled = word.charAt(0).toUpperCase() + word.slice(1);
    if (MONTHS.includes(word)) return word !== 'may' || /^\s+\d/.test(text.slice(at + word.length)) ? titled : word;
    if (word === 'un' && /^\s+\p{Ll}/u.test(text.slice(at + 2))) return 'UN';
    if (NOT_NAMES.has(word) || word.length < 3) return word;
    const upper = word.toUpperCase();
    if (actorByName(titled)) return titled;
    return word.length <= 4 && actorByName(upper) ? upper : word;
  });
}
