// Each indexed passage's length in tokens (all columns), as bm25() reads it from FTS5's %_docsize, held in memory by
// rowid so a search can score a hundred thousand matches without a look-up each. Rows are only ever added (the store
// never deletes a passage, and a deleted row would show as a tombstone in the structure record, which makes the
// index reader give up), so a connection reads the table once and then only the rows past those it has.
// Reading 1M rows costs about 100 ms, once per connection: one group_concat rather than a million JavaScript rows.
import type { DatabaseSync } from 'node:sqlite';

export interface PassageSizes {
  /** Sizes by rowid, read up to the table's last row (call inside the search's read transaction). */
  current(): Uint32Array;
}

export function createPassageSizes(db: DatabaseSync, table: string): PassageSizes {
  // Prepared at the first read: an index without row sizes (columnsize=0) has no %_docsize, and the scan declines it first.
  let statements: ReturnType<typeof prepare> | undefined;
  const prepare = () => ({
    lastRow: db.prepare(`SELECT max(id) AS last FROM "${table}_docsize"`),
    shape: db.prepare(`SELECT count(*) AS count, min(id) AS first, max(id) AS last FROM "${table}_docsize" WHERE id > ?`),
    // One string for all rows: the sizes blob of each in hex, in rowid order (with the rowids when some are missing).
    dense: db.prepare(`SELECT group_concat(hex(sz), ',' ORDER BY id) AS sizes FROM "${table}_docsize" WHERE id > ?`),
    sparse: db.prepare(`SELECT group_concat(id || ':' || hex(sz), ',' ORDER BY id) AS sizes FROM "${table}_docsize" WHERE id > ?`),
  });
  let sizes = new Uint32Array(0);
  let loaded = 0;

  const load = ({ shape, dense, sparse }: ReturnType<typeof prepare>) => {
    const { count, first, last } = shape.get(loaded) as { count: number; first: number | null; last: number | null };
    if (!count || first === null || last === null) return;
    if (last >= sizes.length) {
      const grown = new Uint32Array(Math.max(last + 1, Math.ceil(sizes.length * 1.5)));
      grown.set(sizes);
      sizes = grown;
    }
    const contiguous = last - first + 1 === count;
    const text = String(((contiguous ? dense : sparse).get(loaded) as { sizes: string }).sizes);
    let rowid = first;
    for (let index = 0; index < text.length; index++) {
      if (!contiguous) {
        // 'id:' before the sizes when some rowids are missing.
        rowid = 0;
        for (let code = text.charCodeAt(index); code !== 58; code = text.charCodeAt(++index)) rowid = rowid * 10 + code - 48;
        index++;
      }
      // One varint per column, added; ',' ends the row.
      let total = 0;
      let value = 0;
      for (; index < text.length && text.charCodeAt(index) !== 44; index += 2) {
        const byte = (hexValue(text.charCodeAt(index)) << 4) | hexValue(text.charCodeAt(index + 1));
        value = value * 128 + (byte & 0x7f);
        if ((byte & 0x80) === 0) {
          total += value;
          value = 0;
        }
      }
      sizes[rowid++] = total;
    }
    loaded = last;
  };

  return {
    current() {
      statements ??= prepare();
      const last = Number((statements.lastRow.get() as { last: number | null }).last ?? 0);
      if (last > loaded) load(statements);
      return sizes;
    },
  };
}

function hexValue(code: number): number {
  return code <= 57 ? code - 48 : code - 55;
}
