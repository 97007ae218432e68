// A claim's core without what it adds on top of the event: its qualifier phrases ("- its first eruption in
// more than 400 years -", ", the first constructors' title in the team's history", "unanimously", "as the
// first woman ever to coach …"). A misleading claim is a true core with an overstated addition, so the core is
// checked on its own and the addition against what the sources state.
import { LIGHT_VERBS } from './clauses.ts';
import { isQualifierAt } from './event-frame.ts';
import type { EventFrame } from './frame-types.ts';
import type { Token } from './nlp.ts';

/** Qualifying adverbs that can go without changing the event ("unanimously passed" is "passed"). */
const ADVERBS = new Set(['unanimously', 'ever', 'entirely', 'completely', 'totally', 'permanently', 'solely', 'always', 'alone']);
/** Verbs that state what something was rather than what happened ("became the first video to pass …"). */
const COPULAS = new Set(['be', 'become', 'remain']);

/** Whether a token ends a segment: a comma, semicolon, bracket or a dash set off by spaces. */
function isDelimiter(text: string, token: Token): boolean {
  if ([',', ';', '(', ')'].includes(token.text)) return true;
  return /^[-–—]$/.test(token.text) && (token.text !== '-' || (/\s/.test(text.charAt(token.start - 1)) && /\s/.test(text.charAt(token.end))));
}

/** Verbs whose infinitive completes them ("agreed to pay", "urged him to resign"): no purpose follows them. */
const TAKES_INFINITIVE = new Set([...LIGHT_VERBS, 'urge', 'ask', 'order', 'allow', 'permit', 'persuade', 'tell', 'invite', 'encourage', 'help', 'enable', 'promise', 'pledge', 'vow', 'call', 'press', 'need', 'have', 'be', 'use', 'able', 'set', 'due', 'likely', 'about', 'going', 'want', 'prepare', 'intend', 'propose', 'offer', 'warn', 'advise', 'require', 'elect', 'appoint', 'name']);

/**
 * Where a purpose the claim adds begins ("landed in Kant … to help quell the violence", "… in order to end the
 * strike"): an infinitive after the event's verb and its object, not one the verb takes ("agreed to pay").
 */
function purposeAt(frame: EventFrame): number | undefined {
  const { tokens } = frame;
  const main = frame.main?.index ?? -1;
  for (let at = main + 2; at + 1 < tokens.length; at++) {
    if (tokens[at].lower !== 'to' || tokens[at + 1].pos !== 'VERB' || tokens[at + 1].lower !== tokens[at + 1].lemma) continue;
    if (tokens[at - 1].lower === 'order' && tokens[at - 2]?.lower === 'in') return at - 2;
    // The infinitive of a verb, adjective or name in between ("asked Iran to stop", "likely to win") completes it.
    const between = tokens.slice(main, at);
    if (between.some((token) => TAKES_INFINITIVE.has(token.lemma) || TAKES_INFINITIVE.has(token.lower))) return undefined;
    if (['VERB', 'AUX', 'ADJ', 'PRON'].includes(tokens[at - 1].pos)) return undefined;
    return at;
  }
  return undefined;
}

/** Token indices where the segments between delimiters end: -1 and the text's end bound them. */
function segmentBounds(frame: EventFrame): number[] {
  return [-1, ...frame.tokens.flatMap((token, index) => (isDelimiter(frame.text, token) ? [index] : [])), frame.tokens.length];
}

/** The purpose the claim adds, from its "to" (or "in order to") to the end of its segment; undefined when none. */
export function purposeSpan(frame: EventFrame): { from: number; to: number } | undefined {
  const from = purposeAt(frame);
  return from === undefined ? undefined : { from, to: segmentBounds(frame).find((bound) => bound > from)! - 1 };
}

