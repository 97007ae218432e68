// A table of the analysis cache file kept under the version of the code that fills it: created when missing, emptied
// when another version wrote it (the file's `meta` table notes which one did), so none of another version's rows is
// ever served.
import type { DatabaseSync } from 'node:sqlite';

/**
 * Creates the table (`schema`) and empties it when `meta` notes another version under `name` than `version`; throws,
 * with no transaction left open, when the file will not do either.
 */
export function keepTableAtVersion(db: DatabaseSync, schema: string, table: string, name: string, version: string): void {
  db.exec(schema);
  const stored = db.prepare('SELECT value FROM meta WHERE name = ?').get(name) as { value?: unknown } | undefined;
  if (stored?.value === version) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(`DELETE FROM ${table}`);
    db.prepare('INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)').run(name, version);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
