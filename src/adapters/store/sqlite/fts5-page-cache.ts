// Leaf pages of FTS5's index kept in memory per connection, so the common words most queries read cost one SQL read
// per page per connection rather than one per query (a read through SQL copies the page: 5-9 µs for 4 KB).
// A segment's pages never change while its entry in the structure record stays the same (id, first and last page,
// origins): merges write new segments, and trimming an incremental merge's input moves its first page. So pages are
// kept by segment, and a segment whose entry changed or went loses its pages; writes elsewhere keep the rest.

/** What the cache knows of a segment. */
export interface CachedSegment {
  id: number;
  /** The segment's whole entry in the structure record: while it is the same, so are the segment's pages. */
  signature: string;
}

/** %_data rowid of segment `s`'s leaf page `p`: s << 37 | p (fts5_index.c, FTS5_SEGMENT_ROWID). */
export const SEGMENT_SHIFT = 2 ** 37;

export interface PageCache {
  page(segment: CachedSegment, number: number, read: (id: number) => Uint8Array): Uint8Array;
  /** Keeps only the pages of these segments, as they now stand. */
  retain(segments: readonly CachedSegment[]): void;
}

export function createPageCache(budgetBytes: number): PageCache {
  const pages = new Map<number, Uint8Array>();
  const signatures = new Map<number, string>();
  let held = 0;
  return {
    page(segment, number, read) {
      const id = segment.id * SEGMENT_SHIFT + number;
      let block = pages.get(id);
      if (block) return block;
      block = read(id);
      if (budgetBytes <= 0) return block;
      pages.set(id, block);
      held += block.length;
      // Oldest first out (insertion order): a hot page read again after it left comes back at the end.
      for (const [key, value] of pages) {
        if (held <= budgetBytes) break;
        pages.delete(key);
        held -= value.length;
      }
      return block;
    },
    retain(segments) {
      const current = new Map(segments.map((segment) => [segment.id, segment.signature]));
      const stale = new Set([...signatures].filter(([id, signature]) => current.get(id) !== signature).map(([id]) => id));
      if (stale.size > 0) {
        for (const [key, value] of pages) {
          if (!stale.has(Math.floor(key / SEGMENT_SHIFT))) continue;
          pages.delete(key);
          held -= value.length;
        }
      }
      signatures.clear();
      for (const [id, signature] of current) signatures.set(id, signature);
    },
  };
}
