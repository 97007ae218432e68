// Which passages could still reach the top k: BM25 adds, for each phrase a passage holds, at most (k1 + 1) × the
// phrase's IDF. Given a score θ that k passages are known to reach, a passage whose phrases' bounds add up to less
// than θ cannot enter the top k, and an FTS5 expression can keep only the others.

/** FTS5's bm25() constant k1 (fts5_aux.c). */
const K1 = 1.2;
/** Alternatives of one filter: beyond this many only the simpler filter (any phrase outside the low bounds) is built. */
const MAX_CLAUSES = 24;

/**
 * What a step costs, in microseconds, measured at 999,552 passages on the 2-core machine the speed bench runs on:
 * bm25() for one passage, the rowid test for one match, one entry read by a filter's OR or AND (an AND reads its
 * rarest phrase's entries and seeks the others').
 */
export const COST = { score: 0.7, probe: 0.07, orRead: 0.045, andRead: 0.03 } as const;
/**
 * Passages an AND of phrases keeps, as a share of its rarest phrase's: one question's words fall together far more
 * often than independence says ("covid", "pandemic" and "19" together kept 75,000 of 1M passages).
 */
const AND_SHARE = 0.35;

export interface PhraseBound {
  /** The quoted phrase, as in the query. */
  phrase: string;
  /** Passages holding it. */
  count: number;
  /** The most its occurrences in the query can add to a passage's score. */
  bound: number;
}

export interface CandidateFilter {
  /** FTS5 expression. */
  match: string;
  /** About how many passages it keeps. */
  kept: number;
  /** About what it costs to run and to score what it keeps, in microseconds (COST). */
  cost: number;
}

/** FTS5's IDF (fts5_aux.c), never zero or below, times the most a phrase's term frequency part can reach. */
export function phraseBound(rows: number, count: number, occurrences: number): number {
  if (count === 0) return 0;
  const idf = Math.log((rows - count + 0.5) / (count + 0.5));
  return occurrences * (K1 + 1) * (idf <= 0 ? 1e-6 : idf);
}

/**
 * The cheapest FTS5 expression that keeps every passage whose phrases' bounds could reach `threshold`: either the
 * smallest sets of phrases that reach it, each an AND, or any phrase outside the largest set of low bounds that
 * stays below it. Undefined when every passage could reach it.
 */
export function candidateFilter(bounds: readonly PhraseBound[], threshold: number): CandidateFilter | undefined {
  if (!(threshold > 0)) return undefined;
  const sorted = [...bounds].filter((entry) => entry.bound > 0).sort((left, right) => right.bound - left.bound);
  const filters: CandidateFilter[] = [];
  const sets = minimalSets(sorted, threshold);
  // Unless every phrase alone reaches the threshold, which leaves nothing out.
  if (sets && sets.length > 0 && (sets.length < sorted.length || sets.some((set) => set.length > 1))) {
    const rarest = (set: PhraseBound[]) => Math.min(...set.map((entry) => entry.count));
    const kept = sets.reduce((total, set) => total + rarest(set) * (set.length === 1 ? 1 : AND_SHARE), 0);
    const reads = sets.reduce((total, set) => total + rarest(set) * (set.length === 1 ? COST.orRead : set.length * COST.andRead), 0);
    filters.push({ match: sets.map((set) => (set.length === 1 ? set[0]!.phrase : `(${set.map((entry) => entry.phrase).join(' AND ')})`)).join(' OR '), kept, cost: reads + kept * COST.score });
  }
  let low = 0;
  let essential = sorted.length;
  while (essential > 0 && low + sorted[essential - 1]!.bound < threshold) low += sorted[--essential]!.bound;
  if (essential > 0 && essential < sorted.length) {
    const kept = sorted.slice(0, essential).reduce((total, entry) => total + entry.count, 0);
    filters.push({ match: sorted.slice(0, essential).map((entry) => entry.phrase).join(' OR '), kept, cost: kept * (COST.orRead + COST.score) });
  }
  return filters.sort((left, right) => left.cost - right.cost)[0];
}

/**
 * The sets of phrases whose bounds reach the threshold while no smaller subset does (taken largest bound first,
 * a set stops at the phrase that makes it reach); undefined past MAX_CLAUSES.
 */
export function minimalSets(sorted: readonly PhraseBound[], threshold: number): PhraseBound[][] | undefined {
  const rest = sorted.map((_, index) => sorted.slice(index).reduce((sum, entry) => sum + entry.bound, 0));
  const found: PhraseBound[][] = [];
  const visit = (index: number, sum: number, chosen: PhraseBound[]): boolean => {
    if (sum >= threshold) {
      found.push(chosen);
      return found.length <= MAX_CLAUSES;
    }
    if (index >= sorted.length || sum + rest[index]! < threshold) return true;
    return visit(index + 1, sum + sorted[index]!.bound, [...chosen, sorted[index]!]) && visit(index + 1, sum, chosen);
  };
  return visit(0, 0, []) ? found : undefined;
}
