// One size of the speed bench's search comparison, in its own process: `node bench/speed-search-worker.ts <passages>`
// stores that many demo-corpus passages in SQLite (and PostgreSQL, FlexSearch, MiniSearch unless skipped), times
// the same facet queries on each, measures the SQLite store's size, and prints one JSON line. With
// CROSSCHECK_SPEED_STORES=<folder> the SQLite store of each size is kept there, and the PostgreSQL database of each size
// as crosscheck_bench_speed_kept_<size>, re-used by later runs (marked complete once built; the in-memory peers are
// still built each run).
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import pg from 'pg';
import type { Store } from '../src/contracts/ports.ts';
import type { DocumentInput } from '../src/contracts/types.ts';
import { prepareDocument } from '../src/adapters/store/prepare-document.ts';
import { createLocalCorpusSearch } from '../src/adapters/search-providers/local-corpus.ts';
import { createPostgresStore } from '../src/adapters/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { heuristicUnderstand } from '../src/pipeline/understand/heuristic-understand.ts';
import { demoItems } from './corpus-scale-worker.ts';
import { QUESTIONS } from './demo-questions.ts';

const BATCH = 2000;
const LIMIT = 40;
const ADMIN_URL = process.env.CROSSCHECK_BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface SpeedSearchMeasurement {
  passages: number;
  queries: number;
  /** Search latencies (ms) per engine, or why it was not measured. */
  engines: Record<string, number[] | string>;
  storeKbPer1k: number;
  fileMb: number;
  /** The PostgreSQL tables' size (heap, TOAST and indexes of documents and passages) per 1,000 passages. */
  postgresKbPer1k?: number;
}

type Query = { query: string; required?: string[][] };

const queries: Query[] = QUESTIONS.flatMap((question) => heuristicUnderstand(question).facets.map((facet) => ({ query: facet.query, required: facet.required })));

// A full collection after each engine's warm-up, before its timed queries: building the in-memory peers leaves garbage
// (FlexSearch's index alone keeps about 360 MB live at 1M passages), and the first major collection after it, 65-200 ms
// of marking and compacting that heap, otherwise falls into whichever engine is timed first and allocates.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timed(search: (query: Query) => Promise<unknown> | unknown): Promise<number[]> {
  for (const query of queries.slice(0, 5)) await search(query);
  collectGarbage();
  const latencies: number[] = [];
  for (const query of queries) {
    const before = performance.now();
    await search(query);
    latencies.push(performance.now() - before);
  }
  return latencies;
}

/** The mark a kept store carries once all `target` items are in it. */
const BUILT_MARK = 'speed-bench-items';

/** Stores the first `target` demo items (unless `store` is undefined: a kept store already holds them), handing each to `each`. */
async function fill(store: Store | undefined, target: number, each?: (item: DocumentInput, id: number) => void): Promise<void> {
  let batch: DocumentInput[] = [];
  let count = 0;
  for await (const item of demoItems()) {
    batch.push(item);
    each?.(item, count);
    count++;
    if (batch.length === BATCH || count >= target) {
      await store?.upsertDocuments(batch, count >= target ? { marks: { [BUILT_MARK]: String(target) } } : undefined);
      batch = [];
    }
    if (count >= target) break;
  }
}

async function sqliteAndPeers(target: number, folder: string, skip: Set<string>) {
  const kept = process.env.CROSSCHECK_SPEED_STORES;
  if (kept) mkdirSync(kept, { recursive: true });
  const file = kept ? path.join(kept, `speed-${target}.db`) : path.join(folder, 'store.db');
  // Opened as serve opens it (a connection that makes many reports: the BM25 scan from its first search).
  const store = createSqliteStore({ file, serving: true });
  const built = (await store.getMark(BUILT_MARK)) === String(target);
  const flex = skip.has('flexsearch') ? undefined : new Index({ tokenize: 'strict', resolution: 9 });
  const mini = skip.has('minisearch') ? undefined : new MiniSearch({ fields: ['text', 'heading'], storeFields: [] });
  // The peers index the same text and heading (topic labels, else title) as the FTS5 index, one entry per passage.
  await fill(built ? undefined : store, target, (item, id) => {
    const heading = prepareDocument(item).heading;
    flex?.add(id, `${item.text} ${heading}`);
    mini?.add({ id, text: item.text, heading });
  });
  const search = createLocalCorpusSearch({ store });
  const engines: Record<string, number[] | string> = {
    'Crosscheck (SQLite)': await timed((query) => search.search({ ...query, limit: LIMIT })),
  };
  engines.FlexSearch = flex ? await timed((query) => flex.search(query.query, { limit: LIMIT, suggest: true })) : 'skipped';
  engines.MiniSearch = mini ? await timed((query) => mini.search(query.query).slice(0, LIMIT)) : 'skipped';
  const passages = Number((store.db.prepare('SELECT count(*) AS count FROM passages').get() as { count: number }).count);
  const bytes = Number((store.db.prepare('SELECT sum(pgsize) AS bytes FROM dbstat').get() as { bytes: number }).bytes);
  await store.close();
  return { passages, engines, storeKbPer1k: bytes / passages, fileMb: statSync(file).size / 1024 / 1024 };
}

async function postgres(target: number): Promise<{ latencies: number[] | string; kbPer1k?: number }> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    return { latencies: `PostgreSQL not reachable (${(error as Error).message})` };
  }
  // Kept like the SQLite store (CROSSCHECK_SPEED_STORES): one database per size, re-used once marked complete.
  const kept = Boolean(process.env.CROSSCHECK_SPEED_STORES);
  const name = kept ? `crosscheck_bench_speed_kept_${target}` : `crosscheck_bench_speed_${process.pid}`;
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows.length > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    const store = await createPostgresStore({ connectionString: url.toString(), maxConnections: 2 });
    try {
      if ((await store.getMark(BUILT_MARK)) !== String(target)) {
        await fill(store, target);
        await store.pool.query('VACUUM ANALYZE');
      }
      const { rows } = await store.pool.query(
        "SELECT sum(pg_total_relation_size(c.oid))::float8 AS bytes, (SELECT count(*) FROM passages)::float8 AS passages FROM pg_class c WHERE c.relname IN ('documents', 'passages') AND c.relkind = 'r'",
      );
      const search = createLocalCorpusSearch({ store });
      return { latencies: await timed((query) => search.search({ ...query, limit: LIMIT })), kbPer1k: rows[0].bytes / rows[0].passages };
    } finally {
      await store.close();
    }
  } finally {
    if (!kept) await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}

async function measure(target: number, skip: Set<string>): Promise<SpeedSearchMeasurement> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-speed-'));
  try {
    const local = await sqliteAndPeers(target, folder, skip);
    const postgresResult: { latencies: number[] | string; kbPer1k?: number } = skip.has('postgres') ? { latencies: 'skipped' } : await postgres(target);
    return { ...local, engines: { ...local.engines, 'Crosscheck (PostgreSQL)': postgresResult.latencies }, postgresKbPer1k: postgresResult.kbPer1k, queries: queries.length };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const target = Number(process.argv[2]);
  if (!Number.isInteger(target) || target <= 0) {
    console.error('Usage: node bench/speed-search-worker.ts <passages> [skip,list]');
    process.exitCode = 2;
  } else {
    console.log(JSON.stringify(await measure(target, new Set((process.argv[3] ?? '').split(',').filter(Boolean)))));
  }
}
