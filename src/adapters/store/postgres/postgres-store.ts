// The PostgreSQL store: the same contracts as SQLite (Store and the website's), for many processes on
// one database. Full-text search uses generated tsvectors (English stemming) with GIN indexes.
import pg from 'pg';
import type { SiteStore, UpsertResult } from '../../../contracts/ports.ts';
import { parseReport } from '../../../contracts/schema.ts';
import type { DocumentInput, PassageHit } from '../../../contracts/types.ts';
import { passageRows, toStoredPassage } from '../passage-spans.ts';
import { prepareDocument } from '../prepare-document.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import { migratePostgres, POSTGRES_MIGRATIONS } from './migrations.ts';
import { createPgSession, isUniqueViolation, type Row } from './pg-session.ts';
import { type PoolTimeouts, poolOptions } from './pool-options.ts';
import { createPostgresReportArchive, LISTED, reportSearchText } from './report-archive.ts';
import { createPostgresReportJobs } from './report-jobs.ts';
import { createPostgresReportModeration } from './report-moderation.ts';
import { toDocument, toSummary } from '../rows.ts';
import { SUMMARY_COLUMNS } from './summary-row.ts';
import { createPostgresSupporterLedger } from './supporter-ledger.ts';
import { RANK, rankingCte } from './ranking-sql.ts';
import { createPassageCount, MATCH, matchOf, searchTopK, SHORTCUT_MIN_PASSAGES, TOP_K_BEGIN, type TopKOptions, type TopKPath, topKStatement } from './top-k.ts';
import { toTsQueries, type TsQueries } from './ts-query.ts';

export interface PostgresStoreOptions {
  connectionString?: string;
  /** A pool to share (tests, several stores on one database); otherwise one is created. */
  pool?: pg.Pool;
  /** A schema to work in (tests isolate themselves this way); created if missing. */
  schema?: string;
  maxConnections?: number;
  /** Bounds on connecting and on each statement (pool-options.ts). */
  timeouts?: Partial<PoolTimeouts>;
  /** How each search's top k is found (top-k.ts): tests lower its thresholds and observe which way was taken. */
  topK?: TopKOptions;
}

export type PostgresStore = SiteStore & {
  readonly pool: pg.Pool;
  readonly schema?: string;
  /** Reachable, with every migration applied: what readiness checks. */
  checkReady(): Promise<{ ok: true } | { ok: false; reason: string }>;
};

const PASSAGE_COLUMNS = 'p.ordinal, p.text AS passage_text, p.span_start, p.span_end';
const DOCUMENT_COLUMNS = 'd.id, d.url, d.title, d.outlet, d.published_at, d.fetched_at, d.kind, d.text, d.byline, d.topics, d.origin, d.content_hash';

