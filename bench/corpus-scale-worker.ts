// One size of the corpus-scale benchmark, in its own process so peak memory is this size's alone:
// `node bench/corpus-scale-worker.ts <passages>` ingests that many demo-corpus passages into a fresh
// SQLite file, times the local corpus search on the demo questions' facets, and prints one JSON line.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { DEFAULT_DEMO_CORPUS_FILE } from '../src/adapters/demo-corpus/demo-corpus.ts';
import type { DocumentInput } from '../src/contracts/types.ts';
import { createLocalCorpusSearch } from '../src/adapters/search-providers/local-corpus.ts';
import { createSqliteStore } from '../src/adapters/store/sqlite/sqlite-store.ts';
import { heuristicUnderstand } from '../src/pipeline/understand/heuristic-understand.ts';
import { QUESTIONS } from './demo-questions.ts';

const BATCH = 2000;

export interface ScaleMeasurement {
  passages: number;
  documents: number;
  ingestSeconds: number;
  queries: number;
  latenciesMs: number[];
  peakRssMb: number;
  fileMb: number;
}

/**
 * Demo-corpus items, streamed from the gzipped file pass after pass (never all held, so peak memory is the
 * store's): items are one passage each, and past the first pass a copy marker keeps content hashes distinct.
 */
export async function* demoItems(): AsyncGenerator<DocumentInput> {
  for (let copy = 0; ; copy++) {
    let fetchedAt: string | undefined;
    for await (const line of createInterface({ input: createReadStream(DEFAULT_DEMO_CORPUS_FILE).pipe(createGunzip()), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      if (fetchedAt === undefined) {
        fetchedAt = (JSON.parse(line) as { fetchedAt: string }).fetchedAt;
        continue;
      }
      const item = { ...(JSON.parse(line) as Omit<DocumentInput, 'fetchedAt' | 'origin'>), fetchedAt, origin: 'demo' };
      yield copy === 0 ? item : { ...item, url: `${item.url}#copy${copy}`, text: `${item.text} [${copy}]` };
    }
  }
}

async function measure(target: number): Promise<ScaleMeasurement> {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-bench-scale-'));
  const file = path.join(folder, 'store.db');
  const store = createSqliteStore({ file });
  try {
    let passages = 0;
    let documents = 0;
    const started = performance.now();
    let batch: DocumentInput[] = [];
    const flush = async () => {
      documents += (await store.upsertDocuments(batch)).filter((result) => result.created).length;
      passages += batch.length;
      batch = [];
    };
    for await (const item of demoItems()) {
      batch.push(item);
      if (batch.length === BATCH || passages + batch.length >= target) await flush();
      if (passages >= target) break;
    }
    const ingestSeconds = (performance.now() - started) / 1000;
    const counted = Number((store.db.prepare('SELECT count(*) AS count FROM passages').get() as { count: number }).count);
    const search = createLocalCorpusSearch({ store });
    const facets = QUESTIONS.flatMap((question) => heuristicUnderstand(question).facets);
    for (const facet of facets.slice(0, 5)) await search.search({ query: facet.query, required: facet.required, limit: 40 });
    const latenciesMs: number[] = [];
    for (const facet of facets) {
      const before = performance.now();
      await search.search({ query: facet.query, required: facet.required, limit: 40 });
      latenciesMs.push(performance.now() - before);
    }
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    await store.close();
    const fileMb = statSync(file).size / 1024 / 1024;
    return { passages: counted, documents, ingestSeconds, queries: facets.length, latenciesMs, peakRssMb, fileMb };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const target = Number(process.argv[2]);
  if (!Number.isInteger(target) || target <= 0) {
    console.error('Usage: node bench/corpus-scale-worker.ts <passages>');
    process.exitCode = 2;
  } else {
    console.log(JSON.stringify(await measure(target)));
  }
}
