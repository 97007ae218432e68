// Sentence splitting with Intl.Segmenter, mended where it breaks after abbreviations ("Dr.", "U.S.").

/** Made at the first split: making one gathers ICU's locales (about 15 ms), which a process that splits nothing never needs. */
let segmenter: Intl.Segmenter | undefined;

const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Col|Lt|Sgt|Capt|Adm|Gov|Sen|Rep|Rev|Hon|Pres|No|Vol|vs|v|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|est|incl|excl|dept|govt|e\.g|i\.e|a\.m|p\.m)\.|\b(?:[A-Z]\.){1,3}|\b[A-Z]\.)\s*$/u;

export function splitSentences(text: string): string[] {
  const result: string[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const { segment } of segmenter.segment(text.replace(/\s+/g, ' ').trim())) {
    const sentence = segment.trim();
    if (!sentence) continue;
    const previous = result.at(-1);
    if (previous !== undefined && (ABBREVIATION.test(previous) || /^[a-z(\d"“]/u.test(sentence) && !/[.!?]["”)]?$/.test(previous))) {
      result[result.length - 1] = `${previous} ${sentence}`;
    } else {
      result.push(sentence);
    }
  }
  return result;
}
