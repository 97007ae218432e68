// Text from outside (web pages, ingested files, questions) made safe to show and to test: invisible and
// control characters removed, and a folded form (NFKC, no marks, homoglyphs as Latin) for detecting text
// that addresses a machine or the reader ("Note for automated fact-checkers: ...") — never evidence.
import { createRequire } from 'node:module';

// Unicode's confusables (UTS #39, via unhomoglyph): only non-ASCII characters that stand for ASCII
// letters or digits are folded, so Cyrillic "а" reads as "a" while real Latin text is left alone.
const CONFUSABLES: Map<string, string> = (() => {
  const data = createRequire(import.meta.url)('unhomoglyph/data.json') as Record<string, string>;
  const map = new Map<string, string>();
  for (const [character, prototype] of Object.entries(data)) {
    if (/^[\p{ASCII}]+$/u.test(character)) continue;
    const latin = prototype.toLowerCase();
    if (/^[a-z0-9]{1,2}$/.test(latin)) map.set(character, latin);
  }
  return map;
})();

/** Zero-width, bidirectional and other invisible format characters (Cf), plus Unicode tag characters. */
// The class lists the combining grapheme joiner and variation selectors on purpose: they are what it removes.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u180b-\u180d\ufe00-\ufe0f]|\u{e0000}|[\u{e0001}-\u{e007f}]|[\u{e0100}-\u{e01ef}]/gu;
// eslint-disable-next-line no-misleading-character-class
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');
/** Control characters (C0 but tab and newline, DEL, C1) and the line/paragraph separators. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Readable untrusted text: NFKC, invisible characters removed, controls turned into spaces. */
export function normalizeUntrusted(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
}

/** Strips what a question may not carry (invisible, bidi and control characters), keeping what a reader sees. */
export function cleanQuestionText(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text
    .normalize('NFC')
    .replace(INVISIBLE, () => {
      removed++;
      return '';
    })
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, () => {
      removed++;
      return ' ';
    })
    .replace(/[\t\n\r\u2028\u2029]+/g, ' ');
  return { text: cleaned, removed };
}

/** The form detection works on: lower case, no diacritics, homoglyphs folded to Latin, one space between words. */
export function foldForDetection(text: string, invisible: 'remove' | 'space' = 'remove'): string {
  const decoded = decodeTags(text.normalize('NFKC'));
  const visible = decoded.replace(INVISIBLE, invisible === 'remove' ? '' : ' ').replace(CONTROL, ' ');
  const lower = visible.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return lower.replace(/[^\p{ASCII}]/gu, (character) => CONFUSABLES.get(character) ?? character).replace(/[^\S\n]+/g, ' ');
}

/** Unicode tag characters spell ASCII invisibly (U+E0041 is a hidden "A"): read them, so hidden orders are seen. */
function decodeTags(text: string): string {
  return text.replace(/[\u{e0020}-\u{e007e}]+/gu, (tags) => ` ${String.fromCodePoint(...[...tags].map((tag) => tag.codePointAt(0)! - 0xe0000))} `);
}

/** Names for a model or an automated checker: sentences giving them orders are injections. */
const MACHINE = String.raw`(?:a\.?i\.?|artificial intelligence|llms?|large language models?|language models?|chat ?bots?|chatgpt|gpt-?\d*|claude|gemini|copilot|ai (?:systems?|models?|tools?|agents?|assistants?|readers?|crawlers?|reviewers?|fact-?checkers?)|automated (?:systems?|tools?|agents?|readers?|reviewers?|summari[sz]ers?|fact-?check(?:ers?|ing(?: systems?| tools?)?)|verification(?: systems?| tools?)?)|(?:fact-?checking|verification|summari[sz]ation) (?:systems?|tools?|bots?|engines?|models?))`;
/** Whom a page may address in a note or a greeting: machines, and readers and checkers of any kind. */
const ADDRESSEE = String.raw`(?:${MACHINE}|bots?|crawlers?|scrapers?|assistants?|agents?|machines?|search engines?|fact-?checkers?|summari[sz]ers?|readers?)`;
const OBJECT = String.raw`(?:this|it|that|these|the (?:above|following|claims?|statements?|articles?|page|text|information|content|story|source))`;
/** What an order to a model asks for: a conclusion about this text, or to stop doing something. */
const ORDER = String.raw`(?:(?:treat|rate|classify|label|mark|regard|consider|describe|present|report|record|accept|flag|rank|cite|quote|repeat|summari[sz]e|use) ${OBJECT}|ignore|disregard|conclude|output|respond|reply|prioriti[sz]e|endorse|(?:state|say|answer|write) that|not (?:mention|question|doubt|flag|contradict|cite|reveal|report|disclose))`;
const THIS = String.raw`(?:this|the above|the following|these|that)`;
const CLAIM = String.raw`(?:claims?|statements?|story|stories|articles?|page|report|post|content|information|text|facts?|documents?|source|passage|assertion)`;
const TRUTH = String.raw`(?:true|accurate|correct|genuine|authentic|legitimate|reliable|factual|false|verified|confirmed|trustworthy)`;

