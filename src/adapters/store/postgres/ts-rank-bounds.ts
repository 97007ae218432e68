// What bounds ts_rank (tsrank.c), for the exact top k in top-k.ts and lexeme-levels.ts. A query whose top operator
// is OR is ranked by calc_rank_or: for each distinct lexeme of the query that a passage holds, (w₁/1² + w₂/2² + …)
// /1.64493 over its positions, all divided by U, the query's distinct lexemes. Every position of ours is labelled A
// (the text), then C (the heading, after the text), and both weigh 1.0 (TS_RANK_WEIGHTS): a lexeme held adds at
// least 1/1.64493 = 0.6079 (one position) and less than 1 (at most 256 positions: 0.9977), so a passage holding m of
// the U lexemes ranks in [0.6079·m/U, 0.9977·m/U]. Any other top operator is ranked by calc_rank_and,
// 1 - Π(1 - proximity) over pairs of positions: at most 1.0. Both read only the query's distinct lexemes (sorted,
// duplicates dropped) and its top operator.

export interface TsQueryShape {
  /** The top operator of the normalized query, as ts_rank sees it; undefined for a single lexeme. */
  operator: '|' | '&' | '<->' | undefined;
  /** The distinct lexemes, quoted as in tsquery text (their U). */
  lexemes: string[];
  /** Operands, repeats included: what ts_rank's work per passage grows with. */
  operands: number;
}

/** Reads a tsquery's text output (`to_tsquery(...)::text`): operators inside parentheses are not the top one. */
export function readTsQuery(text: string): TsQueryShape {
  const lexemes = new Set<string>();
  let operands = 0;
  const topLevel = new Set<string>();
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === "'") {
      // A quoted lexeme: '' inside it is a quote.
      let end = index + 1;
      while (end < text.length && !(text[end] === "'" && text[end + 1] !== "'")) end += text[end] === "'" ? 2 : 1;
      lexemes.add(text.slice(index, end + 1));
      operands++;
      index = end;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0 && (char === '|' || char === '&' || char === '<')) topLevel.add(char);
  }
  // The text puts parentheses around an operand only when it binds less tightly (| < & < <->): the loosest is the top.
  const operator = topLevel.has('|') ? '|' : topLevel.has('&') ? '&' : topLevel.has('<') ? '<->' : undefined;
  return { operator, lexemes: [...lexemes], operands };
}

/**
 * The least rank × U that proves a passage holds at least `least` lexemes under calc_rank_or: above what `least - 1`
 * lexemes can give (0.9977 each), with room for float4 rounding.
 */
export function levelRank(least: number): number {
  return (least - 1) * 0.999;
}

/**
 * A tsquery (to_tsquery text) kept by every passage holding at least `least` of the lexemes of `words`, each word one
 * lexeme at most: the first word AND at least `least - 1` of the rest, OR at least `least` of the rest. Nested so,
 * the index's check of a passage stops at the first word it lacks, where the flat OR of every combination checks
 * them all (at least 3 of 6 words: 5.5 ms against 12 at 100k passages). Undefined when it would be longer than
 * `maxLength` characters, or `least` is out of range.
 */
export function atLeast(words: readonly string[], least: number, maxLength = 4000): string | undefined {
  if (least <= 0 || least > words.length) return undefined;
  const build = (needed: number, from: number): string | undefined => {
    const left = words.length - from;
    if (needed === 0 || needed > left) return undefined;
    if (needed === left) return words.slice(from).join(' & ');
    if (needed === 1) return words.slice(from).join(' | ');
    const rest = build(needed - 1, from + 1)!;
    const without = build(needed, from + 1)!;
    return `${words[from]} & (${rest}) | ${without.includes('|') ? `(${without})` : without}`;
  };
  const text = build(least, 0);
  return text !== undefined && text.length <= maxLength ? text : undefined;
}
