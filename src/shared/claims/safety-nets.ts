// Safety nets under the slot comparison (judge-claim.ts): a sentence the comparison would let back the claim
// that denies otherwise, or that does not take the claim's stance towards its party, backs nothing.
import { DENIALS, NEGATING_VERBS } from '../language/clauses.ts';
import { findName } from '../language/compare-names.ts';
import type { EventFrame } from '../language/event-frame.ts';
import { pastOf } from '../language/mend-tags.ts';
import { relateSenses, senseOf } from '../language/predicates.ts';

/** A verb's own denial ("not", "never"): the narrower kind of the DENIALS words. */
const VERB_DENIALS = new Set(['not', "n't", 'never']);

/**
 * A safety net under the slot comparison: a claim that denies something where the sentence denies nothing
 * (no denial word, no "refuses", "fails", "declines"), or a sentence whose verb is denied where the claim
 * denies nothing ("ruled that X did not violate" / "violated"; "urged them not to attend" / "told them to go"),
 * never backs the claim, whichever verb the denial was read on. It may still refute it, when the comparison finds the denied slot.
 */
export function deniesOtherwise(claim: EventFrame, source: EventFrame, context: EventFrame[] = []): boolean {
  const denies = (frame: EventFrame) => frame.tokens.some((token) => DENIALS.has(token.lower) || NEGATING_VERBS.has(token.lemma));
  const claimDenies = denies(claim);
  // "…, with no casualties reported" / the item's next sentence: "No casualties are reported.": the thing denied,
  // denied in another sentence of the item.
  const denied = claim.tokens.flatMap((token, at) => (DENIALS.has(token.lower) ? claim.tokens.slice(at + 1, at + 3).filter((next) => next.pos === 'NOUN').map((next) => next.lemma) : []));
  if (claimDenies && denied.length > 0 && context.some((other) => denies(other) && denied.every((noun) => other.tokens.some((token) => token.lemma === noun)))) return false;
  // "told Russians not to travel" / "warns its citizens against travelling".
  // "There will be no new blasphemy law" / "rejects demands for a new anti-blasphemy law": a refusal denies too.
  const sourceDenies = denies(source) || source.tokens.some((token) => token.lower === 'against') || source.predicates.some((predicate) => predicate.keys.includes('reject'));
  // A verb's denial only ("does not attend"), not a phrase's ("a supermajority in the House but not in the Senate"),
  // and of a verb the claim speaks of ("did not pollute" / "polluted"; not "warning nationals not to travel").
  const spokenOf = (lemma: string) => claim.tokens.some((token) => token.lemma === lemma || pastOf(token.lower) === lemma) || claim.predicates.some((predicate) => relateSenses(predicate.keys, senseOf(lemma).keys) !== undefined);
  const deniedVerb = source.tokens.some((token, at) => {
    const verb = VERB_DENIALS.has(token.lower) ? source.tokens.slice(at + 1).find((next) => !['AUX', 'PART', 'ADV'].includes(next.pos)) : undefined;
    return verb?.pos === 'VERB' && spokenOf(verb.lemma);
  });
  // "told countries to go to the conference" / "calls on countries not to attend it": what was asked, decided or
  // agreed ("to …") the sentence says was asked not to be done ("not to …"), whatever verb each side uses.
  const infinitive = (frame: EventFrame, denied: boolean) => frame.tokens.some((token, at) => token.lower === 'to' && frame.tokens[at + 1]?.pos === 'VERB' && VERB_DENIALS.has(frame.tokens[at - 1]?.lower ?? '') === denied);
  const deniedRequest = infinitive(source, true) && infinitive(claim, false);
  return (claimDenies && !sourceDenies) || (!claimDenies && (deniedVerb || deniedRequest));
}

/**
 * "to show their support for Prime Minister Kosor's government" against "… and ask Prime Minister Kosor's
 * government to resign": a stance the claim takes towards a party (support, opposition) must be the
 * sentence's towards that party, not only somewhere in it.
 */
export function stanceUnstated(claim: EventFrame, source: EventFrame): boolean {
  // A stance word, not a verb's particle ("brought back to Scotland").
  const stance = (token: { lemma: string; pos: string }) => !['ADV', 'ADP', 'PART'].includes(token.pos) && senseOf(token.lemma).keys.some((key) => key === 'support' || key === 'oppose');
  // The stance word's own object: the name right after it and a preposition, determiner or pronoun ("support
  // for Prime Minister …", "backing the government of …"), not a name further on ("backed by US airstrikes
  // retake Mosul Dam").
  const objectOf = (at: number) => {
    for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
      const token = claim.tokens[back];
      if (stance(token)) return token;
      if (!['ADP', 'DET', 'PRON'].includes(token.pos)) return undefined;
    }
    return undefined;
  };
  return claim.names.some((name) => {
    const word = objectOf(name.index);
    const there = word ? findName(source.names, name) : undefined;
    if (!word || !there) return false;
    const keys = new Set(senseOf(word.lemma).keys);
    return !source.tokens.slice(Math.max(0, there.index - 6), there.index).some((token) => stance(token) && senseOf(token.lemma).keys.some((key) => keys.has(key)));
  });
}
