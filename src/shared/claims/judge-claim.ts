// The verdict on a claim from its evidence: each source sentence's frame is compared with the claim's;
// one that states the same event with every core slot matching supports it, one that differs in exactly
// one core slot refutes it. Lexical overlap alone never supports a claim: the event must match.
import type { VerdictLabel } from '../../contracts/schema.ts';
import { statementOf } from '../language/claim-text.ts';
import { frameOf, type EventFrame } from '../language/event-frame.ts';
import { type Comparison, compareFrames } from './compare-frames.ts';
import { compareQualifiers, scopesQualifier } from './compare-details.ts';
import { BOUNDS } from './compare-times.ts';
import { coreOfClaim } from '../language/qualifier-core.ts';
import { splitClaim } from './split-claim.ts';
import { ASIDE_WORDS, personWord } from './theme-words.ts';
import { splitSentences } from '../text/sentences.ts';
import type { NameMention } from '../language/names.ts';
import { analyse } from '../language/nlp.ts';
import { isPersonLike } from '../language/compare-names.ts';
import { addedPurpose, purposeTurned } from './purpose.ts';
import { deniesOtherwise, stanceUnstated } from './safety-nets.ts';

export interface EvidenceSentence {
  text: string;
  passageId: string;
  publishedAt?: string;
}

export type ClaimLabel = Extract<VerdictLabel, 'supported' | 'mostly supported' | 'misleading' | 'false'> | 'not enough evidence';

export interface ClaimFinding {
  label: ClaimLabel;
  claim: string;
  evidence?: EvidenceSentence;
  comparison?: Comparison;
}

const RANK: ClaimLabel[] = ['supported', 'mostly supported', 'misleading', 'false'];
/** Minor words a claim may add without changing the event ("reportedly", "officially"). */
const MINOR_POS = new Set(['ADJ', 'ADV']);


/** "looser", "tougher", "higher": an adjective's comparative, not the word itself. */
function isComparative(token: { pos: string; lower: string; lemma: string }): boolean {
  return token.pos === 'ADJ' && token.lower !== token.lemma && /er$/.test(token.lower) && !/er$/.test(token.lemma);
}

