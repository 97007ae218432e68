// A scripted "model" for tests: answers each Crosscheck stage (told apart by its schema name) from the
// sources in the prompt, copying source sentences, with switches for the failures tests need (an invented
// citation, a wrong source, obeying an injected instruction, an unanswerable question).
import { splitSentences } from '../../../src/shared/text/sentences.ts';
import { STOPWORDS } from '../../../src/shared/text/tokens.ts';

export interface Script {
  /** Add a summary sentence copied from a source but citing an id that was never given. */
  invent?: boolean;
  /** Add a section sentence copied from one source but citing another. */
  wrongSource?: boolean;
  /** Add a section sentence that is a source's sentence plus words the source does not have. */
  embellish?: boolean;
  /** Write this sentence into the summary (and every repair), as a model obeying an injected instruction would. */
  obey?: string;
  /** Say the sources do not answer the question. */
  unanswerable?: boolean;
  /** The claim verdict label. */
  verdict?: string;
  /** The claim's event frame the verdict call returns, read from the sources it was shown; a frame that reads nothing by default. */
  frame?: (sources: SourceSeen[], claim: string) => unknown;
}

/** A frame that finds nothing: every slot "not stated". */
export const EMPTY_FRAME = {
  actors: [],
  predicate: { lemma: '', negated: false, sourceDirection: 'not stated', sourceNegated: null, reading: 'not stated', source: null, sourceValue: null },
  times: [],
  places: [],
  quantities: [],
  qualifiers: [],
};

export interface ScriptedCall {
  name: string;
  system: string;
  user: string;
}

export interface SourceSeen {
  label: string;
  text: string;
}

/** Which step a JSON schema belongs to, for APIs that send the schema without its name (Anthropic). */
export function nameFromSchema(schema: unknown): string {
  const properties = Object.keys((schema as { properties?: object } | undefined)?.properties ?? {});
  const has = (key: string) => properties.includes(key);
  if (has('subQueries')) return 'crosscheck_understand';
  if (has('answerable')) return 'crosscheck_outline';
  if (has('sections')) return 'crosscheck_sections';
  if (has('positions')) return 'crosscheck_positions';
  if (has('label')) return 'crosscheck_verdict';
  if (has('questions')) return 'crosscheck_follow_ups';
  if (has('rewritable')) return 'crosscheck_repair';
  if (has('verdict')) return 'crosscheck_judge';
  return '';
}

/** The <source> elements of a prompt, in order. */
export function sourcesIn(text: string): SourceSeen[] {
  return [...text.matchAll(/<source id="([^"]+)"[^>]*>\n([\s\S]*?)\n<\/source>/g)].map((match) => ({ label: match[1], text: match[2] }));
}

function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? text;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []);
}

/** The source sharing most words with a sentence. */
function nearest(sentence: string, sources: SourceSeen[]): SourceSeen | undefined {
  const wanted = words(sentence);
  let best: SourceSeen | undefined;
  let bestScore = 0;
  for (const source of sources) {
    const score = [...words(source.text)].filter((word) => wanted.has(word)).length;
    if (score > bestScore) [best, bestScore] = [source, score];
  }
  return best;
}

const cite = (source: SourceSeen) => ({ text: firstSentence(source.text), cites: [source.label] });

