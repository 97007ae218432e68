// The version of what frameOf computes: the analysis version (the tokens it starts from, the runtime), a hash of every
// source file it runs (event-frame.ts and the files it imports, found by following their imports, so a new import
// counts without anyone listing it) and of each package those files name (chrono-node, WordNet, …). Frames kept under
// another version are stale: any change to that code or data changes this, so a stored frame is never served after it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ENTRY = path.resolve(import.meta.dirname, '../../shared/language/event-frame.ts');
/** What wordnet.ts reads and computes depends on it, the files it imports and the dictionary package alone. */
export const WORDNET_ENTRY = path.resolve(import.meta.dirname, '../../shared/language/wordnet.ts');
const LOCAL_IMPORT = /(?:from|import)\s*\(?\s*'(\.[^']+\.ts)'/g;
/** A package a source loads: `from 'x'`, `import('x')`, `require('x/y')`, `createRequire(…)('x/y')`, `.resolve('x/y')`. */
const PACKAGE_USE = /(?:from\s*|import\s*\(\s*|require\(\s*|\)\(\s*|resolve\(\s*)'(?!\.)((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^']*)?'/g;

/** The source files frameOf runs, event-frame.ts first, each once; and the packages they name. */
export function frameSources(entry = ENTRY): { files: string[]; packages: string[] } {
  const files: string[] = [];
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.shift()!;
    if (files.includes(file)) continue;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(LOCAL_IMPORT)) pending.push(path.resolve(path.dirname(file), match[1]));
    for (const match of text.matchAll(PACKAGE_USE)) packages.add(match[1]);
  }
  return { files, packages: [...packages].sort() };
}

/** Hex digest of the frame code under `analysisVersion`; throws when a source file cannot be read (keep no frames then). */
export function frameVersion(analysisVersion: string, entry = ENTRY): string {
  const hash = createHash('sha256').update(`${analysisVersion}\0`);
  const { files, packages } = frameSources(entry);
  const root = path.dirname(path.dirname(entry));
  for (const file of files) hash.update(`${path.relative(root, file)}\0${readFileSync(file, 'utf8')}\0`);
  const require = createRequire(entry);
  for (const name of packages) {
    let manifest = 'missing';
    try {
      manifest = readFileSync(require.resolve(`${name}/package.json`), 'utf8');
    } catch {
      // a package without a readable manifest (or one that is absent) is a version of its own
    }
    hash.update(`${name}\0${manifest}\0`);
  }
  return hash.digest('hex');
}

/** Hex digest of wordnet.ts, the files it imports and the WordNet package: the version of the WordNet memo (wordnet-memo.ts). */
export function wordNetVersion(entry = WORDNET_ENTRY): string {
  return frameVersion('wordnet', entry);
}