export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid PostgreSQL schema name "${schema}": use lower-case letters, digits and _`);
  const pool = options.pool ?? new pg.Pool(poolOptions({ connectionString: options.connectionString, max: options.maxConnections ?? 10, timeouts: options.timeouts }));
  // A pool is an event emitter: an idle connection dropped by the server must not crash the process.
  if (!options.pool) pool.on('error', () => undefined);
  // IF NOT EXISTS still races between two processes creating the schema at once: the loser may go on.
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: unknown) => {
    if (!isUniqueViolation(error)) throw error;
  });
  const session = createPgSession(pool, schema);
  const { query, transaction } = session;
  await transaction(async (client) => migratePostgres(client));
  const latest = Math.max(...POSTGRES_MIGRATIONS.map((migration) => migration.version));
  const passageCount = createPassageCount(query);

  return {
    ...createPostgresReportArchive(session),
    ...createPostgresReportJobs(session),
    ...createPostgresReportModeration(session),
    ...createPostgresSupporterLedger(session),
    id: 'postgres',
    pool,
    schema,
    async checkReady() {
      try {
        const [row] = await query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
        return Number(row.version) >= latest ? { ok: true } : { ok: false, reason: `the database is at migration ${row.version}, this code needs ${latest}` };
      } catch (error) {
        return { ok: false, reason: `the database is not reachable (${(error as Error).message})` };
      }
    },
    upsertDocuments: (inputs, upsertOptions) =>
      transaction(async (client) => {
        const results = await upsertBatch(client, inputs);
        const marks = Object.entries(upsertOptions?.marks ?? {});
        if (marks.length > 0) {
          await client.query(
            `INSERT INTO store_marks (name, value, updated_at) SELECT *, $3 FROM unnest($1::text[], $2::text[])
             ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
            [marks.map(([name]) => name), marks.map(([, value]) => value), new Date().toISOString()],
          );
        }
        return results;
      }),
    async getMark(name) {
      const [row] = await query<{ value: string }>('SELECT value FROM store_marks WHERE name = $1', [name]);
      return row?.value;
    },
    async countDocuments() {
      const [row] = await query<{ count: string }>('SELECT count(*) AS count FROM documents');
      return Number(row.count);
    },
    async getDocuments(ids) {
      if (ids.length === 0) return [];
      const rows = await query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1)`, [ids]);
      const byId = new Map(rows.map((row) => [String(row.id), toDocument(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async findSnapshot(url, { fetchedAfter }) {
      const rows = await query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.url = $1 AND d.fetched_at >= $2 ORDER BY d.fetched_at DESC LIMIT 1`, [url, fetchedAfter]);
      return rows.length > 0 ? toDocument(rows[0]) : undefined;
    },
    async getPassages(documentIds) {
      if (documentIds.length === 0) return [];
      const rows = await query(
        `SELECT d.id, ${PASSAGE_COLUMNS} FROM documents d JOIN passages p ON p.document_rowid = d.rowid WHERE d.id = ANY($1) ORDER BY d.id, p.ordinal`,
        [documentIds],
      );
      // Each document's text is read once, however many passages are spans of it.
      const spanned = [...new Set(rows.filter((row) => row.passage_text === '').map((row) => String(row.id)))];
      const texts = spanned.length === 0 ? [] : await query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE id = ANY($1)', [spanned]);
      const byId = new Map(texts.map((row) => [row.id, row.text]));
      return rows.map((row) => toStoredPassage(row, byId.get(String(row.id))));
    },
    async searchPassages(text, { limit, documentIds, required, publishedWithin }) {
      const queries = toTsQueries(text, required);
      if (!queries || limit <= 0) return [];
      // Within some documents or a period: every match there ranked, in one statement.
      if (documentIds || publishedWithin) {
        return (await query(searchWithinSql(queries, Boolean(publishedWithin)), [
          queries.rank, limit, queries.match, documentIds ?? null, ...(publishedWithin ? [publishedWithin.from ?? '', publishedWithin.to ?? '9999'] : []),
        ])).map((row) => toHit(row, Number(row.rank)));
      }
      // Words, or required groups in a smaller store: one statement, the top k joined with their documents.
      const passages = await passageCount();
      if (queries.words || passages < (options.topK?.minPassages ?? SHORTCUT_MIN_PASSAGES)) {
        const top = topKStatement(queries, limit, passages, options.topK?.from);
        const rows = await query(joinTop(`(${top.text}) top`), top.values);
        if (rows[0]) options.topK?.observe?.(rows[0].path as TopKPath);
        return rows.map((row) => toHit(row, Number(row.rank)));
      }
      // Required groups in a large store: the rowid prefix (top-k.ts), in one snapshot, then only those k joined.
      return transaction(async (client) => {
        const top = await searchTopK(client, queries, limit, options.topK);
        if (top.length === 0) return [];
        const { rows } = await client.query(joinTop('unnest($1::bigint[], $2::real[]) AS top(rowid, rank)'), [top.map((row) => row.rowid), top.map((row) => row.rank)]);
        return rows.map((row) => toHit(row, Number(row.rank)));
      }, TOP_K_BEGIN);
    },
    async hasPassages(text, { required, publishedWithin } = {}) {
      const queries = toTsQueries(text, required);
      if (!queries) return false;
      // EXISTS over the GIN match, unranked: it stops at the first matching passage.
      const within = publishedWithin ? 'AND p.document_rowid IN (SELECT rowid FROM documents WHERE left(published_at, 10) BETWEEN $3 AND $4)' : '';
      const [row] = await query<{ found: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM passages p WHERE p.tsv @@ ${matchOf('$2')} ${within}) AS found`,
        [queries.rank, queries.match, ...(publishedWithin ? [publishedWithin.from ?? '', publishedWithin.to ?? '9999'] : [])],
      );
      return row?.found === true;
    },
    async saveReport(report) {
      const valid = parseReport(report);
      await transaction(async (client) => {
        await client.query('DELETE FROM report_sources WHERE report_id = $1', [valid.id]);
        await client.query(
          `INSERT INTO reports (id, slug, question, question_key, title, kind, category, checked_at, parent_id, source_count, body, search_text)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, question = EXCLUDED.question, question_key = EXCLUDED.question_key,
             title = EXCLUDED.title, kind = EXCLUDED.kind, category = EXCLUDED.category, checked_at = EXCLUDED.checked_at,
             parent_id = EXCLUDED.parent_id, source_count = EXCLUDED.source_count, body = EXCLUDED.body, search_text = EXCLUDED.search_text`,
          [valid.id, valid.slug, valid.question, questionKey(valid.question), valid.title, valid.kind, valid.category, valid.checkedAt, valid.parentId ?? null, valid.sources.length, JSON.stringify(valid), reportSearchText(valid)],
        );
        // Saving the same report again (a retried job) replaces its sources: never duplicated.
        if (valid.sources.length > 0) {
          await client.query('INSERT INTO report_sources (report_id, n, document_id) SELECT $1, * FROM unnest($2::int[], $3::text[])', [
            valid.id, valid.sources.map((source) => source.n), valid.sources.map((source) => source.documentId ?? null),
          ]);
        }
      });
    },
    async getReport(idOrSlug) {
      const [row] = await query('SELECT body FROM reports WHERE id = $1 OR slug = $1', [idOrSlug]);
      return row ? parseReport(row.body) : undefined;
    },
    async listReports({ limit, offset = 0, category }) {
      const rows = category
        ? await query(`SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE r.category = $1 AND ${LISTED} ORDER BY r.checked_at DESC, r.id LIMIT $2 OFFSET $3`, [category, limit, offset])
        : await query(`SELECT ${SUMMARY_COLUMNS} FROM reports r WHERE ${LISTED} ORDER BY r.checked_at DESC, r.id LIMIT $1 OFFSET $2`, [limit, offset]);
      return rows.map(toSummary);
    },
    async close() {
      if (!options.pool) await pool.end();
    },
  };
}

/** One batch in one transaction: documents with unnest (duplicates skipped by id), then their passages. */
async function upsertBatch(client: pg.PoolClient, inputs: DocumentInput[]): Promise<UpsertResult[]> {
  if (inputs.length === 0) return [];
  const prepared = inputs.map((input) => ({ input, ...prepareDocument(input) }));
  const column = <T>(pick: (entry: (typeof prepared)[number]) => T) => prepared.map(pick);
  const inserted = await client.query<{ id: string; rowid: string }>(
    `INSERT INTO documents (id, url, title, outlet, published_at, fetched_at, kind, text, byline, topics, origin, content_hash)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[], $11::text[], $12::text[])
     ON CONFLICT (id) DO NOTHING RETURNING id, rowid`,
    [
      column((entry) => entry.id), column((entry) => entry.input.url), column((entry) => entry.input.title), column((entry) => entry.input.outlet),
      column((entry) => entry.input.publishedAt ?? null), column((entry) => entry.input.fetchedAt), column((entry) => entry.input.kind),
      column((entry) => entry.input.text), column((entry) => entry.input.byline ?? null), column((entry) => JSON.stringify(entry.topics)),
      column((entry) => entry.input.origin), column((entry) => entry.contentHash),
    ],
  );
  const created = new Map(inserted.rows.map((row) => [row.id, row.rowid]));
  const passages = prepared.flatMap((entry) => {
    const rowid = created.get(entry.id);
    if (rowid === undefined) return [];
    created.delete(entry.id); // a duplicate later in the same batch is not new
    return passageRows(entry.input.text).map((passage, ordinal) => ({ rowid, ordinal, ...passage, heading: entry.heading }));
  });
  if (passages.length > 0) {
    // The text and heading are sent to be indexed, not stored: a passage is a span of its document's text.
    await client.query(
      `INSERT INTO passages (document_rowid, ordinal, text, span_start, span_end, tsv)
       SELECT r, o, s, a, b, setweight(to_tsvector('english', t), 'A') || setweight(to_tsvector('english', h), 'C')
       FROM unnest($1::bigint[], $2::int[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[]) AS u(r, o, s, a, b, t, h)`,
      [
        passages.map((passage) => passage.rowid), passages.map((passage) => passage.ordinal), passages.map((passage) => passage.stored),
        passages.map((passage) => passage.start), passages.map((passage) => passage.end), passages.map((passage) => passage.text),
        passages.map((passage) => passage.heading),
      ],
    );
  }
  const fresh = new Set(inserted.rows.map((row) => row.id));
  const repeated = prepared.filter((entry) => !fresh.has(entry.id));
  // The same page read again with the same content: its snapshot is that much fresher (the cache's TTL counts from here).
  if (repeated.length > 0) {
    await client.query(
      `UPDATE documents d SET fetched_at = r.fetched_at FROM unnest($1::text[], $2::text[], $3::text[]) AS r(id, url, fetched_at)
       WHERE d.id = r.id AND d.url = r.url AND d.fetched_at < r.fetched_at`,
      [repeated.map((entry) => entry.id), repeated.map((entry) => entry.input.url), repeated.map((entry) => entry.input.fetchedAt)],
    );
  }
  const existingIds = [...new Set(repeated.map((entry) => entry.id))];
  const existing = existingIds.length > 0 ? (await client.query(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1)`, [existingIds])).rows : [];
  const stored = new Map(existing.map((row) => [String(row.id), toDocument(row)]));
  const seen = new Set<string>();
  return prepared.map((entry) => {
    const isNew = fresh.has(entry.id) && !seen.has(entry.id);
    seen.add(entry.id);
    const document = stored.get(entry.id) ?? { ...entry.input, topics: entry.topics, id: entry.id, contentHash: entry.contentHash };
    return { document, created: isNew };
  });
}



