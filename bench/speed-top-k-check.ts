// Is the search still exact? `node bench/speed-top-k-check.ts <store> --write <file>` records, for each of the speed
// bench's facet queries, the top 120 passages the store returns (ids, scores) as the local corpus search asks for
// them; `--compare <file>` (run in another tree on the same store) says whether each query gives the same passages
// in the same order with the same scores. Either way it also checks every answer against FTS5's own
// `bm25() ... ORDER BY rank LIMIT 120` on the same store. Used with the 1M-passage store the speed bench keeps
// (CROSSCHECK_SPEED_STORES): see docs/BENCHMARKS.md#speed.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildFtsQuery } from '../src/adapters/store/sqlite/fts-query.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { heuristicUnderstand } from '../src/pipeline/understand/heuristic-understand.ts';
import { QUESTIONS } from './demo-questions.ts';

/** The local corpus search asks the store for three times the hits it returns (40). */
const LIMIT = 120;

type Answer = { query: string; hits: Array<[string, number]> };

async function answers(file: string): Promise<{ answers: Answer[]; unlikeFts5: string[] }> {
  const store = createSqliteStore({ file });
  const full = store.db.prepare(
    `SELECT p.rowid AS rowid, bm25(passages_fts, 1.00, 1.00) AS rank FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid
     WHERE passages_fts MATCH ? ORDER BY rank LIMIT ?`,
  );
  const facets = QUESTIONS.flatMap((question) => heuristicUnderstand(question).facets.map((facet) => ({ query: facet.query, required: facet.required })));
  const found: Answer[] = [];
  const unlikeFts5: string[] = [];
  for (const facet of facets) {
    const hits = await store.searchPassages(facet.query, { limit: LIMIT, required: facet.required });
    found.push({ query: `${facet.query} ${JSON.stringify(facet.required ?? [])}`, hits: hits.map((hit) => [hit.passage.id, hit.score]) });
    const expected = full.all(buildFtsQuery(facet.query, facet.required)!.match, LIMIT) as Array<{ rank: number }>;
    if (expected.length !== hits.length || expected.some((row, index) => -row.rank !== hits[index]!.score)) unlikeFts5.push(facet.query);
  }
  await store.close();
  return { answers: found, unlikeFts5 };
}

if (import.meta.main) {
  const [file, mode, other] = process.argv.slice(2);
  if (!file || (mode !== '--write' && mode !== '--compare') || !other) {
    console.error('Usage: node bench/speed-top-k-check.ts <store.db> (--write | --compare) <answers.json>');
    process.exitCode = 2;
  } else {
    const { answers: found, unlikeFts5 } = await answers(file);
    console.log(`${found.length} queries; scores unlike FTS5's bm25() in ${unlikeFts5.length}${unlikeFts5.length ? `: ${unlikeFts5.join('; ')}` : ''}`);
    if (mode === '--write') writeFileSync(other, JSON.stringify(found));
    else {
      const before = JSON.parse(readFileSync(other, 'utf8')) as Answer[];
      const differing = found.filter((answer, index) => JSON.stringify(answer) !== JSON.stringify(before[index]));
      console.log(`top ${LIMIT} identical to the recorded answers (passages, order, scores) in ${found.length - differing.length} of ${found.length}`);
      for (const answer of differing) console.log(`  differs: ${answer.query}`);
      if (differing.length > 0 || unlikeFts5.length > 0 || before.length !== found.length) process.exitCode = 1;
    }
  }
}
