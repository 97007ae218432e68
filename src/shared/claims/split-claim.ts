// Splits a claim of several events ("Finland joined NATO in 2023 and Sweden joined in 2024") into simple
// claims; a second part without its own subject borrows the first part's ("… won and became president").
import { isTrailingParticiple, SUBORDINATORS } from '../language/clauses.ts';
import { analyse } from '../language/nlp.ts';
import { isReporting, senseOf } from '../language/predicates.ts';

export function splitClaim(claim: string): string[] {
  const tokens = analyse(claim);
  const verbs = tokens.map((token, index) => (token.pos === 'VERB' ? index : -1)).filter((index) => index >= 0);
  if (verbs.length < 2) return [claim];
  const joints = tokens
    .map((token, index) => ({ token, index }))
    .filter(({ token, index }) => (token.lower === 'and' || token.text === ';') && verbs.some((verb) => verb < index) && verbs.some((verb) => verb > index))
    // "foot-and-mouth disease" is one word.
    .filter(({ token }) => claim[token.start - 1] !== '-' && claim[token.end] !== '-')
    // "the Hollywood and Highland Center": "and" inside a name, unless a verb follows the second name at once.
    .filter(({ index }) => !(tokens[index - 1]?.pos === 'PROPN' && tokens[index + 1]?.pos === 'PROPN' && !verbAfterName(tokens, index + 1)))
    // "the US, Britain, the Netherlands and Canada were relying on …": "and" closing a list of names joins them.
    .filter(({ index }) => !closesListOfNames(tokens, index))
    // "and" between two names ("Finland and Sweden joined") joins subjects, not events.
    .filter(({ index }) => tokens[index + 1] && (startsVerbPhrase(tokens, index + 1) || hasVerbBeforeNextJoint(tokens, index)))
    // "Footage of deputies serving a warrant, and of a raid on the home, was made public": a phrase joined after "and"
    // that opens with a preposition and runs to the verb is part of the subject.
    .filter(({ index }) => !joinsSubjectPhrase(tokens, index))
    // "struck and collapsed the bridge": two verbs sharing one object are one event.
    .filter(({ index }) => tokens[index - 1]?.pos !== 'VERB')
    // ", shaking buildings and sending residents out": participles after the event describe it, they are not a second claim.
    .filter(({ index }) => !isTrailingParticiple(tokens, index + 1))
    // "began when armed men and women took …": a clause opened before "and" whose verb is still to come.
    .filter(({ index }) => !openClauseBefore(tokens, index))
    // "dissolved his government after toxic waste killed three people and sickened 1,500": a verb joined inside a
    // clause opened after the event shares that clause's subject, not the event's.
    .filter(({ index }) => !(startsVerbPhrase(tokens, index + 1) && insideSubordinate(tokens, index)))
    // "pressed North Korea to come back to the talks and stop developing missiles": a base form after "and" goes on
    // with the infinitive before it, whose doer is not the clause's subject.
    .filter(({ index }) => !continuesInfinitive(tokens, index));
  if (joints.length === 0) return [claim];
  const parts: string[] = [];
  let from = 0;
  for (const { index } of joints) {
    parts.push(claim.slice(tokens[from].start, tokens[index].start).replace(/[,;\s]+$/, ''));
    from = index + 1;
  }
  parts.push(claim.slice(tokens[from].start));
  const subject = subjectOf(parts[0]);
  return parts.map((part, index) => {
    const trimmed = part.trim().replace(/[.!]+$/, '');
    if (index === 0 || !subject || !startsVerbPhrase(analyse(trimmed), 0)) return `${trimmed}.`;
    return `${subject} ${trimmed}.`;
  }).filter((part) => part.split(/\s+/).length >= 3);
}

/** "and" before "of …", or before a phrase opened by a preposition and closed by a comma right before the verb. */
function joinsSubjectPhrase(tokens: ReturnType<typeof analyse>, index: number): boolean {
  if (tokens[index + 1]?.pos !== 'ADP') return false;
  if (tokens[index + 1].lower === 'of') return true;
  const verb = tokens.findIndex((token, at) => at > index && (token.pos === 'VERB' || token.pos === 'AUX'));
  return verb > 0 && tokens[verb - 1].text === ',';
}

/** "… and became president", "… and will become president": a verb, or an auxiliary before one. */
function startsVerbPhrase(tokens: ReturnType<typeof analyse>, index: number): boolean {
  if (tokens[index]?.pos === 'VERB') return true;
  return tokens[index]?.pos === 'AUX' && tokens.slice(index + 1, index + 3).some((token) => token.pos === 'VERB');
}

/** Words that open a clause whose verb is still to come: subordinators and relative pronouns. */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'as', 'that', 'which', 'who', 'whom']);

