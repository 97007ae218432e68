// The words that name what a group of sentences is about: short phrases frequent in the group and rare
// in the pool, without names of people, reporting verbs or the question's own words.
import { findActors } from '../../../shared/actors/actors.ts';
import { STOPWORDS, stem, tokenize } from '../../../shared/text/tokens.ts';
import { STANCE_HEDGE, STANCE_OPPOSE, STANCE_SUPPORT } from '../../../shared/language/lexicon.ts';
import type { Candidate } from './candidates.ts';

/** Reporting verbs, titles and fillers: frequent in news, never a theme. */
const GENERIC_WORDS = new Set(
  ('says said states stated announces announced announce officially becoming become becomes accepts accept decides decide ' +
    'able eventually president minister ministry secretary prime foreign chancellor press government official officials ' +
    'country countries also would could will first former calls call including part following amid several report reports ' +
    'reported takes take makes make holds hold meeting meets visit asks tells confirms claims adds warns urges rejects ' +
    'supports opposes people percent year years month months week weeks today include includes other others arguing argues ' +
    'argued saying citing cites must end ends possible want wants wanted ready').split(' '),
);

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Common verbs and verb forms: a heading names things ("peace agreement"), not actions ("help bring"). */
const VERBS = new Set(
  ('bring brings help helps put puts give gives get gets go goes come comes keep keeps let lets seek seeks set sets ' +
    'allow allows begin begins continue continues leave leaves meet try tries use uses send sends hold holds plan plans ' +
    'agree agrees reach reaches remain remains seem seems become becomes expect expects include forward').split(' '),
);

function isVerbLike(word: string): boolean {
  return VERBS.has(word) || (word.length > 5 && /(?:ing|ed|ly)$/.test(word) && !/(?:thing|ring|ding|ped|eed)$/.test(word));
}

/** Stance cues say how actors feel, not what the theme is. */
function isStanceCue(word: string): boolean {
  return STANCE_SUPPORT.has(word) || STANCE_OPPOSE.has(word) || STANCE_HEDGE.has(word);
}

/** Words of multi-word capitalised names ("Volodymyr Zelenskyy", "George W. Bush"): who, not what. */
function nameWords(text: string): Set<string> {
  const names = [...text.matchAll(/(?<=\s)[A-Z][\p{L}'’-]+(?:\s+[A-Z]\.)*(?:\s+[A-Z][\p{L}'’-]+)+/gu)].map((match) => match[0]);
  const actors = findActors(text).map((mention) => mention.surface);
  return new Set([...names, ...actors].flatMap((name) => tokenize(name)));
}

interface Phrase { surface: string; stems: string[] }

/** Runs of theme words (split at stopwords, generic words, names, question words), as unigrams and bigrams. */
function phrasesOf(text: string, skip: Set<string>, questionStems: Set<string>): Phrase[] {
  const phrases: Phrase[] = [];
  let run: { surface: string; stem: string }[] = [];
  const flush = () => {
    run.forEach((word, index) => {
      if (word.surface.length >= 5) phrases.push({ surface: word.surface, stems: [word.stem] });
      const next = run[index + 1];
      if (next) phrases.push({ surface: `${word.surface} ${next.surface}`, stems: [word.stem, next.stem] });
    });
    run = [];
  };
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase().replace(/['’]s$/, '');
    const key = stem(lower);
    if (lower.length < 3 || STOPWORDS.has(lower) || GENERIC_WORDS.has(lower) || isStanceCue(lower) || isVerbLike(lower) || skip.has(lower) || questionStems.has(key)) flush();
    // Names keep their capitals ("Donbass conflict"); a capital that only starts the sentence does not.
    else run.push({ surface: match.index > 0 && /^[A-Z]/.test(match[0]) ? match[0] : lower, stem: key });
  }
  flush();
  return phrases;
}

export function keyPhrases(members: Candidate[], pool: Candidate[], questionStems: Set<string>, count = 3): string[] {
  const poolFrequency = new Map<string, number>();
  for (const candidate of pool) for (const word of candidate.stems) poolFrequency.set(word, (poolFrequency.get(word) ?? 0) + 1);
  const idf = (word: string) => Math.log(1 + pool.length / (poolFrequency.get(word) ?? 1));
  const skip = nameWords(members.map((member) => member.text).join(' '));
  const scored = new Map<string, { phrase: Phrase; members: number }>();
  for (const member of members) {
    const seen = new Set<string>();
    for (const phrase of phrasesOf(member.text, skip, questionStems)) {
      const key = phrase.stems.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = scored.get(key) ?? { phrase, members: 0 };
      entry.members++;
      scored.set(key, entry);
    }
  }
  const ranked = [...scored.values()]
    .map(({ phrase, members: frequency }) => ({
      phrase,
      weight: frequency * (phrase.stems.reduce((sum, word) => sum + idf(word), 0) / phrase.stems.length) * (phrase.stems.length > 1 ? 1.3 : 1),
    }))
    .sort((left, right) => right.weight - left.weight || left.phrase.surface.localeCompare(right.phrase.surface));
  const chosen: Phrase[] = [];
  for (const { phrase } of ranked) {
    if (chosen.some((other) => other.stems.some((word) => phrase.stems.includes(word)))) continue;
    chosen.push(phrase);
    if (chosen.length === count) break;
  }
  return chosen.map((phrase) => phrase.surface);
}