function toHit(row: Row, score: number): PassageHit {
  const document = toDocument(row);
  return { passage: toStoredPassage(row, document.text), document, score };
}

/** The top k (`top`: rowid, rank and maybe path) joined with their passages and documents, best first. */
function joinTop(top: string): string {
  return `SELECT ${PASSAGE_COLUMNS}, ${DOCUMENT_COLUMNS}, top.* FROM ${top}
    JOIN passages p ON p.rowid = top.rowid JOIN documents d ON d.rowid = p.document_rowid ORDER BY top.rank DESC, top.rowid`;
}

/** Every match within some documents ($4: ids, or null) and a period ($5 and $6) ranked; $1 to $3 as in top-k.ts. */
function searchWithinSql(queries: TsQueries, dated: boolean): string {
  const conditions = ['($4::text[] IS NULL OR id = ANY($4))', ...(dated ? ['left(published_at, 10) BETWEEN $5 AND $6'] : [])];
  return joinTop(`(WITH ${rankingCte(queries)} SELECT p.rowid, ${RANK} AS rank FROM passages p WHERE p.tsv @@ ${MATCH}
    AND p.document_rowid IN (SELECT rowid FROM documents WHERE ${conditions.join(' AND ')}) ORDER BY rank DESC, p.rowid LIMIT $2) top`);
}
