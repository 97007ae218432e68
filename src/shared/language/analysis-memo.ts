// A memo of sentence analyses that outlives the process: the CLI's `ask` plugs one in (`useAnalysisMemo`, backed by a
// file beside the store), so a warm ask reads the tokens of sentences it analysed before instead of loading the NLP
// model and tagging them again. `analyse` (nlp.ts) asks it before analysing and tells it what it computed.
// Whatever holds the memo must key it by `analysisVersion()` (analysis-version.ts), so it never serves tokens that
// other code would have analysed differently.

/** The shape of nlp.ts's Token (declared here too, so this file does not import nlp.ts, which imports it). */
export interface AnalysedToken {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  negated: boolean;
  start: number;
  end: number;
}

export interface AnalysisMemo {
  /** The tokens stored for exactly this text, as new objects; undefined when there are none. Never throws. */
  get(text: string): AnalysedToken[] | undefined;
  /** Tokens `analyse` just computed, before any caller has seen (or changed) them. Never throws. */
  remember(text: string, tokens: readonly AnalysedToken[]): void;
}

let memo: AnalysisMemo | undefined;

/** Plugs a memo in (or takes it out, with undefined): one per process, set by the command that owns it. */
export function useAnalysisMemo(next: AnalysisMemo | undefined): void {
  memo = next;
}

export function storedAnalysis(text: string): AnalysedToken[] | undefined {
  return memo?.get(text);
}

export function rememberAnalysis(text: string, tokens: readonly AnalysedToken[]): void {
  memo?.remember(text, tokens);
}
