// The PostgreSQL top k (src/adapters/store/postgres/top-k.ts, lexeme-levels.ts) must give exactly the full ranking's
// rows and ranks, and the bounds it rests on (ts-rank-bounds.ts) must hold for what PostgreSQL computes.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import pg from 'pg';
import type { DocumentInput } from '../../src/contracts/types.ts';
import { createPostgresStore } from '../../src/adapters/store/postgres/postgres-store.ts';
import { TS_RANK_WEIGHTS } from '../../src/adapters/store/postgres/ranking-sql.ts';
import { reference, searchTopK, type TopKPath, topKStatement } from '../../src/adapters/store/postgres/top-k.ts';
import { toTsQueries, toTsQuery } from '../../src/adapters/store/postgres/ts-query.ts';
import { atLeast, levelRank, readTsQuery } from '../../src/adapters/store/postgres/ts-rank-bounds.ts';
import { createTestDatabase, type TestDatabase } from '../support/pg-test-database.ts';
import { seededRandom as random } from '../support/seeded-random.ts';

const VOCABULARY = Array.from({ length: 200 }, (_, index) => `w${index.toString(36)}x`);
/** Word frequencies fall with rank, as in text: a few words in most passages, most in few. */
const pick = (next: () => number) => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 2.5)]!;
const words = (next: () => number, count: number) => Array.from({ length: count }, () => pick(next));

/** One passage in three repeats a word or two up to six times: fewer lexemes held, yet as high a rank. */
function repeated(next: () => number): string[] {
  if (next() > 1 / 3) return [];
  return words(next, 1 + Math.floor(next() * 2)).flatMap((word) => Array.from({ length: 2 + Math.floor(next() * 5) }, () => word));
}

function corpus(count: number, seed: number): DocumentInput[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    url: `https://example.org/${seed}/${index}`, title: words(next, 2).join(' '), outlet: 'Example', fetchedAt: '2026-01-01T00:00:00.000Z',
    kind: 'news', origin: 'test', text: `${[...words(next, 4 + Math.floor(next() * 24)), ...repeated(next)].join(' ')}.`,
  }));
}

/**
 * Word queries (OR) and, every other one, the same words with one or two required groups (AND), a group's second name
 * two words (a phrase, which the index cannot check alone).
 */
function queries(count: number, seed: number): { text: string; required: string[][] }[] {
  const next = random(seed);
  const group = () => words(next, 1 + Math.floor(next() * 3)).map((word, index) => (index === 1 ? `${word} ${pick(next)}` : word));
  return Array.from({ length: count }, (_, index) => ({
    text: words(next, 2 + Math.floor(next() * 6)).join(' '),
    required: index % 2 === 0 ? [] : Array.from({ length: 1 + (index % 3 === 0 ? 1 : 0) }, group),
  }));
}

test('ts-rank bounds: the top operator and distinct lexemes of tsquery text; "at least M of" filters; the rank a level needs', () => {
  assert.deepEqual(readTsQuery("'iran' | 'unit' <-> 'state' | 'iran'"), { operator: '|', lexemes: ["'iran'", "'unit'", "'state'"], operands: 4 });
  assert.deepEqual(readTsQuery("( 'uk' | 'britain' ) & ( 'brexit' | 'uk' )").operator, '&');
  assert.deepEqual(readTsQuery("'unit' <-> 'state'").operator, '<->');
  assert.deepEqual(readTsQuery("'it''s' & 'a|b'"), { operator: '&', lexemes: ["'it''s'", "'a|b'"], operands: 2 });
  assert.deepEqual(readTsQuery("'nato'"), { operator: undefined, lexemes: ["'nato'"], operands: 1 });
  assert.equal(atLeast(['a', 'b', 'c'], 2), 'a & (b | c) | b & c');
  assert.equal(atLeast(['a', 'b', 'c'], 1), 'a | b | c');
  assert.equal(atLeast(['a', 'b', 'c'], 3), 'a & b & c');
  assert.equal(atLeast(['a', 'b', 'c', 'd'], 3), 'a & (b & (c | d) | c & d) | b & c & d');
  assert.equal(atLeast(['a', 'b'], 3), undefined);
  assert.equal(atLeast(['a', 'b', 'c', 'd', 'e', 'f'], 3, 40), undefined, 'longer than 40 characters');
  assert.equal(levelRank(2), 0.999, 'one lexeme of U ranks below 0.9977 / U');
  assert.equal(levelRank(3), 1.998);
});

const database = await createTestDatabase('crosscheck_top_k');
const available = !('skip' in database);
const pool = available ? new pg.Pool({ connectionString: (database as TestDatabase).url, max: 4 }) : undefined!;
after(async () => {
  if (!available) return;
  await pool.end();
  await (database as TestDatabase).drop();
});

