// The embedded store: one SQLite file (node:sqlite) with an FTS5 passage index, in WAL mode.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { SiteStore, UpsertResult } from '../../../contracts/ports.ts';
import { parseReport } from '../../../contracts/schema.ts';
import type { DocumentInput } from '../../../contracts/types.ts';
import { passageRows, toStoredPassage } from '../passage-spans.ts';
import { prepareDocument } from '../prepare-document.ts';
import { questionKey } from '../../../shared/text/question-key.ts';
import { BM25_COLUMN_WEIGHTS, buildFtsQuery, toFtsQuery } from './fts-query.ts';
import { copyJobsFromStore, openJobsFile, waitAsynchronously } from './jobs-file.ts';
import { migrate } from './migrations.ts';
import { createSqliteReportArchive, LISTED } from './report-archive.ts';
import { createSqliteReportJobs } from './report-jobs.ts';
import { createSqliteReportModeration } from './report-moderation.ts';
import { toDocument, toSummary } from '../rows.ts';
import { BLOCKING_BUSY_TIMEOUT_MS, guardStore, immediateTransaction } from './sqlite-guard.ts';
import { createStringTable } from './strings.ts';
import { decodeText, encodeText } from './text-codec.ts';
import { createSqliteSupporterLedger } from './supporter-ledger.ts';
import { createPeriodSpan } from './period-span.ts';
import { createTopKSearch, type TopRow } from './top-k.ts';
import { createHitReader } from './hit-reader.ts';
import { documentColumns, hashBytes } from './text-once.ts';

type Row = Record<string, string | number | null>;

export interface SqliteStoreOptions {
  /** A file path, or ':memory:'. */
  file: string;
  /** How long a call waits, without blocking, for another process's write lock before the store is busy (default 5 s). */
  busyWaitMs?: number;
  /**
   * A connection that makes many reports (serve, a report thread): searches are computed from FTS5's index with the
   * scores kept between them (bm25-scan.ts) from the first one, within a period too, instead of after a connection's
   * first searches, which a process making one report keeps in FTS5 (cheaper before anything is read).
   */
  serving?: boolean;
}