/** The claim without its qualifier phrases, or undefined when it has none. */
export function coreOfClaim(frame: EventFrame): string | undefined {
  const { tokens, text } = frame;
  const qualifiers = tokens.flatMap((token, index) => (isQualifierAt(tokens, index) || /^record-/.test(text.slice(token.start, token.start + 7).toLowerCase()) ? [index] : []));
  const purpose = purposeSpan(frame);
  if (qualifiers.length === 0 && purpose === undefined) return undefined;
  const dropped = new Set<number>();
  const drop = (from: number, to: number) => {
    for (let at = from; at <= to; at++) dropped.add(at);
  };
  // Segments between delimiters; the one holding the main event stays, any other with a qualifier goes.
  const bounds = segmentBounds(frame);
  // Not a verb inside a qualifier phrase or its infinitive (", the deadliest typhoon ever to strike China,"):
  // the event the phrase describes.
  const outside = (index: number) => !frame.qualifierSpan.has(index) && tokens[index - 1]?.lower !== 'to';
  const mainAt = (frame.main && outside(frame.main.index) ? frame.main : (frame.predicates.find((predicate) => outside(predicate.index)) ?? frame.main))?.index ?? 0;
  for (let at = 0; at + 1 < bounds.length; at++) {
    const [from, to] = [bounds[at] + 1, bounds[at + 1] - 1];
    if (mainAt >= from && mainAt <= to) continue;
    // ", killing two people in Belgium's deadliest rail accident ever": a participle's clause after the event says
    // what the event did; only its qualifier phrase goes.
    if (tokens[from]?.pos === 'VERB' && /ing$/.test(tokens[from].lower) && !/^becom/.test(tokens[from].lower)) continue;
    if (qualifiers.some((index) => index >= from && index <= to)) drop(Math.max(0, from - 1), to);
  }
  const segmentEnd = (index: number) => bounds.find((bound) => bound > index)! - 1;
  for (const index of qualifiers.filter((candidate) => !dropped.has(candidate))) {
    const before = tokens[index - 1];
    const determined = before !== undefined && (before.pos === 'DET' || before.pos === 'PRON' || /['’]s$/.test(before.text));
    // A possessor opens the phrase with its name ("Belgium's deadliest rail accident").
    let opener = determined ? index - 1 : index;
    if (determined && /^['’]s$/.test(before.text)) while (opener > 0 && tokens[opener - 1].pos === 'PROPN') opener--;
    // "appeared in public for the first time since 2006": the phrase and what it counts from.
    if (determined && tokens[opener - 1]?.lower === 'for' && tokens[index + 1]?.lower === 'time') {
      let end = index + 1;
      if (['since', 'in'].includes(tokens[end + 1]?.lower ?? '')) for (end += 1; end + 1 <= segmentEnd(index) && ['DET', 'PRON', 'PROPN', 'NUM', 'NOUN', 'PART'].includes(tokens[end + 1].pos); end++);
      drop(opener - 1, end);
      continue;
    }
    // "as the first woman ever to coach in any of the major leagues", "in Belgium's deadliest rail accident
    // ever": the whole phrase.
    if (determined && ['as', 'in'].includes(tokens[opener - 1]?.lower ?? '')) {
      drop(opener - 1, segmentEnd(index));
      continue;
    }
    // "became the first YouTube video to pass 2 billion views": what happened is "pass 2 billion views".
    const to = tokens.findIndex((token, at) => at > index && token.lower === 'to' && tokens[at + 1]?.pos === 'VERB');
    if (determined && COPULAS.has(tokens[opener - 1]?.lemma ?? '') && to > 0 && to <= segmentEnd(index)) {
      drop(opener - 1, to);
      continue;
    }
    // "a record-breaking winter storm", "its first F-22", "unanimously passed": the word alone.
    const hyphened = tokens[index + 1]?.text === '-' && tokens[index + 1].start === tokens[index].end ? index + 2 : index;
    drop(index, hyphened);
    if (tokens[hyphened + 1]?.lower === 'ever') drop(hyphened + 1, hyphened + 1);
  }
  tokens.forEach((token, index) => {
    if (ADVERBS.has(token.lower) && token.pos === 'ADV') drop(index, index);
  });
  // A purpose goes to the end of its segment, and a comma before it with it.
  if (purpose !== undefined) drop(tokens[purpose.from - 1]?.text === ',' ? purpose.from - 1 : purpose.from, purpose.to);
  let core = '';
  tokens.forEach((token, index) => {
    if (dropped.has(index)) return;
    const gap = index > 0 && !dropped.has(index - 1) ? text.slice(tokens[index - 1].end, token.start) : core ? ' ' : '';
    core += gap + token.text;
  });
  core = core.replace(/\s+([,.;:!?])/g, '$1').replace(/,\s*,/g, ',').replace(/^[\s,;:-]+/, '').trim();
  return core && core !== text.trim() ? core : undefined;
}
