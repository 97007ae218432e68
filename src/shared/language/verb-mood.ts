// A verb's mood as a frame reads it: passive ("was admitted", "sacked from" after a passive), hypothetical (an
// event expected, intended, committed to or asked for, and an infinitive serving such a verb) and negated ("not",
// "refused to", "warns against").
import type { Token } from './nlp.ts';
import { NEGATING_VERBS } from './clauses.ts';

const NEGATORS = new Set(['not', 'never', 'no', "n't", 'neither', 'nor', 'without']);

/** Verbs whose past participle is spelt as their base. */
const SAME_FORM_PARTICIPLES = new Set(['let', 'put', 'set', 'cut', 'hit', 'hurt', 'shut', 'quit', 'spread', 'cast', 'split', 'shed', 'upset', 'burst', 'broadcast', 'forecast', 'rid', 'run', 'overrun']);

export function isPassive(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  // "was let go by", "were cut off", "is hit by": a participle spelt as its base.
  // So is one after a comma before "by" (", run by Qatargas").
  const sameForm = SAME_FORM_PARTICIPLES.has(token.lower) && ((tokens[index - 1]?.lemma === 'be' && tokens[index - 1]?.lower !== 'be') || (tokens[index - 1]?.text === ',' && tokens[index + 1]?.lower === 'by'));
  const participle = (token.lower !== token.lemma && !/(s|ing)$/.test(token.lower)) || sameForm;
  if (!participle) return false;
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const previous = tokens[back];
    if (previous.pos === 'AUX' && ['be', 'get'].includes(previous.lemma)) return true;
    if (!['ADV', 'PART'].includes(previous.pos)) break;
  }
  // A reduced relative or headline passive: "Finland, admitted by NATO", "Roe v. Wade overturned by the court".
  if (tokens[index + 1]?.lower === 'by') return true;
  // "A radio show is axed and presenter Kyle Sandilands sacked from a TV show": the passive before "and" lends
  // its auxiliary to the clause after it.
  const and = tokens.slice(0, index).findLastIndex((previous) => previous.lower === 'and');
  if (and > 1 && ['PROPN', 'NOUN'].includes(tokens[index - 1]?.pos ?? '') && !tokens.slice(and + 1, index).some((between) => ['VERB', 'AUX'].includes(between.pos))) {
    const verb = tokens.slice(0, and).findLastIndex((previous) => previous.pos === 'VERB');
    if (verb > 0 && tokens[verb + 1]?.lower === 'and' && isPassive(tokens, verb)) return true;
  }
  // "Abinader sworn in for second term": a form that is only ever a participle ("sworn", "taken", "shown") right
  // after its subject's name, with no auxiliary or "have" before it.
  const onlyParticiple = /(en|wn|rn)$/.test(token.lower);
  return onlyParticiple && tokens[index - 1]?.pos === 'PROPN' && !tokens.slice(Math.max(0, index - 6), index).some((previous) => previous.pos === 'AUX' || previous.lemma === 'have');
}

/** Words that put an event in the future or in someone's intentions: "expected to join", "its bid to join". */
/** Modals of mere possibility, against an announced plan ("will", "is to"). */
const POSSIBILITY = new Set(['can', 'cannot', 'could', 'may', 'might']);