export function classify(claim: EventFrame, comparison: Comparison): ClaimLabel {
  if (!comparison.sameEvent) return 'not enough evidence';
  // An event the source only announces as coming is the claim's to refute by one changed detail, not to back.
  // Nor by its date: the day a plan, hope or warning is reported does not date the event ("having Ukraine join NATO
  // would exacerbate the conflict", said in 2021, against "Ukraine joined NATO in 2023").
  // Nor at all when it only says the event can or may happen ("suggests England cannot win the 2014 World Cup").
  if (comparison.intended && (comparison.conflicts.length !== 1 || comparison.conflicts[0].slot === 'date' || comparison.possible)) return 'not enough evidence';
  const unstated = (kind: string) => comparison.slots.some((slot) => slot.slot === kind && slot.outcome === 'unstated');
  // Adverbs of time and aspect ("still", "again", "already") say nothing the event could differ in.
  const extra = comparison.extra.filter((word) => !ASIDE_WORDS.has(word));
  // Not the adjective the event came to ("tested positive"): that is the event's own (compareFrames' `core`).
  const minor = extra.filter((word) => !comparison.core.includes(word) && claim.tokens.some((token) => token.lemma === word && MINOR_POS.has(token.pos)));
  // A comparative the source lacks ("looser restrictions" where it says "tougher") says which way the event
  // went: no firm placing lets it pass.
  const comparative = extra.filter((word) => claim.tokens.some((token) => token.lemma === word && isComparative(token)));
  // The same event in unrelated words may name its doer another way ("troops" / "military"): no extra word then.
  const major = extra.filter((word) => !minor.includes(word) && !(comparison.paraphrased && personWord(claim, word)));
  // Who did it, and how many, must be stated for a claim to stand or fall on this sentence.
  // An event the source states in words not related to the claim's is identified by its other slots, and
  // only on the way to "false" (compareFrames' `placed`).
  // A date the sentence cannot give finer than it does (an event it names as known, a past year it looks back to).
  const undated = comparison.slots.some((slot) => slot.slot === 'date' && slot.outcome === 'unstated' && slot.source !== undefined);
  const unidentified = unstated('actor') || unstated('number') || undated || (unstated('event') && comparison.conflicts.length !== 1 && !comparison.paraphrased);
  // False means one changed detail of this very event: everything else the claim says must be here, or
  // the sentence may report another event of the same kind (another election, another rate cut).
  // Words the source doesn't have are let pass only when the event is firmly placed (three slots match)
  // and the source names no rival for them ("train" where it says "aircraft").
  // Two parties found in swapped roles place the event as two matching parties would.
  const matched = comparison.matched + (comparison.swapped ? 2 : 0);
  const firm = matched >= 3 && comparison.rivalled.length === 0 && major.length <= 2;
  // For "false" only, the claim's other words mostly in the sentence count as one slot placing the event.
  // Not for a changed date: two events of one kind in one place differ by their dates.
  const refutable = firm || (matched >= 2 && comparison.themeShared && comparison.rivalled.length === 0 && major.length <= 1 && comparison.conflicts[0]?.slot !== 'date');
  // A qualifier the source does not give ("their first summit") leaves a firmly placed event refutable.
  // Another party where the claim's place goes unstated may be another event elsewhere ("banned from Queen Street"
  // against "Oslo's city council announces plans to ban cars").
  // Another place with neither a date nor a party matching may be another event of the kind there ("a suicide bomber
  // struck a feast in Abu Ghraib" / "a suicide bomber kills 40 at a university campus in Baghdad").
  // A count stated exactly ("12 people") anchors it; one only bounded ("at least 21", true of 40 as well) does not.
  const exact = claim.quantities.some((quantity) => quantity.bound !== 'min' && quantity.bound !== 'max' && !quantity.ordinal);
  const anchored = comparison.slots.some((slot) => slot.outcome === 'match' && (slot.slot === 'date' || slot.slot === 'actor' || (slot.slot === 'number' && exact)));
  // A doer read off a side event's borrowed subject ("… are abolished upon leaving the EU") is no changed party.
  const sideDoer = comparison.conflicts[0]?.slot === 'actor' && comparison.borrowed;
  const elsewhere = (comparison.conflicts[0]?.slot === 'actor' && (unstated('place') || sideDoer)) || (comparison.conflicts[0]?.slot === 'place' && !anchored);
  // "had climbed to 126 by 9 July" against "rises to 155" of 10 July: a running count changes from day to day, so
  // another day's figure refutes nothing.
  const running = comparison.conflicts[0]?.slot === 'number' && claim.main !== undefined && claim.main.keys.some((key) => key === 'increase' || key === 'decrease') && comparison.slots.some((slot) => slot.slot === 'date' && slot.outcome === 'match' && claim.times.some((time) => time.text === slot.claim && time.granularity === 'day' && time.from.slice(0, 10) !== slot.source));
  if (comparison.conflicts.length === 1) return unidentified || elsewhere || running || (!refutable && (major.length > 0 || minor.length > 1)) || (unstated('qualifier') && !firm) || unstated('detail') ? 'not enough evidence' : 'false';
  if (unidentified) return 'not enough evidence';
  // An overstated qualifier makes a claim misleading only when its event is the source's: not when the
  // thing it is done to is missing ("made COVID-19 vaccination compulsory" against "making it the first …").
  if (unstated('qualifier')) return comparison.core.length > 0 ? 'not enough evidence' : 'misleading';
  // A thing or an act the source does not mention may be another event's: no verdict rests on it, unless
  // the event is firmly placed (three slots match, no rival named) and it is the claim's only such word,
  // outside the event's parties and object ("troops exchanged fire" where the source says "armies"; not
  // "Serbia's parliament declared").
  // Four matching slots and most of its words place it firmer still: two such words may pass.
  const allowed = !firm || comparison.core.length > 0 ? 0 : matched >= 4 && comparison.themeShared ? 2 : 1;
  // A describing word the source answers with a rival ("a gold medal" where it says "a silver medal") is a changed
  // detail, no minor one.
  if (major.length > allowed || minor.length > 1 || comparative.length > 0 || minor.some((word) => comparison.rivalled.includes(word))) return 'not enough evidence';
  // A place the source leaves out while naming another town ("the Calais camp") is no detail to pass over.
  if (comparison.slots.some((slot) => slot.slot === 'place' && slot.outcome === 'unstated' && slot.source !== undefined)) return 'not enough evidence';
  // A describing word or name the source leaves out ("the French presidential election", "Prime Minister
  // of the United Kingdom") names the same event; a manner the source doesn't give ("narrowly"), or a time
  // or place it doesn't state, is a detail it cannot vouch for.
  const manner = minor.filter((word) => claim.tokens.some((token) => token.lemma === word && token.pos === 'ADV'));
  // A side event of the sentence placed by one slot alone, with the claim's other words mostly missing ("Barack Obama
  // was born in Kenya" / "… to impeach Barack Obama over his decision to allow …"), backs nothing.
  if (!comparison.central && comparison.matched < 2 && !comparison.themeShared && !comparison.paraphrased) return 'not enough evidence';
  if (manner.length > 0 || unstated('date') || unstated('place')) return 'mostly supported';
  return 'supported';
}

