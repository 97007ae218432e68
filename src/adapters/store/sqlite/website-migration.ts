// Migration 2 of the embedded store: the tables the website needs (report search, views, jobs with
// their progress events, moderation with its audit log, supporters).

/** The searchable text of a report body: its sentences, headings, actors, and its sources' titles and outlets. */
const REPORT_TEXT = (body: string) => `coalesce((
  SELECT group_concat(value, ' ') FROM json_tree(${body})
  WHERE type = 'text' AND (
    (key IN ('text', 'heading', 'actor') AND fullkey NOT LIKE '%.support.%')
    OR (fullkey LIKE '$.sources[%' AND key IN ('title', 'outlet'))
  )
), '')`;

export const WEBSITE_MIGRATION = `
  CREATE VIRTUAL TABLE reports_fts USING fts5(
    report_id UNINDEXED, title, body,
    tokenize='porter unicode61 remove_diacritics 2'
  );
  -- saveReport uses INSERT OR REPLACE, whose implicit delete fires no delete trigger: clear the old row here.
  CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
    DELETE FROM reports_fts WHERE report_id = new.id;
    INSERT INTO reports_fts (report_id, title, body) VALUES (new.id, new.title, ${REPORT_TEXT('new.body')});
  END;
  CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
    DELETE FROM reports_fts WHERE report_id = old.id;
  END;
  INSERT INTO reports_fts (report_id, title, body) SELECT id, title, ${REPORT_TEXT('body')} FROM reports;

  CREATE TABLE report_views (
    report_id TEXT PRIMARY KEY,
    views INTEGER NOT NULL DEFAULT 0,
    last_viewed_at TEXT NOT NULL
  );
  CREATE INDEX report_views_count ON report_views(views DESC);

  CREATE TABLE report_jobs (
    id TEXT PRIMARY KEY,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    parent_id TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX report_jobs_active ON report_jobs(status, question_key);
  CREATE TABLE report_events (
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    message TEXT NOT NULL,
    data TEXT,
    PRIMARY KEY (report_id, seq)
  );

  CREATE TABLE unpublished_reports (report_id TEXT PRIMARY KEY, at TEXT NOT NULL);
  CREATE TABLE report_corrections (
    rowid INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL
  );
  CREATE INDEX report_corrections_report ON report_corrections(report_id, at);
  CREATE TABLE moderation_audit (
    rowid INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    report_id TEXT NOT NULL,
    detail TEXT NOT NULL
  );

  CREATE TABLE supporters (
    event_id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    reference TEXT
  );
`;