function openClauseBefore(tokens: ReturnType<typeof analyse>, index: number): boolean {
  for (let back = index - 1; back >= 0; back--) {
    if (tokens[back].pos === 'VERB' || tokens[back].pos === 'AUX') return false;
    if (CLAUSE_OPENERS.has(tokens[back].lower)) return true;
  }
  return false;
}

/** "…, the Netherlands and Canada": "and" between a name that follows a comma after another name, and a name. */
function closesListOfNames(tokens: ReturnType<typeof analyse>, index: number): boolean {
  const after = tokens[index + 1]?.pos === 'DET' ? tokens[index + 2] : tokens[index + 1];
  if (tokens[index - 1]?.pos !== 'PROPN' || after?.pos !== 'PROPN') return false;
  let back = index - 1;
  while (back > 0 && ['PROPN', 'DET'].includes(tokens[back].pos)) back--;
  // "said Norland and Tarvik were relying …": two names opening the clause a verb of saying reports.
  return (tokens[back].text === ',' && tokens[back - 1]?.pos === 'PROPN') || tokens[back].lower === 'that' || (tokens[back].pos === 'VERB' && isReporting(senseOf(tokens[back].lemma).key));
}

/** A base form right after "and", going on with an infinitive before it in the same stretch without a comma. */
function continuesInfinitive(tokens: ReturnType<typeof analyse>, index: number): boolean {
  const next = tokens[index + 1];
  if (next?.pos !== 'VERB' || next.lower !== next.lemma) return false;
  const verb = tokens.slice(0, index).findLastIndex((token) => token.pos === 'VERB');
  return verb > 0 && tokens[verb - 1].lower === 'to' && !tokens.slice(verb + 1, index).some((token) => [',', ';'].includes(token.text));
}

/** After the main clause's verb, within a clause opened by "after", "because", "when" … that no comma has closed. */
function insideSubordinate(tokens: ReturnType<typeof analyse>, index: number): boolean {
  for (let back = index - 1; back > 0; back--) {
    if ([',', ';', '-', '–', '—'].includes(tokens[back].text)) return false;
    // "after" read as a preposition opens a clause too where a verb follows it ("after toxic waste … killed").
    // "conceded that the abduction was the work of a lone cell and was never ordered …": so does "that" after a verb.
    if ((SUBORDINATORS.has(tokens[back].lower) || tokens[back].lower === 'that') && ['SCONJ', 'ADP'].includes(tokens[back].pos)) return tokens.slice(0, back).some((token) => token.pos === 'VERB') && tokens.slice(back + 1, index).some((token) => token.pos === 'VERB' || token.pos === 'AUX');
  }
  return false;
}

function verbAfterName(tokens: ReturnType<typeof analyse>, index: number): boolean {
  let next = index;
  while (tokens[next]?.pos === 'PROPN') next++;
  return startsVerbPhrase(tokens, next) || (tokens[next]?.pos === 'ADV' && startsVerbPhrase(tokens, next + 1));
}

/**
 * "tax evasion revealed in the Pandora Papers", "militias operating outside state control": a participle after a
 * noun describes it; "its list of rationed foods": so does one between a determiner or preposition and its noun.
 * Neither is a clause's verb.
 */
function describesNoun(tokens: ReturnType<typeof analyse>, index: number): boolean {
  const word = tokens[index].lower;
  if (tokens[index - 1]?.pos === 'NOUN' && ((/(ed|en)$/.test(word) && tokens[index + 1]?.pos === 'ADP') || /ing$/.test(word))) return true;
  return /(ed|en|ing)$/.test(word) && ['ADP', 'DET'].includes(tokens[index - 1]?.pos ?? '') && tokens[index + 1]?.pos === 'NOUN';
}

function hasVerbBeforeNextJoint(tokens: ReturnType<typeof analyse>, index: number): boolean {
  for (let next = index + 1; next < tokens.length; next++) {
    if (tokens[next].lower === 'and' || tokens[next].text === ';') return false;
    // "talked about the uprising, Iran and trade when they met": the verb after a subordinator is its clause's.
    if (CLAUSE_OPENERS.has(tokens[next].lower) && tokens[next].pos !== 'PRON' && tokens[next].pos !== 'DET') return false;
    if (tokens[next].pos === 'VERB' && !describesNoun(tokens, next)) return tokens.slice(index + 1, next).some((token) => ['PROPN', 'NOUN', 'PRON'].includes(token.pos));
  }
  return false;
}

function subjectOf(part: string): string | undefined {
  const tokens = analyse(part);
  const verb = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  if (verb <= 0) return undefined;
  return part.slice(0, tokens[verb].start).trim() || undefined;
}