interface Source {
  sentence: EvidenceSentence;
  frame: EventFrame;
  context: EventFrame[];
}

/**
 * Whether a sentence backing a part contradicts the rest of the claim ("More than 300 people died in floods"
 * backed by floods in Haiti, where the claim says the Philippines): then it reports another event.
 */
function againstWhole(whole: EventFrame, source: Source): boolean {
  return compareFrames(whole, source.frame, { context: source.context }).conflicts.some((slot) => ['place', 'date', 'actor'].includes(slot.slot));
}

/** The best-backed reading of one simple claim (or a part of the whole claim) against all evidence sentences. */
function judgeSimpleClaim(claim: EventFrame, sources: Source[], whole?: EventFrame, claimedPlaces: NameMention[] = []): ClaimFinding {
  const claimText = claim.text;
  const all: ClaimFinding[] = [];
  // Sentences that report the event on the claim's date with nothing in conflict, verdict or not.
  let datedAsClaimed = false;
  for (const { sentence, frame, context } of sources) {
    const comparison = compareFrames(claim, frame, { context, claimedPlaces });
    const label = classify(claim, comparison);
    if (comparison.sameEvent && comparison.conflicts.length === 0 && comparison.slots.some((slot) => slot.slot === 'date' && slot.outcome === 'match')) datedAsClaimed = true;
    const backs = label === 'supported' || label === 'mostly supported';
    if (label === 'not enough evidence' || (backs && whole && againstWhole(whole, { sentence, frame, context })) || (backs && (deniesOtherwise(claim, frame, context) || stanceUnstated(claim, frame) || purposeTurned(claim, frame)))) continue;
    all.push({ label, claim: claimText, evidence: sentence, comparison });
  }
  // Another date refutes nothing when a source reports the event on the claim's date: that sentence is about
  // another event of the same kind (another bombing in the same city).
  const findings = datedAsClaimed ? all.filter((finding) => !(finding.label === 'false' && finding.comparison?.conflicts[0]?.slot === 'date')) : all;
  // Among equal verdicts, the sentence that states the event most directly: more slots matching, the event
  // as a verb rather than a noun ("Finland joins NATO" over "a vote to approve Finland's accession"), and as
  // the sentence's own main event ("Finland joins NATO" over "Finland rejects demands that it never join").
  const strength = (finding: ClaimFinding) => {
    const comparison = finding.comparison!;
    const matches = comparison.slots.filter((slot) => slot.outcome === 'match').length;
    // An event only announced as coming is the weakest ground for a verdict.
    // Both parties named the other way round ("France defeats Croatia") say more than another party named.
    // A sentence about the claim's own parties says more than one naming another party ("Queen Elizabeth II died
    // in 2021": her death in 2022, rather than her husband's in 2021).
    const ownParties = !comparison.conflicts.some((slot) => slot.slot === 'actor') && comparison.slots.some((slot) => slot.slot === 'actor' && slot.outcome === 'match');
    return matches + (comparison.verbal ? 1 : 0) + (comparison.central ? 1 : 0) + (comparison.swapped ? 3 : 0) + (ownParties ? 2 : 0) - comparison.extra.length - (comparison.intended ? 3 : 0);
  };
  const best = findings.sort((left, right) => RANK.indexOf(left.label) - RANK.indexOf(right.label) || strength(right) - strength(left))[0];
  if (!best) return { label: 'not enough evidence', claim: claimText };
  // A detail the best source leaves unstated that another report of the event contradicts decides it.
  const unstated = new Set(best.comparison?.slots.filter((slot) => slot.outcome === 'unstated').map((slot) => slot.slot));
  const contradicted = findings.find((finding) => finding.label === 'false' && finding.comparison?.conflicts.some((slot) => unstated.has(slot.slot)));
  if (best.label !== 'supported' && contradicted) return contradicted;
  // A named person dies once: a sentence reporting that death as its own event elsewhere or at another time outweighs
  // one that names the person beside another killing ("Gaddafi is killed … in Sirte" over "… strikes target his compound in Tripoli and … 29
  // civilians have been killed").
  const person = claim.main?.key === 'kill' && claim.main.agents.length === 0 && claim.main.patients.length === 1 && isPersonLike(claim.main.patients[0]) && claim.main.patients[0].words.length >= 2;
  const death = person && !best.comparison?.central ? findings.find((finding) => finding.label === 'false' && finding.comparison?.central && ['place', 'date'].includes(finding.comparison.conflicts[0]?.slot ?? '')) : undefined;
  return death ?? best;
}

