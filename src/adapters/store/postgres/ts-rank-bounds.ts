// What bounds ts_rank (tsrank.c), for the exact top k in top-k.ts. A query whose top operator is OR is ranked by
// calc_rank_or: for each distinct lexeme of the query that a passage holds, (w₁/1² + w₂/2² + …)/1.64493 over its
// positions, all divided by U, the query's distinct lexemes. Every position of ours is labelled A (the text), then C
// (the heading, after the text), and A weighs 1.0, the most ts_rank allows: a lexeme's first position weighs the
// most, so it adds less than 1 (π²/6 / 1.64493), and a passage holding m of the U lexemes scores below m / U.
// Any other top operator is ranked by calc_rank_and, 1 - Π(1 - proximity) over pairs of positions: at most 1.0.

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
 * The fewest of U lexemes that a passage must hold to reach rank θ under calc_rank_or (each adds less than 1/U);
 * the margin covers float4 rounding.
 */
export function rankBound(theta: number, distinctLexemes: number): number {
  return Math.max(1, Math.ceil(theta * distinctLexemes * (1 - 1e-6)));
}

/** A tsquery kept by the passages that hold at least `least` of `lexemes`: the OR of every such set; undefined past `maxClauses`. */
export function atLeast(lexemes: readonly string[], least: number, maxClauses: number): string | undefined {
  if (least <= 0 || least > lexemes.length) return undefined;
  const clauses: string[] = [];
  const visit = (start: number, chosen: string[]): boolean => {
    if (chosen.length === least) {
      clauses.push(chosen.length === 1 ? chosen[0]! : `(${chosen.join(' & ')})`);
      return clauses.length <= maxClauses;
    }
    for (let index = start; index <= lexemes.length - (least - chosen.length); index++) {
      if (!visit(index + 1, [...chosen, lexemes[index]!])) return false;
    }
    return true;
  };
  return visit(0, []) ? clauses.join(' | ') : undefined;
}
