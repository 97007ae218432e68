// A claim asked as a question, said as the statement it asks about: "Did Velmar buy Nordfrakt in 2019?" is the
// claim "Velmar bought Nordfrakt in 2019", which is what a user means by asking it; a quiz question given with
// its answer states the answer ("Q: Who won …? A: Olan Brede." → "Olan Brede won …").
import { createRequire } from 'node:module';
import { analyse, type Token } from './nlp.ts';

let pasts: Map<string, string[]> | undefined;

/** The irregular past and participle forms of each verb, from WordNet's exception list read backwards. */
function irregularForms(base: string): string[] {
  if (!pasts) {
    pasts = new Map();
    const exceptions = createRequire(import.meta.url)('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string>;
    for (const [form, lemma] of Object.entries(exceptions)) if (form !== lemma && !/ing$/.test(form)) pasts.set(lemma, [...(pasts.get(lemma) ?? []), form]);
  }
  return pasts.get(base) ?? [];
}

/** Verbs whose past is their base ("beat", "hit"), which the exception list leaves out. */
const SAME_PAST = new Set(['beat', 'hit', 'cut', 'put', 'set', 'let', 'shut', 'cost', 'hurt', 'spread', 'burst', 'cast', 'broadcast', 'forecast', 'upset', 'split', 'bet', 'bid', 'quit', 'rid', 'shed', 'thrust', 'read', 'wed']);
/** A participle ("taken", "seen", "shown", "lain", "gone"), not a simple past ("won", "began"). */
const PARTICIPLE = /(?:en|wn|rn|rne|ain|one)$/;

/**
 * A verb's simple past: "be" → "was", an irregular one from WordNet's exceptions ("find" → "found"; of "bit" and
 * "bitten" the one that is no participle, of "sang" and "sung" the one with "a"; "admit" → "admitted"), a regular
 * one by spelling ("stop" → "stopped", "carry" → "carried", "agree" → "agreed", "show" → "showed").
 */
export function pastTense(base: string, plural = false): string {
  if (base === 'be') return plural ? 'were' : 'was';
  if (SAME_PAST.has(base)) return base;
  const forms = irregularForms(base);
  const simple = forms.filter((form) => !PARTICIPLE.test(form) || form === 'won');
  const chosen = simple.find((form) => form.includes('a') && !base.includes('a')) ?? simple[0];
  if (chosen) return chosen;
  if (/e$/.test(base)) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  // "stop", "ban": one syllable ending in consonant, vowel, consonant doubles the consonant.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

/** Adverbs a question leans on that the statement does without ("Did X really …", "Was X actually …"). */
const LEANING = new Set(['really', 'actually', 'truly', 'indeed', 'ever', 'honestly', 'seriously', 'genuinely', 'once']);

/** The words of tokens from one to another, as written. */
function span(text: string, tokens: Token[], from: number, to: number): string {
  return from >= to ? '' : text.slice(tokens[from].start, tokens[to - 1].end);
}

/**
 * A yes/no question said as the statement it asks about (not "Is it true …", read before): "Did astronomers really
 * find a star …?" → "Astronomers found a star …", "In April 2013, did Tarvik's defender bite …?" keeps its
 * opening, "Was the mayor arrested …?" → "The mayor was arrested …", "Has Norland left …?" → "Norland has left …".
 * The subject is what comes between the auxiliary and the first verb; a question without one is left as it is.
 */
export function askedAsStatement(text: string): string | undefined {
  // The question mark may be gone with a remark after it ("Did Norland join … — is that right?"), after "did" only.
  const asked = /^((?:[^,?]{2,40},\s+)?)((?:did|was|were|is|are|has|have|had)(?:n't)?\s[^?]{10,}?)\s*(\?*)$/iu.exec(text.trim());
  if (!asked || /[.!]\s/.test(asked[2]) || (asked[3] === '' && !/^didn?/i.test(asked[2]))) return undefined;
  const [, lead, question] = asked;
  const tokens = analyse(question);
  const auxiliary = tokens[0].lower.replace(/n't$/, '');
  let first = tokens[0].lower.endsWith("n't") ? 1 : tokens[1]?.lower === "n't" ? 2 : 1;
  if (tokens[first]?.lower === 'it' || tokens[first]?.lower === 'there') return undefined;
  const verbAt = tokens.findIndex((token, at) => at > first && token.pos === 'VERB' && (auxiliary !== 'did' || token.lower === token.lemma));
  if (verbAt < 0 || verbAt - first > 10) return undefined;
  const subjectTokens = tokens.slice(first, verbAt).filter((token) => !LEANING.has(token.lower));
  // "Did that actually happen?", "Did I hear that right?": a pronoun asks about the telling, not the event.
  if (subjectTokens.length === 0 || (subjectTokens.length === 1 && subjectTokens[0].pos === 'PRON') || subjectTokens.some((token) => ['VERB', 'AUX', 'PUNCT', 'SCONJ'].includes(token.pos) && token.text !== '-')) return undefined;
  while (LEANING.has(tokens[first]?.lower ?? '')) first++;
  let subjectEnd = verbAt;
  while (LEANING.has(tokens[subjectEnd - 1].lower)) subjectEnd--;
  const subject = span(question, tokens, first, subjectEnd);
  const rest = question.slice(tokens[verbAt].end);
  const plural = /s$/.test(tokens[subjectEnd - 1].lower) && tokens[subjectEnd - 1].pos === 'NOUN';
  const verb = auxiliary === 'did' ? pastTense(tokens[verbAt].lemma, plural) : `${auxiliary} ${tokens[verbAt].text}`;
  const opening = lead === '' ? subject.charAt(0).toUpperCase() + subject.slice(1) : `${lead}${subject}`;
  return `${opening} ${verb}${rest}.`;
}

/**
 * A quiz question given with its answer, said as the answer's statement: "Who became … in December 2010? A: Olan
 * Brede." → "Olan Brede became … in December 2010.", "Which Norland port closed …? Back: Tarvik." and "… The answer
 * key says Tarvik." too. Only a question about the doer (the wh-words then the verb): one asking what was done to
 * whom ("Which port did Norland close?") is left as it is.
 */
export function answeredQuiz(text: string): string | undefined {
  const quiz = /^(?:[-–—]\s*)?(?:Q\s*[:.]\s*)?((?:who|which|what)\b[^?]{8,})\?\s*(?:A|Answer|Back|(?:The )?answer(?: key)?(?: says| is)?|Answer key(?: says)?)\s*[:.,\-–—]?\s*([^.?!:]{2,60}?)[.!]?$/iu.exec(text.trim());
  if (!quiz) return undefined;
  const [, question, answer] = quiz;
  const tokens = analyse(question);
  const verbAt = tokens.findIndex((token) => token.pos === 'VERB' || token.pos === 'AUX');
  // "Which port did Norland close?" asks what was done, not who did it.
  if (verbAt < 1 || tokens[verbAt].lemma === 'do' || (tokens[0].lower === 'who' && verbAt !== 1)) return undefined;
  if (tokens.slice(1, verbAt).some((token) => ['PUNCT', 'ADP'].includes(token.pos) && !/^(of|in)$/.test(token.lower))) return undefined;
  // What the question says of its answer stays said of it: "Which Speaker of the House went …? Nancy Pelosi" →
  // "Nancy Pelosi, Speaker of the House, went …"; "which Pacific nation saw …? Vanuatu" → "Vanuatu, a Pacific nation, saw …".
  const described = span(question, tokens, 1, verbAt);
  // A title ("Speaker of the House") takes no article, a kind ("Pacific nation", "mayor of Tarvik") does.
  const title = /^\p{Lu}/u.test(described.split(/\s+of\s+/)[0].split(/\s+/).at(-1) ?? '');
  const apposition = described === '' ? '' : `, ${title ? '' : /^[aeiou]/i.test(described) ? 'an ' : 'a '}${described},`;
  return `${answer.trim()}${apposition} ${question.slice(tokens[verbAt].start)}.`;
}
