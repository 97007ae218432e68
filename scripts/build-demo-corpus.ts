// Builds the bundled demo corpus (data/demo/current-events.jsonl.gz and its NOTICE.md) from the
// Wikipedia Current Events snapshot in ../shared/data. Deterministic: same input, byte-identical output.
// Usage: node scripts/build-demo-corpus.ts [--from YEAR] [--to YEAR] [--data DIR] [--out DIR]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import { type CurrentEventsDay, dayToDocuments } from '../src/adapters/demo-corpus/current-events.ts';
import { DEMO_CORPUS_FORMAT, type DemoDocument, type DemoHeader } from '../src/adapters/demo-corpus/demo-document.ts';

const UPSTREAM = {
  repository: 'https://github.com/ianrastall/current-events-context',
  commit: '4ff6f7d243c81c1df4a919fb4280d9d7e9559bd8',
};
const LICENSE = 'CC BY-SA 4.0';
const LICENSE_URL = 'https://creativecommons.org/licenses/by-sa/4.0/';
// The widest range whose first-run ingest stays under ~4 s on a 2-core machine (2004 onwards took ~7 s).
export const DEFAULT_FROM_YEAR = 2014;

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  fromYear: number;
  toYear?: number;
}

export interface BuildResult {
  header: DemoHeader;
  file: string;
  bytes: number;
}

function readDays(dataDir: string, fromYear: number, toYear: number | undefined): CurrentEventsDay[] {
  const years = readdirSync(dataDir)
    .filter((name) => /^\d{4}\.jsonl$/.test(name))
    .map((name) => Number(name.slice(0, 4)))
    .filter((year) => year >= fromYear && (toYear === undefined || year <= toYear))
    .sort((a, b) => a - b);
  if (years.length === 0) throw new Error(`No <year>.jsonl files from ${fromYear} in ${dataDir}`);
  const days = years.flatMap((year) =>
    readFileSync(path.join(dataDir, `${year}.jsonl`), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as CurrentEventsDay),
  );
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function buildCorpus(options: BuildOptions): { header: DemoHeader; documents: DemoDocument[] } {
  const days = readDays(options.dataDir, options.fromYear, options.toYear);
  const documents = days.flatMap(dayToDocuments);
  const from = days[0].date;
  const to = days.at(-1)!.date;
  const header: DemoHeader = {
    format: DEMO_CORPUS_FORMAT,
    name: 'Wikipedia Current Events portal',
    // The snapshot was taken on the day of its last page: every document was "fetched" then.
    fetchedAt: `${to}T00:00:00.000Z`,
    documents: documents.length,
    from,
    to,
    license: `${LICENSE} (${LICENSE_URL})`,
    attribution: `Wikipedia contributors, Portal:Current events; converted from ${UPSTREAM.repository} at ${UPSTREAM.commit}`,
  };
  return { header, documents };
}

export function serialize(header: DemoHeader, documents: DemoDocument[]): Buffer {
  const lines = [JSON.stringify(header), ...documents.map((document) => JSON.stringify(document))];
  // Node writes a zero mtime in the gzip header; a fixed level keeps the bytes stable too.
  return gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: constants.Z_BEST_COMPRESSION });
}

export function notice(header: DemoHeader, bytes: number): string {
  return `# Demo corpus: Wikipedia Current Events

\`current-events.jsonl.gz\` holds ${header.documents.toLocaleString('en-US')} documents, one per cited event item of
the daily pages of English Wikipedia's [Portal:Current events](https://en.wikipedia.org/wiki/Portal:Current_events),
from ${header.from} to ${header.to} (${(bytes / 1e6).toFixed(1)} MB gzipped).

## Attribution and license

Text by **Wikipedia contributors**, from Portal:Current events (each document's \`url\` is its day page),
licensed under [Creative Commons Attribution-ShareAlike 4.0](${LICENSE_URL}) (${LICENSE}). This file is
distributed under the same license.

Retrieved through [${UPSTREAM.repository.replace('https://github.com/', '')}](${UPSTREAM.repository}), commit
\`${UPSTREAM.commit}\`, which fetches each day page's wikitext through the MediaWiki API and strips the markup
(links, and with them the outlets' URLs, are not kept there). Its per-day YAML files were converted to JSONL
without changing any text.

## What was changed

Conversion only; no sentence was rewritten. \`scripts/build-demo-corpus.ts\` keeps the list items that end
with parenthesised outlet names and have more than six words, moves those outlet names out of the text into the
\`outlet\` field ("Wikipedia Current Events (citing Reuters, CNN)"), and re-attaches the topic labels the flattened
page lost (the portal section and the labels that precede an event) as \`title\` and \`topics\`. Items without a
cited outlet (topic labels, uncited lines) are not included. The first line of the file is a header; every
document's \`fetchedAt\` is the snapshot date, ${header.fetchedAt.slice(0, 10)}.

Rebuild with \`node scripts/build-demo-corpus.ts [--from YEAR] [--data DIR]\`; the output is byte-identical for
the same input. ${bytes.toLocaleString('en-US')} bytes, ${header.documents.toLocaleString('en-US')} documents.
`;
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(import.meta.dirname, '..');
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const options: BuildOptions = {
    dataDir: path.resolve(values.data ?? path.join(repoRoot, '../shared/data/news-corpus/wikipedia-current-events')),
    outDir: path.resolve(values.out ?? path.join(repoRoot, 'data/demo')),
    fromYear: values.from ? Number(values.from) : DEFAULT_FROM_YEAR,
    toYear: values.to ? Number(values.to) : undefined,
  };
  const { header, documents } = buildCorpus(options);
  const gz = serialize(header, documents);
  await mkdir(options.outDir, { recursive: true });
  const file = path.join(options.outDir, 'current-events.jsonl.gz');
  writeFileSync(file, gz);
  writeFileSync(path.join(options.outDir, 'NOTICE.md'), notice(header, gz.length));
  process.stdout.write(`${file}: ${header.documents} documents, ${header.from} to ${header.to}, ${gz.length} bytes\n`);
}

if (import.meta.main) await main();
