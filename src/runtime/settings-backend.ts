// Where reports are kept and how their jobs are queued, retried and handed back; and the logs.
import path from 'node:path';
import { matching, oneOf, onOff, text, wholeNumber } from './setting-kinds.ts';
import type { SettingSpec } from './settings-spec.ts';

export const DEFAULT_STORE_FILE = path.join('data', 'crosscheck.db');

export const BACKEND_SETTINGS = {
  CROSSCHECK_STORE: { group: 'store', flag: '--store FILE', kind: text(DEFAULT_STORE_FILE, '`./data/crosscheck.db`'), description: 'the SQLite file holding documents, passages and reports' },
  DATABASE_URL: { group: 'store', kind: matching('a PostgreSQL URL such as postgres://user:password@host:5432/crosscheck', /^postgres(ql)?:\/\//, undefined, '— (SQLite)'), description: 'PostgreSQL instead of SQLite, for every command: `postgres://user:password@host:5432/db` (migrations apply themselves; reports queue on pg-boss; [docs/DEPLOY.md](docs/DEPLOY.md))' },
  CROSSCHECK_DB_POOL: { group: 'store', kind: wholeNumber(2, 200, 10), description: 'PostgreSQL connections per process for the store' },
  CROSSCHECK_DB_CONNECT_TIMEOUT_SECONDS: { group: 'store', kind: wholeNumber(1, 120, 5), description: 'the longest wait for a PostgreSQL connection before the database counts as unavailable (503, not ready)' },
  CROSSCHECK_DB_QUERY_TIMEOUT_SECONDS: { group: 'store', kind: wholeNumber(1, 3600, 30), description: 'the longest a PostgreSQL statement may go unanswered (a half-open connection) before it is given up' },
  CROSSCHECK_CONCURRENCY: { group: 'queue', flag: 'worker --concurrency', kind: wholeNumber(1, 32, 2), description: 'reports made at the same time by the website (or by each worker)' },
  CROSSCHECK_REPORT_THREADS: { group: 'queue', kind: wholeNumber(0, 64, 0), description: '`serve` on a SQLite file makes reports in this many worker threads, so pages never wait behind a report\'s CPU (0: on the main thread; the number of cores is a good start)' },
  CROSSCHECK_READ_AHEAD: { group: 'queue', kind: onOff(true), description: '`off`: `serve` does not read the demo corpus\'s sentences ahead (their tokens and event frames, into `data/demo/current-events.store.analyses.db`: about 320 MB and 75 s of one core at the lowest priority, once for each version of the language code), so a new question\'s report reads them itself (about 15 ms more)' },
  CROSSCHECK_WEB_JOBS: { group: 'queue', flag: 'serve --no-jobs', kind: onOff(true), description: '`off`: on PostgreSQL, a web process only queues reports for `crosscheck worker` processes' },
  CROSSCHECK_PGBOSS_SCHEMA: { group: 'queue', kind: matching('lower-case letters, digits and _', /^[a-z_][a-z0-9_]{0,50}$/, 'pgboss'), description: 'the schema pg-boss keeps its queue in' },
  CROSSCHECK_JOB_RETRIES: { group: 'queue', kind: wholeNumber(0, 10, 1), description: 'attempts after the first for a failing report (PostgreSQL)' },
  CROSSCHECK_JOB_RETRY_DELAY_SECONDS: { group: 'queue', kind: wholeNumber(1, 3600, 5), description: 'the first delay before a retry, doubled each time' },
  CROSSCHECK_JOB_HEARTBEAT_SECONDS: { group: 'queue', kind: wholeNumber(10, 3600, 10), description: 'a worker silent this long (killed, crashed) loses its report to another worker' },
  CROSSCHECK_QUEUE_MONITOR_SECONDS: { group: 'queue', kind: wholeNumber(1, 3600, 5), description: 'how often silent workers are looked for' },
  CROSSCHECK_JOB_TIMEOUT_SECONDS: { group: 'queue', kind: wholeNumber(30, 86400, 900), description: 'the longest a report may run' },
  CROSSCHECK_QUEUE_POLL_SECONDS: { group: 'queue', kind: wholeNumber(1, 60, 1), description: 'how often an idle worker looks for work besides NOTIFY' },
  CROSSCHECK_SHUTDOWN_GRACE_SECONDS: { group: 'queue', kind: wholeNumber(0, 3600, 25), description: 'on SIGTERM, how long running reports may finish before they are handed back' },
  CROSSCHECK_WORKER_PORT: { group: 'queue', flag: 'worker --port', kind: wholeNumber(0, 65535, 9464), description: 'where a worker\'s `/healthz`, `/readyz` and `/metrics` listen' },
  CROSSCHECK_WORKER_HOST: { group: 'queue', flag: 'worker --host', kind: text('127.0.0.1'), description: 'the address of that listener' },
  LOG_LEVEL: { group: 'logging', kind: oneOf(['debug', 'info', 'warn', 'error'], 'info'), description: '`debug`, `info`, `warn` or `error`: JSON lines on stderr, each about a report carrying its `reportId`' },
} satisfies Record<string, SettingSpec>;