test('postgres top k: shortcuts give the full ranking\'s rows and ranks, in order, before and after more passages are written', { skip: available ? false : (database as { skip: string }).skip }, async () => {
  const schema = `test_top_k_${process.pid}_${Date.now()}`;
  const store = await createPostgresStore({ pool, schema });
  await store.upsertDocuments(corpus(3000, 1));
  const client = await pool.connect();
  const answered: Record<TopKPath, number> = { level3: 0, level2: 0, 'and-prefix': 0, full: 0 };
  // Thresholds at 0: the prefix is tried whatever the full query would cost, rowid ranges from 64 rows on.
  const options = { prefixMinFullCost: 0, leastRangeRows: 64, observe: (path: TopKPath) => answered[path]++ };
  const probed = { 'and-prefix': 0, full: 0 };
  try {
    await client.query(`SET search_path TO ${schema}`);
    const check = async (round: number) => {
      for (const [index, { text, required }] of queries(80, round).entries()) {
        const queries = toTsQueries(text, required)!;
        const limit = [5, 20, 60][index % 3]!;
        const expected = await reference(client, queries, limit);
        assert.deepEqual(await searchTopK(client, queries, limit, options), expected, `round ${round}: ${queries.rank} top ${limit}`);
        if (!queries.grouped) continue;
        // The one statement with its probe (rowid-prefix.ts), told the store is large: the prefix whenever the probe
        // finds a 1.0, read to the end if need be; told it is small: the budget ends before the table does.
        for (const passages of [100_000_000, 2_000]) {
          const statement = topKStatement(queries, limit, passages, { probe: 0 });
          const { rows } = await client.query(statement.text, statement.values);
          if (rows[0]) probed[rows[0].path as 'and-prefix' | 'full']++;
          assert.deepEqual(rows.map((row) => ({ rowid: Number(row.rowid), rank: Number(row.rank) })), expected, `round ${round}, probe, ${passages} passages: ${queries.rank} top ${limit}`);
        }
      }
    };
    await check(1);
    await store.upsertDocuments(corpus(2000, 2));
    await client.query('ANALYZE passages');
    await check(2);
    // The equality above only means something if the shortcuts answered many of the searches.
    assert.ok(answered.level3 >= 5 && answered.level2 >= 5 && answered['and-prefix'] >= 10, JSON.stringify(answered));
    assert.ok(answered.full >= 1, 'some searches are ranked in full');
    assert.ok(probed['and-prefix'] >= 10 && probed.full >= 10, JSON.stringify(probed));
  } finally {
    client.release();
    await store.close();
  }
});

test('postgres store: a search by the shortcuts gives the hits, scores and order of one ranking every match', { skip: available ? false : (database as { skip: string }).skip }, async () => {
  const schema = `test_top_k_store_${process.pid}_${Date.now()}`;
  const paths: TopKPath[] = [];
  const shortcuts = await createPostgresStore({
    pool, schema, topK: { minPassages: 0, prefixMinFullCost: 0, leastRangeRows: 64, from: { levels: 0 }, observe: (path) => paths.push(path) },
  });
  // The same schema with the default threshold: a store this small ranks every match in one statement.
  const plain = await createPostgresStore({ pool, schema });
  try {
    await shortcuts.upsertDocuments(corpus(2500, 4));
    await pool.query(`ANALYZE ${schema}.passages`);
    for (const { text, required } of queries(24, 5)) {
      const summary = (hits: Awaited<ReturnType<typeof plain.searchPassages>>) => hits.map((hit) => `${hit.passage.id} ${hit.document.url} ${hit.score} ${hit.passage.text}`);
      assert.deepEqual(summary(await shortcuts.searchPassages(text, { limit: 30, required })), summary(await plain.searchPassages(text, { limit: 30, required })), `${text} ${JSON.stringify(required)}`);
    }
    assert.ok(paths.includes('level3') && paths.includes('level2') && paths.includes('and-prefix'), paths.join(' '));
  } finally {
    await shortcuts.close();
    await plain.close();
  }
});

test('postgres top k: ts_rank stays below 0.999 × (lexemes held) / (distinct lexemes) for OR queries and at most 1.0 for AND ones', { skip: available ? false : (database as { skip: string }).skip }, async () => {
  const schema = `test_rank_bound_${process.pid}_${Date.now()}`;
  const store = await createPostgresStore({ pool, schema });
  // Repeated words, headings that repeat the text's words, and words said 300 times (a lexeme keeps 256 positions):
  // the most a lexeme's positions can add.
  const next = random(7);
  const repeatedWords = VOCABULARY.slice(0, 40).map((word, index) => ({ ...corpus(1, 100 + index)[0]!, text: `${`${word} `.repeat(300)}${VOCABULARY[index + 1]}.`, title: word }));
  await store.upsertDocuments([...corpus(1500, 3).map((document, index) => ({ ...document, text: index % 3 ? document.text : `${document.text} ${document.text} ${document.text}`, title: document.text.slice(0, 40) })), ...repeatedWords]);
  const client = await pool.connect();
  try {
    await client.query(`SET search_path TO ${schema}`);
    for (let index = 0; index < 30; index++) {
      const tsQuery = toTsQuery(words(next, 2 + (index % 6)).join(' '), index % 2 ? [words(next, 2)] : [])!;
      const { rows: [row] } = await client.query(
        `SELECT q::text AS normalized, max(ts_rank('${TS_RANK_WEIGHTS}', p.tsv, q)) AS most
         FROM passages p, to_tsquery('english', $1) q WHERE p.tsv @@ q GROUP BY q`,
        [tsQuery],
      );
      if (!row) continue;
      const shape = readTsQuery(row.normalized);
      assert.ok(Number(row.most) <= 1, `${tsQuery}: ts_rank ${row.most} above 1`);
      if (shape.operator !== '|') continue;
      const { rows: [bound] } = await client.query(
        `SELECT max(ts_rank('${TS_RANK_WEIGHTS}', p.tsv, q) * $2 - $4::float8 * (SELECT count(*) FROM unnest(tsvector_to_array(p.tsv)) AS held(lexeme) WHERE held.lexeme = ANY($3))) AS over
         FROM passages p, to_tsquery('english', $1) q WHERE p.tsv @@ q`,
        [tsQuery, shape.lexemes.length, shape.lexemes.map((lexeme) => lexeme.slice(1, -1).replace(/''/g, "'")), levelRank(2)],
      );
      assert.ok(Number(bound.over) < 0, `${tsQuery}: a passage ranks at or above 0.999 × (lexemes held) / U (by ${bound.over})`);
    }
  } finally {
    client.release();
    await store.close();
  }
});
