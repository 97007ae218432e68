// `crosscheck search [query]`: ranked passages from the local corpus. With no query it reads one query per
// line from stdin and writes one JSON line per query, for batch evaluation.
import { parseArgs } from 'node:util';
import type { Store } from '../../../contracts/ports.ts';
import { type Command, fail, print } from '../io.ts';
import { openStore } from '../open-store.ts';

export const SEARCH_USAGE = `Usage: crosscheck search [query] [--json] [--limit N] [--store FILE]

Full-text (BM25) search over the local corpus. Without a query argument, reads one query per
line from stdin and prints one JSON line per query: {"query", "results": [{"documentId", "url", "score", "text"}]}.

Options:
  --json         print results as JSON
  --limit N      number of results (default 10, at most 1000)
  --store FILE   the SQLite store (default: $CROSSCHECK_STORE, else ./data/crosscheck.db)
`;

async function results(store: Store, query: string, limit: number) {
  const hits = await store.searchPassages(query, { limit });
  return hits.map(({ passage, document, score }) => ({ documentId: document.id, url: document.url, title: document.title, score: Number(score.toFixed(6)), text: passage.text }));
}

const SEARCH_OPTIONS = { json: { type: 'boolean' }, limit: { type: 'string' }, store: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

export const search: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof SEARCH_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: SEARCH_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck search: ${(error as Error).message}\n\n${SEARCH_USAGE}`, 2);
  }
  if (parsed.values.help) return print(io, SEARCH_USAGE);
  const limit = Number(parsed.values.limit ?? 10);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return fail(io, 'crosscheck search: --limit must be a whole number from 1 to 1000\n', 2);
  const opened = await openStore(parsed.values, io);
  if (!opened.ok) return fail(io, `crosscheck search: ${opened.message}\n`, 1);
  try {
    if (parsed.positionals.length === 0) {
      const queries = (await io.readStdin()).split('\n').map((line) => line.trim()).filter(Boolean);
      for (const query of queries) io.stdout(`${JSON.stringify({ query, results: await results(opened.store, query, limit) })}\n`);
      return 0;
    }
    const query = parsed.positionals.join(' ');
    const found = await results(opened.store, query, limit);
    if (parsed.values.json) io.stdout(`${JSON.stringify({ query, results: found }, null, 2)}\n`);
    else if (found.length === 0) io.stdout(`No passages match "${query}".\n`);
    else io.stdout(found.map((hit, index) => `${index + 1}. [${hit.score.toFixed(3)}] ${hit.title}\n   ${hit.url}\n   ${hit.text.slice(0, 300).replace(/\s+/g, ' ')}\n\n`).join(''));
    return 0;
  } finally {
    await opened.store.close();
  }
};
