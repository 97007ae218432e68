// A party the claim names by a word describing a common noun ("Irish voters", "the Republican primary",
// "a Berlin court"): the source may say the same with the noun and the name apart ("voters in Ireland",
// "the Republican Party primary", "a court in Berlin, Germany"). Then it names that party too.
import type { EventFrame } from '../language/event-frame.ts';
import { findName, type NameMention } from '../language/names.ts';

/** Prepositions that put a name after the noun it describes ("a court in Berlin", "the state of Victoria"). */
const PHRASE_HEADS = new Set(['in', 'of', 'from']);

/** The common noun a name describes: the last of the lower-case nouns (or adjectives) right after it ("Syrian government forces"). */
function describedNoun(frame: EventFrame, name: NameMention): string | undefined {
  let at = name.index + name.surface.split(/\s+/).length;
  if (/^['’]s$/.test(frame.tokens[at]?.text ?? '')) at++;
  let noun: string | undefined;
  // "the Republican primary held …": the tagger may read the noun as an adjective.
  for (; ['NOUN', 'ADJ'].includes(frame.tokens[at]?.pos ?? '') && /^\p{Ll}/u.test(frame.tokens[at].text); at++) noun = frame.tokens[at].lemma;
  return noun;
}

/** Whether the source names `wanted` with the common noun it describes in the claim: before it or after "in", "of", "from". */
export function describedAlike(claim: EventFrame, source: EventFrame, wanted: NameMention): boolean {
  const noun = describedNoun(claim, wanted);
  if (noun === undefined) return false;
  const there = source.names.filter((name) => findName([name], wanted));
  // "Voters in Ireland go …": a noun opening the sentence may be tagged as a name, its plural unlemmatised.
  const isNoun = (token: { lemma: string; lower: string }) => token.lemma === noun || token.lower === noun || token.lower.replace(/e?s$/, '') === noun;
  const ends = (name: NameMention) => name.index + name.surface.split(/\s+/).length;
  // "the Republican Party primary", "Victoria's bushfires" / "bushfires in Victoria", "the state of Victoria".
  const before = (name: NameMention, at: number) => ends(name) === at || (ends(name) === at - 1 && /^['’]s$/.test(source.tokens[at - 1].text));
  const after = (name: NameMention, at: number) => PHRASE_HEADS.has(source.tokens[at + 1]?.lower ?? '') && (name.index === at + 2 || (name.index === at + 3 && source.tokens[at + 2].pos === 'DET'));
  return source.tokens.some((token, at) => isNoun(token) && there.some((name) => before(name, at) || after(name, at)));
}