export function createSqliteStore(options: SqliteStoreOptions): SiteStore & { readonly db: DatabaseSync } {
  if (options.file !== ':memory:') mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  const db = new DatabaseSync(options.file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;');
  // Stored text may be encoded (text-codec.ts); SQL reads it back through this function.
  db.function('crosscheck_text', { deterministic: true }, decodeText);
  const jobs = openJobsFile(options.file);
  copyJobsFromStore(jobs, db, options.file);
  migrate(db);
  // From here on a lock is waited for asynchronously (sqlite-guard.ts), not by blocking the event loop.
  db.exec(`PRAGMA busy_timeout = ${BLOCKING_BUSY_TIMEOUT_MS}`);
  waitAsynchronously(jobs);
  const statements = prepare(db);
  const strings = createStringTable(db);
  const topK = createTopKSearch(db, options.serving ? { scanAfterSearches: 0, periodSearchesFirst: 0 } : {});
  const periods = createPeriodSpan(db);
  // Only the top k's passages and documents are read (joining every match before sorting was most of the time at 1M
  // passages), and those read before come from memory (hit-reader.ts).
  const hits = createHitReader(db);

  return guardStore({
    ...createSqliteReportArchive(db),
    ...createSqliteReportJobs(jobs),
    ...createSqliteReportModeration(db, jobs),
    ...createSqliteSupporterLedger(db),
    id: 'sqlite',
    db,
    async upsertDocuments(inputs, options) {
      const written = immediateTransaction(db, () => {
        const interned = new Map<string, number>();
        const results = inputs.map((input): UpsertResult => upsertOne(statements, (value) => strings.intern(value, interned), input));
        const at = new Date().toISOString();
        for (const [name, value] of Object.entries(options?.marks ?? {})) statements.setMark.run(name, value, at);
        return results;
      });
      // This connection's own commits do not change `data_version`, so the search's document counts are dropped here.
      topK.invalidate();
      return written;
    },
    async getMark(name) {
      const row = statements.getMark.get(name) as Row | undefined;
      return row ? String(row.value) : undefined;
    },
    async countDocuments() {
      return Number((statements.countDocuments.get() as Row).count);
    },
    async getDocuments(ids) {
      if (ids.length === 0) return [];
      const rows = statements.documentsByIds.all(JSON.stringify(ids)) as Row[];
      const byId = new Map(rows.map((row) => [String(row.id), toDocument(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    async getPassages(documentIds) {
      if (documentIds.length === 0) return [];
      const rows = statements.passagesByDocuments.all(JSON.stringify(documentIds)) as Row[];
      // Each document's text is read once, however many passages are spans of it.
      const spanned = [...new Set(rows.filter((row) => row.passage_text === '').map((row) => String(row.id)))];
      const texts = new Map(spanned.length === 0 ? [] : (statements.textsByIds.all(JSON.stringify(spanned)) as Row[]).map((row) => [String(row.id), String(row.text)]));
      return rows.map((row) => toStoredPassage(row, texts.get(String(row.id))));
    },
    async findSnapshot(url, { fetchedAfter }) {
      const urlId = strings.find(url);
      const row = urlId === undefined ? undefined : (statements.snapshotByUrl.get(urlId, fetchedAfter) as Row | undefined);
      return row ? toDocument(row) : undefined;
    },
    async searchPassages(query, { limit, documentIds, required, publishedWithin }) {
      const fts = buildFtsQuery(query, required);
      if (!fts || limit <= 0) return [];
      const ids = documentIds ? JSON.stringify(documentIds) : null;
      // Top k first (top-k.ts, or ranked within a period or documents), and only those k passages joined with their
      // documents: a sort keeps every column of every row it sorts, so the text and strings were read for all matches.
      let top: TopRow[];
      if (publishedWithin) {
        const [from, to] = [publishedWithin.from ?? '', publishedWithin.to ?? '9999'];
        const scanned = ids ? undefined : topK.searchPeriod(fts, limit, from, to);
        const span = scanned ? undefined : periods.span(from, to);
        if (!scanned && !span) return [];
        top = scanned ?? (statements.searchPublished.all(fts.match, span!.first, span!.last, from, to, ids, ids, limit) as unknown as TopRow[]);
      } else top = ids ? (statements.searchWithin.all(fts.match, ids, limit) as unknown as TopRow[]) : topK.search(fts, limit);
      return hits.read(top);
    },
    async hasPassages(query, { required, publishedWithin } = {}) {
      const match = toFtsQuery(query, required);
      if (!match) return false;
      if (!publishedWithin) return statements.any.get(match) !== undefined;
      const [from, to] = [publishedWithin.from ?? '', publishedWithin.to ?? '9999'];
      const span = periods.span(from, to);
      return span !== undefined && statements.anyPublished.get(match, span.first, span.last, from, to) !== undefined;
    },
    async saveReport(report) {
      const valid = parseReport(report);
      immediateTransaction(db, () => {
        statements.deleteReportSources.run(valid.id);
        statements.saveReport.run(
          valid.id, valid.slug, valid.question, questionKey(valid.question), valid.title, valid.kind, valid.category,
          valid.checkedAt, valid.parentId ?? null, valid.sources.length, JSON.stringify(valid),
        );
        for (const source of valid.sources) statements.saveReportSource.run(valid.id, source.n, source.documentId ?? null);
      });
    },
    async getReport(idOrSlug) {
      const row = statements.reportByIdOrSlug.get(idOrSlug, idOrSlug) as Row | undefined;
      return row ? parseReport(JSON.parse(String(row.body))) : undefined;
    },
    async listReports({ limit, offset = 0, category }) {
      const rows = (category ? statements.listByCategory.all(category, limit, offset) : statements.list.all(limit, offset)) as Row[];
      return rows.map(toSummary);
    },
    async close() {
      if (db.isOpen) db.close();
      if (jobs.isOpen) jobs.close();
    },
  }, { budgetMs: options.busyWaitMs });
}

function prepare(db: DatabaseSync) {
  const columns = documentColumns();
  const passageColumns = 'p.ordinal, p.text AS passage_text, p.span_start, p.span_end';
  const rank = `bm25(passages_fts, ${BM25_COLUMN_WEIGHTS}) AS rank`;
  return {
    documentById: db.prepare(`SELECT ${columns} FROM documents WHERE id = ?`),
    refreshFetchedAt: db.prepare(
      'UPDATE documents SET fetched_at_id = ? WHERE id = ? AND url_id = ? AND (SELECT value FROM strings WHERE rowid = fetched_at_id) < ?',
    ),
    insertDocument: db.prepare(
      `INSERT INTO documents (content_hash, url_id, title_id, outlet_id, published_at_id, fetched_at_id, kind_id, byline_id, topics_id, origin_id, text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    ),
    insertPassage: db.prepare('INSERT INTO passages (document_rowid, ordinal, text, span_start, span_end) VALUES (?, ?, ?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO passages_fts (rowid, text, heading) VALUES (?, ?, ?)'),
    countDocuments: db.prepare('SELECT count(*) AS count FROM documents'),
    getMark: db.prepare('SELECT value FROM store_marks WHERE name = ?'),
    setMark: db.prepare('INSERT INTO store_marks (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at'),
    snapshotByUrl: db.prepare(
      `SELECT * FROM (SELECT ${columns} FROM documents WHERE url_id = ?) WHERE fetched_at >= ? ORDER BY fetched_at DESC LIMIT 1`,
    ),
    documentsByIds: db.prepare(`SELECT ${columns} FROM documents WHERE id IN (SELECT value FROM json_each(?))`),
    textsByIds: db.prepare('SELECT id, crosscheck_text(text) AS text FROM documents WHERE id IN (SELECT value FROM json_each(?))'),
    passagesByDocuments: db.prepare(
      `SELECT d.id, ${passageColumns} FROM documents d JOIN passages p ON p.document_rowid = d.rowid
       WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id, p.ordinal`,
    ),
    searchWithin: db.prepare(
      `SELECT passages_fts.rowid AS rowid, ${rank} FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid JOIN documents d ON d.rowid = p.document_rowid
       WHERE passages_fts MATCH ? AND d.id IN (SELECT value FROM json_each(?)) ORDER BY rank LIMIT ?`,
    ),
    // Within a period every match is dated before the top k is taken (a period's passages are too few in the overall top
    // k); only the matches among the rowids the period's passages lie in (period-span.ts).
    searchPublished: db.prepare(
      `SELECT passages_fts.rowid AS rowid, ${rank} FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid JOIN documents d ON d.rowid = p.document_rowid
       WHERE passages_fts MATCH ? AND passages_fts.rowid BETWEEN ? AND ? AND substr((SELECT value FROM strings WHERE rowid = d.published_at_id), 1, 10) BETWEEN ? AND ?
         AND (? IS NULL OR d.id IN (SELECT value FROM json_each(?))) ORDER BY rank LIMIT ?`,
    ),
    // "Any match?" without ranking: FTS5 stops at the first match instead of scoring and sorting all of them (0.5 vs 10 ms).
    any: db.prepare('SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1'),
    anyPublished: db.prepare(
      `SELECT 1 FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid JOIN documents d ON d.rowid = p.document_rowid
       WHERE passages_fts MATCH ? AND passages_fts.rowid BETWEEN ? AND ? AND substr((SELECT value FROM strings WHERE rowid = d.published_at_id), 1, 10) BETWEEN ? AND ? LIMIT 1`,
    ),
    saveReport: db.prepare(
      `INSERT OR REPLACE INTO reports (id, slug, question, question_key, title, kind, category, checked_at, parent_id, source_count, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteReportSources: db.prepare('DELETE FROM report_sources WHERE report_id = ?'),
    saveReportSource: db.prepare('INSERT INTO report_sources (report_id, n, document_id) VALUES (?, ?, ?)'),
    reportByIdOrSlug: db.prepare('SELECT body FROM reports WHERE id = ? OR slug = ?'),
    // Unpublished reports stay readable by id (for moderators) but leave every listing, as do reports without evidence.
    list: db.prepare(`SELECT r.* FROM reports r WHERE ${LISTED} ORDER BY r.checked_at DESC, r.id LIMIT ? OFFSET ?`),
    listByCategory: db.prepare(`SELECT r.* FROM reports r WHERE r.category = ? AND ${LISTED} ORDER BY r.checked_at DESC, r.id LIMIT ? OFFSET ?`),
  } satisfies Record<string, StatementSync>;
}

function upsertOne(statements: ReturnType<typeof prepare>, intern: (value: string | undefined) => number | null, input: DocumentInput): UpsertResult {
  const { id, contentHash: hash, topics, heading } = prepareDocument(input);
  const url = intern(input.url);
  const { changes, lastInsertRowid: documentRowid } = statements.insertDocument.run(
    hashBytes(hash), url, intern(input.title), intern(input.outlet), intern(input.publishedAt), intern(input.fetchedAt), intern(input.kind),
    intern(input.byline), intern(JSON.stringify(topics)), intern(input.origin), encodeText(input.text),
  );
  if (changes === 0) {
    // The same page read again with the same content: its snapshot is that much fresher (the cache's TTL counts from here).
    statements.refreshFetchedAt.run(intern(input.fetchedAt), id, url, input.fetchedAt);
    return { document: toDocument(statements.documentById.get(id) as Row), created: false };
  }
  passageRows(input.text).forEach((passage, ordinal) => {
    const { lastInsertRowid } = statements.insertPassage.run(documentRowid, ordinal, passage.stored, passage.start, passage.end);
    statements.insertFts.run(lastInsertRowid, passage.text, heading);
  });
  return { document: { ...input, topics, id, contentHash: hash }, created: true };
}