const HYPOTHETICAL = new Set([...POSSIBILITY, 'will', 'would', 'should', 'expect', 'expected', 'plan', 'plans', 'planned', 'intend', 'intends', 'intention', 'intent', 'aim', 'aims', 'seek', 'seeks', 'want', 'wants', 'hope', 'hopes', 'threaten', 'threatens', 'threat', 'bid', 'propose', 'proposes', 'proposal', 'consider', 'considers', 'possible', 'possibly', 'likely', 'set', 'prepare', 'prepares', 'preparing', 'prepared', 'ready', 'decide', 'decides', 'decided', 'choose', 'chooses', 'chose', 'opt', 'opts', 'opted', 'whether', 'if', 'application', 'apply', 'applies', 'request', 'demand', 'demands', 'call', 'calls', 'urge', 'urges', 'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'unless', 'lest', 'need', 'needs', 'needed']);

/** Nouns of striving: an infinitive after one is what is striven for ("the campaign to reelect President Trump"). */
// And the steps towards an act ("could begin its formal process of withdrawing"): the act is not done yet.
const STRIVING = new Set(['campaign', 'effort', 'attempt', 'drive', 'push', 'fight', 'struggle', 'quest', 'mission', 'race', 'initiative', 'candidate', 'nominee', 'process', 'procedure', 'path', 'road', 'step', 'preparation', 'prospect', 'possibility',
  // And what one may do ("his country's right to join", "the power to join trade unions").
  'right', 'option', 'chance', 'opportunity', 'ability', 'permission', 'power', 'freedom']);
/** Verbs of a stance or decision on an act ("approves the country joining NATO"): the act is not done by them. */
const STANCES = new Set(['approve', 'support', 'back', 'endorse', 'favour', 'favor', 'oppose', 'reject', 'welcome', 'consider', 'discuss', 'debate', 'propose', 'recommend', 'advocate', 'allow', 'permit', 'authorize', 'authorise', 'forbid', 'prohibit', 'fear', 'risk']);
/** A commitment to an event is not the event yet: "agreed to buy" is what "will acquire" says. */
const COMMITMENTS = new Set(['agree', 'pledge', 'promise', 'vow', 'agreement', 'deal', 'accord', 'commitment']);
/** Verbs of getting someone to act ("persuading the British people to remain"): the act urged is not done by it. */
const PERSUADING = new Set(['urge', 'persuade', 'encourage', 'convince', 'ask', 'invite', 'call', 'press', 'pressure', 'lobby', 'implore', 'beg', 'advise', 'want']);

/** Texts that propose an event: "a bill on", "a motion to". */
const PROPOSALS = new Set(['bill', 'motion', 'draft', 'resolution', 'legislation', 'amendment']);

/** Verbs that make a bill law. */
const ENACTING = new Set(['pass', 'approve', 'adopt', 'sign', 'enact', 'ratify']);

/** Verbs by which someone claims an outcome for themselves. */
const CLAIMING = new Set(['declare', 'claim', 'proclaim']);

/** Verbs that stand in the way of what they govern. */
const BLOCKING = new Set(['prevent', 'block', 'veto', 'oppose', 'reject', 'bar', 'stop', 'halt', 'thwart', 'obstruct', 'derail', 'delay', 'postpone']);

/** Nouns after an event noun that make it sought, not done: "NATO accession bids", "a membership application". */
const SOUGHT = new Set(['bid', 'bids', 'application', 'applications', 'request', 'requests', 'plan', 'plans', 'proposal', 'proposals', 'talks', 'hopes', 'ambitions', 'aspirations', 'protocol', 'protocols', 'process', 'negotiations', 'procedure', 'referendum', 'referendums', 'vote', 'votes', 'debate', 'question']);
/** What a vote or a debate is held on ("a referendum on United Kingdom withdrawal"): put to the question, not done. */
const VOTED_ON = new Set(['referendum', 'vote', 'ballot', 'plebiscite', 'debate', 'talks', 'negotiations', 'decision', 'question', 'proposal', 'bill', 'motion']);

export function isHypothetical(tokens: Token[], index: number): boolean {
  if (tokens[index].pos === 'NOUN' && SOUGHT.has(tokens[index + 1]?.lower ?? '')) return true;
  if (tokens[index].pos === 'NOUN') {
    let back = index - 1;
    while (back > 0 && ['PROPN', 'ADJ', 'DET'].includes(tokens[back].pos)) back--;
    if (['on', 'about', 'over'].includes(tokens[back]?.lower ?? '') && VOTED_ON.has(tokens[back - 1]?.lemma ?? '')) return true;
    // "will formally begin the UK's withdrawal": the object of a verb still to come is to come.
    let verb = index - 1;
    while (verb > 0 && (['PROPN', 'ADJ', 'DET', 'PART', 'ADV'].includes(tokens[verb].pos) || /^['’]s$/.test(tokens[verb].text))) verb--;
    if (tokens[verb]?.pos === 'VERB' && verb < index - 1 && isHypothetical(tokens, verb)) return true;
  }
  if (proposedBy(tokens, index)) return true;
  // "will vote against the admittance of Finland", "preventing their accession": an event someone stands in the
  // way of has not happened.
  if (tokens[index].pos === 'NOUN') {
    for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
      const previous = tokens[back];
      if (previous.lower === 'against' || BLOCKING.has(previous.lemma)) return true;
      // "declares victory", "claims victory": a win said by the one who would have it, not shown.
      if (CLAIMING.has(previous.lemma) && previous.pos === 'VERB') return true;
      if (!['DET', 'ADJ', 'PRON', 'PART', 'PROPN'].includes(previous.pos)) break;
    }
  }
  // "the beaver is to be brought back", "the minister is to visit": "be to" says what is planned.
  const planned = (at: number) => tokens[at]?.lower === 'to' && ['is', 'are', 'was', 'were'].includes(tokens[at - 1]?.lower ?? '');
  if (planned(index - 1) || (tokens[index - 1]?.lower === 'be' && planned(index - 2))) return true;
  // "agreed in July 2014 to buy": a commitment with a time or place between it and its infinitive.
  if (tokens[index - 1]?.lower === 'to') {
    for (let back = index - 2; back >= Math.max(0, index - 9); back--) {
      if (COMMITMENTS.has(tokens[back].lemma)) return true;
      // "whether to pursue a course of action to join": an infinitive of purpose is as hypothetical as its verb.
      if (tokens[back].pos === 'VERB') {
        if (isHypothetical(tokens, back) || PERSUADING.has(tokens[back].lemma)) return true;
        break;
      }
      if (['AUX', 'PUNCT', 'SCONJ', 'PRON'].includes(tokens[back].pos)) break;
    }
  }
  // "attempts of joining NATO" too.
  const striving = tokens[index - 2]?.pos === 'NOUN' && STRIVING.has(tokens[index - 2].lemma);
  if (striving && (tokens[index - 1]?.lower === 'to' || (tokens[index - 1]?.lower === 'of' && /ing$/.test(tokens[index].lower)))) return true;
  // "approves the country joining NATO", "opposes Ukraine joining": a gerund a stance or a decision is about.
  if (/ing$/.test(tokens[index].lower)) {
    for (let back = index - 1; back >= Math.max(0, index - 5); back--) {
      const previous = tokens[back];
      if (previous.pos === 'VERB') {
        if (STANCES.has(previous.lemma)) return true;
        break;
      }
      if (!['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(previous.pos)) break;
    }
  }
  // "will be able to acquire a status after the UK leaves the EU": a present verb in a clause of time under a
  // future is what is to come.
  if (futureClauseOfTime(tokens, index)) return true;
  // "to elect either Emmanuel Macron or Marine Le Pen": a choice still open.
  if (tokens.slice(index + 1, index + 3).some((token) => token.lower === 'either')) return true;
  // "that Ukraine be barred from joining NATO": what someone is kept from doing is not done.
  if (tokens[index - 1]?.lower === 'from' && BLOCKING.has(tokens[index - 2]?.lemma ?? '')) return true;
  // "warns that having Ukraine join NATO would …": a base form after a causative gerund is talked of, not done.
  if (tokens[index].lower === tokens[index].lemma && tokens.slice(Math.max(0, index - 4), index).some((token) => ['having', 'letting', 'allowing', 'making'].includes(token.lower))) return true;
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const previous = tokens[back];
    if (HYPOTHETICAL.has(previous.lower) || HYPOTHETICAL.has(previous.lemma)) return true;
    // "as long as Russia does not invade Ukraine": a condition, not an event.
    if (previous.lower === 'as' && tokens[back - 1]?.lower === 'long' && tokens[back - 2]?.lower === 'as') return true;
    if (previous.pos === 'PUNCT' || (previous.pos === 'VERB' && tokens[back + 1]?.lower !== 'to')) break;
  }
  return false;
}

/**
 * "submits a bill on granting Sweden membership into NATO": what a bill or motion is about ("a bill on granting", "a
 * bill to legalise", "a bill legalising") is proposed, not done; not one passed or signed ("passes a bill to ban
 * smoking"), which enacts it.
 */
function proposedBy(tokens: Token[], index: number): boolean {
  const opens = (after: Token | undefined) => after !== undefined && (['on', 'to', 'for', 'that'].includes(after.lower) || (after.pos === 'VERB' && /ing$/.test(after.lower)));
  for (let at = index - 1; at >= Math.max(0, index - 6); at--) {
    if (!PROPOSALS.has(tokens[at].lemma) || !opens(tokens[at + 1])) continue;
    const enacted = tokens.slice(Math.max(0, at - 3), at).some((token) => token.pos === 'VERB' && ENACTING.has(token.lemma));
    return !enacted && !tokens.slice(at + 1, index).some((token) => token.pos === 'AUX' || (token.pos === 'VERB' && !/ing$/.test(token.lower)));
  }
  return false;
}

/** Whether a modal of mere possibility governs the verb ("suggests England cannot win"). */
export function isPossibility(tokens: Token[], index: number): boolean {
  return tokens.slice(Math.max(0, index - 3), index).some((token) => POSSIBILITY.has(token.lower));
}

export function isNegated(tokens: Token[], index: number): boolean {
  // "warns its citizens against travelling": what one warns against is not to be done.
  if (tokens[index - 1]?.lower === 'against' && /ing$/.test(tokens[index].lower)) return true;
  // "refused in June 2008 to recognise": a refusal with a time or place between it and its infinitive.
  if (tokens[index - 1]?.lower === 'to') {
    for (let back = index - 2; back >= Math.max(0, index - 9); back--) {
      if (NEGATING_VERBS.has(tokens[back].lemma)) return true;
      if (['VERB', 'AUX', 'PUNCT', 'SCONJ', 'PRON'].includes(tokens[back].pos)) break;
    }
  }
  for (let back = index - 1; back >= Math.max(0, index - 4); back--) {
    const previous = tokens[back];
    if (NEGATORS.has(previous.lower) || previous.lower.endsWith("n't")) return true;
    if (NEGATING_VERBS.has(previous.lemma) && tokens[back + 1]?.lower === 'to') return true;
    if (previous.pos === 'VERB' || previous.pos === 'PUNCT' || previous.pos === 'SCONJ') break;
  }
  return false;
}

/** Words that open a clause of time. */
const TIME_OPENERS = new Set(['after', 'before', 'once', 'until', 'when']);

/** A verb in the present inside a clause of time ("after the UK leaves") under a future main clause ("will"). */
function futureClauseOfTime(tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (token.pos !== 'VERB' || (token.lower !== token.lemma && !/[^s]s$/.test(token.lower))) return false;
  let opener = index - 1;
  while (opener >= 0 && !TIME_OPENERS.has(tokens[opener].lower) && tokens[opener].pos !== 'PUNCT' && tokens[opener].pos !== 'VERB') opener--;
  if (opener < 0 || !TIME_OPENERS.has(tokens[opener].lower)) return false;
  return tokens.slice(Math.max(0, opener - 12), opener).some((before) => ['will', "'ll", 'shall'].includes(before.lower));
}

/**
 * A verb's polarity read through "unless": "would not start talks unless a ceasefire is signed" says what "talks will
 * only start if one is signed" does (the denial is the condition's, not the event's), and "would act unless Syria ends
 * the crackdown" what "would act if Syria fails to end it" does (the condition turned round).
 */
export function conditionalNegation(tokens: Token[], index: number, negated: boolean): boolean {
  const unless = tokens.findIndex((token) => token.lower === 'unless');
  if (unless < 0) return negated;
  const onlyIf = tokens.slice(0, unless).some((token) => NEGATORS.has(token.lower));
  if (onlyIf) return index > unless ? negated : false;
  return index > unless ? !negated : negated;
}
