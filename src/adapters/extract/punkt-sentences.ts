// Sentence splitting for the WCEB metric, after NLTK's Punkt (English) decision rules: a token ending in
// "." breaks unless it is a known abbreviation, an initial or a number before a lower-case word; "?" and
// "!" always break. Punkt's learned tables are not available here, so the abbreviations are a fixed list.

/** Lower-cased abbreviations (without the final period) that do not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft rev gen col lt sgt capt cmdr gov sen rep pres supt inc ltd co corp llc bros ' +
    'no nos vol vols pp fig figs ed eds est approx dept univ assn ave blvd rd jan feb mar apr jun jul aug sep sept ' +
    'oct nov dec mon tue tues wed thu thurs fri sat sun e.g i.e u.s u.k u.n a.m p.m vs v cf al etc.al ca calif fla ' +
    'ill mass mich minn penn tenn tex va wash wis conn ariz colo ga ky la md mo nev okla ore pa n.y n.j d.c'
  ).split(' '),
);

/** What may follow a sentence end inside its token: closing quotes and brackets. */
const CLOSERS = /[)"'\]}»”’]+$/;
const INITIAL = /^\p{L}$/u;
const NUMBER = /^[-+]?[\d][\d.,:/-]*$/;
const DOTTED = /^(\p{L}\.)+\p{L}$/u;

function startsLowerCase(token: string): boolean {
  const first = token.replace(/^[\p{P}\p{S}]+/u, '')[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

function startsUpperCase(token: string): boolean {
  const first = token.replace(/^[\p{P}\p{S}]+/u, '')[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Whether a whitespace token ends a sentence, given the token after it. */
function endsSentence(token: string, next: string): boolean {
  const core = token.replace(CLOSERS, '');
  if (/[?!]$/.test(core)) return true;
  if (!core.endsWith('.')) return false;
  if (core.endsWith('..')) return startsUpperCase(next);
  const type = core.slice(0, -1).toLowerCase().replace(/^[\p{P}\p{S}]+/u, '');
  if (type === '') return true;
  if (ABBREVIATIONS.has(type) || ABBREVIATIONS.has(type.split('-').pop() ?? '') || DOTTED.test(type)) return false;
  if (INITIAL.test(type)) return false;
  if (NUMBER.test(type)) return !startsLowerCase(next);
  return true;
}

/** Splits text into sentences; newlines are whitespace, as in Punkt. Empty text gives no sentence. */
export function splitPunktSentences(text: string): string[] {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const sentences: string[] = [];
  let current: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    current.push(tokens[index]);
    const next = tokens[index + 1];
    if (next !== undefined && endsSentence(tokens[index], next)) {
      sentences.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current.join(' '));
  return sentences;
}