/**
 * A part's frame; a part without a time or place of its own takes the claim's ("A bomber killed 18 and
 * injured 25 at a café in Balad in August 2013": the killing was in Balad in August 2013 too), so a source
 * at another time or place reports another event for every part.
 */
function partFrame(own: EventFrame, whole: EventFrame): EventFrame {
  const part = own.text;
  // A deadline ("aims for 500,000 births a year by 2033") bounds its own part, it does not date the others.
  const deadline = (time: { index: number }) => BOUNDS.has(whole.tokens[time.index - 1]?.lower ?? '');
  const times = own.times.length === 0 ? whole.times.filter((time) => !part.includes(time.text) && !deadline(time)).map((time) => ({ text: time.text.replace(/^(in|on|at)\s+/i, ''), day: time.granularity === 'day' })) : [];
  const places = own.places.length === 0 ? whole.places.filter((place) => !part.includes(place.surface) && !scopesQualifier(whole, place)).map((place) => place.surface) : [];
  if (times.length === 0 && places.length === 0) return own;
  const setting = [...places.map((place) => `in ${place}`), ...times.map((time) => (/^\d/.test(time.text) || time.day ? `on ${time.text}` : `in ${time.text}`))].join(' ');
  return frameOf(`${part.replace(/[.!]+$/, '')} ${setting}.`);
}

/**
 * A claim of several parts ("X joined in 2023 and Y in 2024") is judged part by part: any part refuted
 * makes it false, any part misleading makes it misleading, a part no source covers leaves the whole
 * without a verdict, and it is supported only when every part is.
 */
function judgeParts(claimText: string, sources: Source[]): { label: ClaimLabel; parts: ClaimFinding[] } {
  // A post of several sentences ("… talked to them about Kate's health. Now the hospital says …") is several parts.
  const sentences = splitSentences(claimText).filter((sentence) => sentence.split(/\s+/).length >= 3);
  // A post's asides ("Thoughts with everyone in northern Israel", "Stay home, people.", "Payback for 2014?") state
  // nothing to check: no verb, a command or a question.
  const stated = sentences.filter(statesSomething);
  const texts = (stated.length > 0 ? stated : sentences.length > 0 ? sentences : [claimText]).flatMap(splitClaim);
  // "An earthquake hit the Azores in March 2017 and killed three people": the parts share the time and the
  // place. A part with a time or place of its own ("Finland joined in 2023 and Sweden in 2024") keeps to it.
  const whole = texts.length > 1 ? frameOf(claimText) : undefined;
  const own = texts.map((text) => frameOf(text));
  // A part that names no one of its own ("More than 200 people died in floods") stands only on a sentence
  // that agrees with the rest of the claim.
  const parts = own.map((frame) => judgeSimpleClaim(whole ? partFrame(frame, whole) : frame, sources, whole && frame.names.length === 0 ? whole : undefined, whole?.places ?? []));
  // A part dated only by the rest of the claim is not refuted by another date when another part is found on
  // the claim's date ("took the airport … and were reported close to conquering the city" in October).
  const onDate = parts.some((part) => (part.label === 'supported' || part.label === 'mostly supported') && part.comparison?.slots.some((slot) => slot.slot === 'date' && slot.outcome === 'match'));
  // Dated only by the rest: no time of its own, or the time every part shares (the splitter copies it).
  const timesOf = own.map((frame) => frame.times.map((time) => time.text).join('|'));
  const inherited = (index: number) => whole !== undefined && (timesOf[index] === '' || timesOf.every((times) => times === timesOf[index]));
  for (const [index, part] of parts.entries()) {
    if (onDate && inherited(index) && part.label === 'false' && part.comparison?.conflicts.every((slot) => slot.slot === 'date')) parts[index] = { label: 'not enough evidence', claim: part.claim };
  }
  const labels = parts.map((part) => part.label);
  if (labels.includes('false')) return { label: 'false', parts };
  if (labels.includes('misleading')) return { label: 'misleading', parts };
  if (labels.includes('not enough evidence')) return { label: 'not enough evidence', parts };
  if (labels.includes('mostly supported')) return { label: 'mostly supported', parts };
  return { label: 'supported', parts };
}

