// Whether a follow-up reads as a question a person would ask: a question word first, a question mark last,
// no doubled word, no name asked about itself ("What is Germany's current position on Germany?"), nothing unfilled.
const QUESTION_START = /^(What|Which|Who|Whom|Whose|When|Where|Why|How|Is|Are|Was|Were|Did|Does|Do|Has|Have|Can|Will)\b/;

/** Capitalised words after the first, possessives folded ("Germany's" is Germany). */
function names(question: string): string[] {
  return [...question.slice(1).matchAll(/\b\p{Lu}[\p{L}.-]*/gu)].map((match) => match[0].replace(/['’]s$/, '').toLowerCase());
}

export function isSoundFollowUp(question: string): boolean {
  const words = question.split(/\s+/);
  if (!QUESTION_START.test(question) || !question.endsWith('?') || words.length < 4 || words.length > 30) return false;
  if (/\b(\w+)\s+\1\b/i.test(question) || /undefined|\[object|\bnull\b|\s[,?]/.test(question)) return false;
  const named = names(question).filter((name) => !['i', 'eu', 'us', 'the'].includes(name));
  return new Set(named).size === named.length;
}
