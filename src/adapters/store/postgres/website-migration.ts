// Migration 2 of the PostgreSQL store: the website's tables (report search, views, jobs with their
// progress events, moderation with its audit log, supporters), matching the embedded store's.

export const POSTGRES_WEBSITE_MIGRATION = `
  -- The searchable text of a report (sentences, headings, actors, sources' titles and outlets) is
  -- written by saveReport; the title weighs more than the body.
  ALTER TABLE reports ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
  ALTER TABLE reports ADD COLUMN tsv TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', search_text), 'B')
  ) STORED;
  UPDATE reports SET search_text = coalesce((
    SELECT string_agg(value #>> '{}', ' ') FROM (
      SELECT jsonb_path_query(body, 'lax $.**.text') AS value UNION ALL
      SELECT jsonb_path_query(body, 'lax $.**.heading') UNION ALL
      SELECT jsonb_path_query(body, 'lax $.**.actor') UNION ALL
      SELECT jsonb_path_query(body, 'lax $.sources[*].title') UNION ALL
      SELECT jsonb_path_query(body, 'lax $.sources[*].outlet')
    ) AS parts WHERE jsonb_typeof(value) = 'string'
  ), '');
  CREATE INDEX reports_tsv ON reports USING GIN (tsv);
  CREATE INDEX reports_category ON reports(category, checked_at DESC);

  CREATE TABLE report_views (
    report_id TEXT PRIMARY KEY,
    views BIGINT NOT NULL DEFAULT 0,
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
  -- One active job per question across every process: a second web process asking the same
  -- question at the same moment joins the first one's job instead of starting another.
  CREATE UNIQUE INDEX report_jobs_one_active ON report_jobs(question_key) WHERE status IN ('queued', 'running');
  CREATE INDEX report_jobs_active ON report_jobs(created_at, id) WHERE status IN ('queued', 'running');
  CREATE TABLE report_events (
    report_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    type TEXT NOT NULL,
    at TEXT NOT NULL,
    message TEXT NOT NULL,
    data JSONB,
    PRIMARY KEY (report_id, seq)
  );

  CREATE TABLE unpublished_reports (report_id TEXT PRIMARY KEY, at TEXT NOT NULL);
  CREATE TABLE report_corrections (
    rowid BIGSERIAL PRIMARY KEY,
    report_id TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL
  );
  CREATE INDEX report_corrections_report ON report_corrections(report_id, at);
  CREATE TABLE moderation_audit (
    rowid BIGSERIAL PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    report_id TEXT NOT NULL,
    detail TEXT NOT NULL
  );

  CREATE TABLE supporters (
    event_id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    amount_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    reference TEXT
  );
`;