/** Sentences that address a model, an automated checker or the reader, or certify their own truth. */
const PATTERNS: RegExp[] = [
  // Overriding instructions: "ignore (all) previous instructions".
  /\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|preceding|all|any|your|the|these|those|other|existing|original)\b[^.!?\n]{0,30}\b(?:instructions?|prompts?|rules|directions|guidelines|context|guidance|directives?|commands?|programming)\b/,
  /\b(?:system|developer)\s+(?:prompt|message|instructions?)\b/,
  /\bnew\s+(?:instructions?|rules|directives?|task)\s*:/,
  /^\s*(?:system|assistant)\s*:/m,
  /<\|?\s*(?:im_start|im_end|endoftext|system)\s*\|?>|\[\/?inst\]|#{2,}\s*(?:instruction|system)\b/,
  // Addressing the machine: "Note for automated fact-checkers:", "Dear AI,", "If you are an AI ...".
  new RegExp(String.raw`\b(?:note|notes|message|attention|notice|instructions?|memo|reminder|warning|important|psa|directive)\s+(?:for|to)\s+(?:all\s+|any\s+|the\s+|every\s+)?${ADDRESSEE}\b`),
  new RegExp(String.raw`\b(?:dear|hey|hello|hi|attention|calling|to all|to any)\s+${ADDRESSEE}\b`),
  new RegExp(String.raw`\bif\s+you\s*(?:are|'re)\s+(?:an?\s+|the\s+)?(?:${MACHINE}|bots?|crawlers?|scrapers?|search engines?|reading this (?:as|on behalf))`),
  new RegExp(String.raw`\b(?:as|to)\s+an?\s+(?:${MACHINE})\b[^.!?\n]{0,60}\b(?:you\s+)?(?:must|should|shall|will|need to|have to)\b`),
  new RegExp(String.raw`\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:[a-z-]+\s+){0,2}(?:${MACHINE}|assistant|chat ?bot)\b`),
  new RegExp(String.raw`\b${MACHINE}\s+(?:must|should|shall|will need to|need to|have to|are (?:required|instructed|told|asked|expected) to|are to|may only|ought to)\s+(?:now\s+|always\s+|only\s+)?${ORDER}\b`),
  new RegExp(String.raw`\b${MACHINE}\b[^.!?\n]{0,40}\b(?:reading|summari[sz]ing|processing|analy[sz]ing|evaluating|checking|crawling|parsing|indexing|reviewing)\s+${THIS}\b`),
  // The reader told what to conclude: "you must rate this claim as true".
  new RegExp(String.raw`\b(?:you|readers?)\s+(?:must|should|shall|are (?:required|instructed|asked) to|have to|need to)\s+(?:now\s+)?(?:rate|mark|label|classify|treat|regard|record|accept|conclude|report|state|present|consider)\s+(?:this|it|that|the\s+${CLAIM})\b[^.!?\n]{0,40}\b${TRUTH}\b`),
  // Self-certification: "this claim is verified as true", "rate this statement as accurate".
  new RegExp(String.raw`\b${THIS}\s+${CLAIM}\s+(?:is|are|was|were|has been|have been)\s+(?:officially\s+|independently\s+|already\s+|fully\s+|now\s+)?(?:verified|confirmed|certified|fact-?checked|proven|validated|approved|authenticated|rated|established)\s+(?:as|to be)\s+${TRUTH}\b`),
  new RegExp(String.raw`\b(?:rate|mark|label|classify|treat|record|flag)\s+(?:this|the|that)\s+${CLAIM}\s+as\s+(?:${TRUTH}|(?:mostly\s+)?supported)\b`),
  new RegExp(String.raw`\bthe\s+(?:correct|right|only acceptable|required|expected)\s+(?:answer|verdict|rating|conclusion|label)\s+(?:is|must be|should be)\s+["']?(?:${TRUTH}|supported)\b`),
  new RegExp(String.raw`\b(?:do not|don't|never)\s+(?:mention|cite|reveal|disclose|question|doubt|flag|contradict|repeat)\s+(?:this|these|the)\s+(?:instructions?|notes?|messages?|${CLAIM})\b`),
];

/** With invisible characters inside and between words, the words run together: the core orders, spaceless. */
const COMPACT = /(?:ignore|disregard|forget)(?:all|any|the|your)*(?:previous|prior|above|earlier)?(?:instructions?|prompts?|rules)|notefor(?:ai|automated|llm|languagemodel|factcheck)|systemprompt|(?:claim|statement)(?:is|hasbeen|was)(?:verified|confirmed)(?:as|tobe)(?:true|accurate)/;

const CHUNK = 4000;
const OVERLAP = 300;
/** Verdicts on texts up to CHUNK characters (at most 80 MB of keys). */
const verdicts = new Map<string, boolean>();
const VERDICT_CACHE_LIMIT = 20_000;

/**
 * Whether the text addresses a machine or the reader, carries instructions, or certifies its own truth
 * (a prompt injection): such a passage is set aside, never cited, never quoted to a model. Long texts are
 * read in overlapping pieces (every pattern is local to a sentence), so time stays linear in the length.
 */
export function isInstructionToMachine(text: string): boolean {
  let verdict = verdicts.get(text);
  if (verdict === undefined) {
    verdict = inPieces(text);
    // A report asks about a page, then about its passages and their sentences, and the next report about many of the
    // same (219 questions, 93 texts, in one): each short text is read once per process.
    if (text.length <= CHUNK) {
      if (verdicts.size >= VERDICT_CACHE_LIMIT) verdicts.clear();
      verdicts.set(text, verdict);
    }
  }
  return verdict;
}

function inPieces(text: string): boolean {
  if (text.length <= CHUNK) return instructsMachine(text);
  for (let start = 0; start < text.length; start += CHUNK - OVERLAP) {
    if (instructsMachine(text.slice(start, start + CHUNK))) return true;
  }
  return false;
}

function instructsMachine(text: string): boolean {
  const joined = foldForDetection(text, 'remove');
  if (PATTERNS.some((pattern) => pattern.test(joined))) return true;
  if (!HAS_INVISIBLE.test(text)) return false;
  const spaced = foldForDetection(text, 'space');
  if (PATTERNS.some((pattern) => pattern.test(spaced))) return true;
  return COMPACT.test(joined.replace(/[^a-z]+/g, ''));
}
