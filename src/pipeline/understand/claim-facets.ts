// Search facets for a claim, from its event frame: the actors with the predicate and its opposite (so a
// claim that Finland "left" NATO finds "Finland joins NATO"), the event without its agent (so a claim
// naming the wrong actor finds the right one), and the claim's words. Dates and numbers are slots the
// verdict compares, never search filters.
import type { Facet } from '../../contracts/types.ts';
import type { EventFrame } from '../../shared/language/event-frame.ts';
import type { NameMention } from '../../shared/language/names.ts';
import { isReporting, searchWordsFor } from '../../shared/language/predicates.ts';
import { contentWords } from '../../shared/text/tokens.ts';
import { entityAlternatives } from './entity-alternatives.ts';

const YEAR_OR_NUMBER = /^\d/;

/** The claim's stated time, widened by a day either side for reporting lag. */
export function claimTimeHint(frame: EventFrame): { from: string; to: string } | undefined {
  const times = frame.times;
  if (times.length === 0) return undefined;
  const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return { from: shift(times[0].from, -1), to: shift(times.at(-1)!.to, 1) };
}

export function claimFacets(claim: string, frame: EventFrame): Facet[] {
  const words = contentWords(claim).filter((word) => !YEAR_OR_NUMBER.test(word));
  // A verb of saying ("reported a record") is no event to search by its group: "say", "state", "tell" are in
  // every other sentence.
  const predicateWords = frame.main && !isReporting(frame.main.key) ? searchWordsFor(frame.main.key) : { same: [], opposite: [] };
  const eventWords = [...new Set([...(frame.main ? [frame.main.lemma] : []), ...predicateWords.same, ...predicateWords.opposite])].filter((word) => !word.includes(' '));
  const group = (name: NameMention) => entityAlternatives(name.surface.replace(/^the\s+/i, ''));
  const agents = frame.main?.agents ?? [];
  const patients = frame.main?.patients ?? [];
  const named = frame.names.filter((name) => !frame.places.includes(name));
  const themeWords = words.filter((word) => !named.some((name) => name.words.includes(word)) && !eventWords.includes(word));
  // A specific figure ("37,930 new cases") finds the one report among many alike; it still only ranks, never filters.
  const figures = frame.quantities.filter((quantity) => quantity.value >= 100 && !/^(1[89]|20)\d\d$/.test(quantity.text)).flatMap((quantity) => quantity.text.split(/[^\d]+/).filter((part) => part.length >= 3));
  const facets: Facet[] = [{ name: 'question', query: [...words, ...figures].join(' '), required: named.slice(0, 2).map(group) }];
  if (frame.main) {
    facets.push({ name: 'expanded', query: [...named.map((name) => name.surface), ...eventWords, ...themeWords].join(' '), required: agents.slice(0, 1).map(group) });
    facets.push({ name: 'event', query: [...patients.map((name) => name.surface), ...eventWords, ...themeWords].join(' '), required: patients.slice(0, 1).map(group) });
  }
  for (const name of named.slice(0, 3)) facets.push({ name: `entity:${name.surface}`, query: [...eventWords, ...themeWords].join(' '), required: [group(name)] });
  facets.push({ name: 'broad', query: words.join(' ') });
  return facets.filter((facet) => facet.query.trim().length > 0).map((facet) => ({ ...facet, required: facet.required?.filter((alternatives) => alternatives.length > 0) }));
}
