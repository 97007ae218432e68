// The tokens FTS5 makes of a quoted query phrase ('"united states"' -> unit, state), read back from a temporary FTS5
// table with the passage index's own tokenizer, so the terms looked up in the index are exactly a MATCH's.
import type { DatabaseSync } from 'node:sqlite';

const TABLE = 'crosscheck_phrase_tokens';
/** Phrases kept per connection; past this the memo starts again. */
const MEMO_SIZE = 20_000;

export type PhraseTokenizer = (phrase: string) => string[];

/**
 * Undefined when the index's tokenizer option cannot be read from its schema, or the index is not one the scan
 * reads: position lists other than full (`detail`) or no row sizes (`columnsize=0`).
 */
export function createPhraseTokenizer(db: DatabaseSync, table: string): PhraseTokenizer | undefined {
  const sql = String((db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(table) as { sql?: string } | undefined)?.sql ?? '');
  const option = /\btokenize\s*=\s*'((?:[^']|'')*)'/i.exec(sql);
  const detail = /\bdetail\s*=\s*'?(\w+)/i.exec(sql)?.[1]?.toLowerCase() ?? 'full';
  if (!sql || !option || detail !== 'full' || /\bcolumnsize\s*=\s*'?0/i.test(sql)) return undefined;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.${TABLE} USING fts5(phrase, tokenize = '${option[1]}');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.${TABLE}_vocab USING fts5vocab(temp, ${TABLE}, instance);`);
  const insert = db.prepare(`INSERT INTO temp.${TABLE} (rowid, phrase) VALUES (1, ?)`);
  const read = db.prepare(`SELECT term FROM temp.${TABLE}_vocab ORDER BY offset`);
  const remove = db.prepare(`DELETE FROM temp.${TABLE}`);
  const memo = new Map<string, string[]>();
  return (phrase) => {
    let tokens = memo.get(phrase);
    if (tokens) return tokens;
    // The text between the quotes, as FTS5's query parser reads it ('""' is one quote).
    const text = phrase.startsWith('"') && phrase.endsWith('"') ? phrase.slice(1, -1).replace(/""/g, '"') : phrase;
    insert.run(text);
    try {
      tokens = (read.all() as Array<{ term: string }>).map((row) => row.term);
    } finally {
      remove.run();
    }
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(phrase, tokens);
    return tokens;
  };
}