function statesSomething(sentence: string): boolean {
  const tokens = analyse(sentence);
  const command = tokens[0]?.pos === 'VERB' && tokens[0].lower === tokens[0].lemma;
  return !/\?\s*$/.test(sentence) && !command && tokens.some((token) => token.pos === 'VERB');
}

/**
 * A claim the sources don't match as written may be a true core with an overstated addition ("erupted in
 * February 2018 - its first eruption in more than 400 years -"): the core is judged without its qualifier
 * phrases, and a core that stands is misleading unless the sources that back it state the qualifiers too.
 */
function judgeCore(claimText: string, sources: Source[]): { label: ClaimLabel; parts: ClaimFinding[] } | undefined {
  const frame = frameOf(claimText);
  const core = coreOfClaim(frame);
  if (!core) return undefined;
  const judged = judgeParts(core, sources);
  // Only a core that stands counts: a core refuted where the whole claim was not may be another, less
  // specific event ("vaccination compulsory for health workers" is found elsewhere, "for all" was not).
  if (judged.label === 'not enough evidence' || judged.label === 'false') return undefined;
  const backing = judged.parts.find((part) => part.evidence && part.comparison);
  if (!backing) return undefined;
  const cited = sources.filter((source) => judged.parts.some((part) => part.evidence === source.sentence));
  // The core leaves the qualifier phrases out, and with them any time inside them ("in the historic village of
  // Lærdalsøyri in January 2011"): the whole claim's date must not conflict with the sentence backing it.
  if (cited.some((source) => compareFrames(frame, source.frame, { context: source.context }).conflicts.some((slot) => slot.slot === 'date'))) return undefined;
  const qualifiers = [...compareQualifiers(frame, cited[0].frame).map((slot, index) => (slot.outcome === 'match' ? slot : cited.flatMap((source) => [source.frame, ...source.context]).map((other) => compareQualifiers(frame, other)[index]).find((other) => other?.outcome === 'match') ?? slot)), ...addedPurpose(frame, cited.flatMap((source) => [source.frame, ...source.context]))];
  if (qualifiers.length > 0 && qualifiers.every((slot) => slot.outcome === 'match')) return judged;
  // "the highest end-year level since 2017" where the source says "the lowest": the qualifier turned round.
  const reversed = qualifiers.find((slot) => slot.outcome === 'conflict');
  if (reversed) return { label: 'false', parts: [{ label: 'false', claim: claimText, evidence: backing.evidence, comparison: { ...backing.comparison!, slots: [...backing.comparison!.slots, reversed], conflicts: [reversed] } }] };
  const comparison = { ...backing.comparison!, slots: [...backing.comparison!.slots, ...qualifiers] };
  return { label: 'misleading', parts: [{ label: 'misleading', claim: claimText, evidence: backing.evidence, comparison }] };
}

/** A parenthesised outlet opening a sentence: "(AP via Google News) ", "(Delfi) ". */
const CITED_SOURCE = /^\((?:[\p{Lu}][\p{L}.&'’-]*)(?:\s+(?:via\s+)?[\p{Lu}][\p{L}.&'’-]*){0,4}\)\s+/u;

export function judgeClaim(written: string, evidence: EvidenceSentence[]): { label: ClaimLabel; parts: ClaimFinding[] } {
  const claimText = statementOf(written);
  // Each evidence sentence is read once, whatever the number of parts.
  // "(AP via Google News) S. Bagapsh …", "(Delfi) He calls …": a news source cited before the sentence is no party of it.
  const framed = evidence.map((sentence) => ({ sentence, frame: frameOf(sentence.text.replace(CITED_SOURCE, ''), { publishedAt: sentence.publishedAt }) }));
  // The other sentences of a sentence's item (passage) name the event's side details too.
  const byPassage = Map.groupBy(framed, (source) => source.sentence.passageId);
  const sources: Source[] = framed.map((source) => ({ ...source, context: byPassage.get(source.sentence.passageId)!.filter((other) => other !== source).map((other) => other.frame) }));
  const judged = judgeParts(claimText, sources);
  return judged.label === 'not enough evidence' ? (judgeCore(claimText, sources) ?? judged) : judged;
}
