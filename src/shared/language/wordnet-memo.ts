// A memo of WordNet look-ups that outlives the process: the CLI's `ask` plugs one in (`useWordNetMemo`, a table of its
// analysis cache file), so a warm claim reads the senses and synset lines it looked up before instead of searching
// and reading the dictionary files again (a claim makes about 1,100 such reads, 20-40 ms). wordnet-reader.ts asks it before
// reading a file and tells it what it read. Whatever holds the memo must key it by the version of wordnet.ts and the
// dictionary (adapters/analysis-cache/frame-version.ts, `wordNetVersion`), so it never serves what they would not give.

export interface WordNetMemo {
  /** The value stored under exactly this key, or undefined. Never throws. */
  get(key: string): string | undefined;
  /** A value wordnet-reader.ts just read from the dictionary. Never throws. */
  remember(key: string, value: string): void;
}

let memo: WordNetMemo | undefined;

/** Plugs a memo in (or takes it out, with undefined): one per process, set by the command that owns it. */
export function useWordNetMemo(next: WordNetMemo | undefined): void {
  memo = next;
}

/** A word's synset offsets in a class ("noun:plane"), or undefined when none are stored or the row is not a list of offsets. */
export function storedSenses(key: string): number[] | undefined {
  const value = memo?.get(`senses:${key}`);
  if (value === undefined) return undefined;
  try {
    const offsets: unknown = JSON.parse(value);
    return Array.isArray(offsets) && offsets.every((offset) => Number.isSafeInteger(offset) && offset >= 0) ? offsets as number[] : undefined;
  } catch {
    return undefined;
  }
}

export function rememberSenses(key: string, offsets: readonly number[]): void {
  memo?.remember(`senses:${key}`, JSON.stringify(offsets));
}

/** The data file's line at `offset` of a class, or undefined when none is stored or the row is not that line. */
export function storedSynsetLine(wordClass: string, offset: number): string | undefined {
  const line = memo?.get(`synset:${wordClass}:${offset}`);
  // A data line starts with its own byte offset, eight digits.
  return line?.startsWith(`${String(offset).padStart(8, '0')} `) && !line.includes('\n') ? line : undefined;
}

export function rememberSynsetLine(wordClass: string, offset: number, line: string): void {
  memo?.remember(`synset:${wordClass}:${offset}`, line);
}