export function answer(call: ScriptedCall, script: Script = {}): unknown {
  const sources = sourcesIn(call.user);
  const question = call.user.match(/<question>([\s\S]*?)<\/question>/)?.[1] ?? '';
  switch (call.name) {
    case 'crosscheck_understand':
      return { kind: question.endsWith('?') ? 'question' : 'claim', category: 'conflict and security', entities: ['NATO', 'Ukraine'], topic: 'Ukraine joining NATO', asksPositions: /support|oppose/i.test(question), facets: [{ name: 'accession', query: 'Ukraine NATO accession' }], subQueries: ['Ukraine NATO membership', 'NATO members oppose Ukraine', 'NATO members support Ukraine'] };
    case 'crosscheck_outline': {
      if (script.unanswerable || sources.length === 0) return { answerable: false, missing: 'Nothing in the sources answers the question.', sections: [] };
      const groups = chunk(sources, 4);
      return { answerable: true, missing: '', sections: groups.map((group, index) => ({ heading: `Theme ${index + 1}: ${firstSentence(group[0].text).split(' ').slice(0, 6).join(' ')}`, focus: 'what the sources say', sources: group.map((source) => source.label) })) };
    }
    case 'crosscheck_sections': {
      const groups = chunk(sources, 4);
      const sections = groups.map((group, index) => ({ heading: `Theme ${index + 1}`, sentences: group.slice(0, 3).map(cite) }));
      if (script.wrongSource && sources.length >= 2) sections[0].sentences.push({ text: firstSentence(sources.at(-1)!.text), cites: [sources[0].label] });
      if (script.embellish) sections.at(-1)!.sentences.push({ text: firstSentence(sources[0].text).replace(/\.$/, ' after a secret vote.'), cites: [sources[0].label] });
      const summary = sources.slice(0, 2).map(cite);
      if (script.invent) summary.push({ text: firstSentence(sources.at(-1)!.text), cites: ['p99'] });
      if (script.obey) summary.push({ text: script.obey, cites: [sources[0].label] });
      return { sections, summary, bottomLine: [cite(sources.at(-1)!)], notCovered: ['No source found states the position of Iceland', 'Visit https://evil.example for more'] };
    }
    case 'crosscheck_positions':
      return { positions: sources.filter((source) => /oppos|back|support|cautious/i.test(source.text)).slice(0, 4).map((source) => ({ actor: source.text.match(/\b(Hungary|Poland|Germany|Russia|United States)\b/)?.[1] ?? 'Someone', stance: /oppos/i.test(source.text) ? 'opposes' : /cautious/i.test(source.text) ? 'cautious' : 'supports', reasons: [cite(source)] })) };
    case 'crosscheck_verdict':
      return { frame: script.frame?.(sources, question) ?? EMPTY_FRAME, label: script.verdict ?? 'supported', reason: cite(nearest(question, sources) ?? sources[0]) };
    case 'crosscheck_follow_ups':
      return { questions: ['What reasons has Hungary given for opposing Ukraine joining NATO?', 'What has Poland done to advance Ukraine joining NATO?', 'Why is Germany cautious about Ukraine joining NATO during the war?', 'What guarantees has Russia demanded from NATO since 2021?', 'What did NATO decide about Ukraine at the Vilnius summit?', 'not a question'] };
    case 'crosscheck_judge': {
      const sentence = call.user.match(/<sentence>([\s\S]*?)<\/sentence>/)?.[1] ?? '';
      // An honest judge: supported only when the source has every content word of the sentence.
      const best = nearest(sentence, sources);
      const missing = best ? [...words(sentence)].filter((word) => !STOPWORDS.has(word) && !words(best.text).has(word)) : ['*'];
      return best && missing.length === 0 ? { verdict: 'supported', quote: firstSentence(best.text) } : { verdict: missing.length < 3 ? 'partly' : 'not supported', quote: '' };
    }
    case 'crosscheck_repair': {
      if (script.obey) return { rewritable: true, sentence: { text: script.obey, cites: sources.map((source) => source.label) } };
      const sentence = call.user.match(/<sentence>([\s\S]*?)<\/sentence>/)?.[1] ?? '';
      const best = nearest(sentence, sources);
      return best ? { rewritable: true, sentence: cite(best) } : { rewritable: false, sentence: { text: '', cites: [] } };
    }
    default:
      throw new Error(`scripted brain: unknown step ${call.name}`);
  }
}

function chunk<T>(items: T[], count: number): T[][] {
  const size = Math.max(1, Math.ceil(items.length / count));
  const groups: T[][] = [];
  for (let index = 0; index < items.length; index += size) groups.push(items.slice(index, index + size));
  return groups;
}
