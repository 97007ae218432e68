// The CLI as one bundle (dist/cli/, built at install by scripts/build-cli-bundle.ts): our modules in a few files, so
// a command starts without resolving, reading and linking some 300 modules one by one (about 0.1 s of a warm ask).
// The bundle is used only while it is fresh: built by this Node, from sources whose size and modification time are
// still those it was built from. Any edit, a checkout, a missing or unreadable manifest: the plain source runs.
import { readFileSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BUNDLE_FOLDER = path.join(ROOT, 'dist', 'cli');
export const MANIFEST_FILE = 'bundle.json';
const SOURCE_ENTRY = path.join(ROOT, 'src/interfaces/cli/main.ts');
/** Files besides the bundled sources whose change changes the bundle (how TypeScript is read, the import map). */
export const BUILD_INPUTS = ['package.json', 'tsconfig.json', 'scripts/build-cli-bundle.ts', 'src/interfaces/cli/cli-bundle.ts'];

export interface BundleManifest {
  format: 1;
  node: string;
  entry: string;
  /** Repository-relative path → [size in bytes, modification time in ms]. */
  sources: Record<string, [number, number]>;
}

/** Size and modification time of a repository file, as the manifest records them. */
export function stamp(relative: string, root = ROOT): [number, number] {
  const stat = statSync(path.join(root, relative));
  return [stat.size, stat.mtimeMs];
}

export type BundleCheck = { fresh: true; entry: string } | { fresh: false; reason: string };

/** Whether the bundle in `folder` can run: its manifest is whole, of this Node, and every file it lists is unchanged. */
export function checkBundle(folder = BUNDLE_FOLDER, root = ROOT): BundleCheck {
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(folder, MANIFEST_FILE), 'utf8')) as BundleManifest;
  } catch {
    return { fresh: false, reason: 'no bundle' };
  }
  if (manifest?.format !== 1 || typeof manifest.entry !== 'string' || typeof manifest.sources !== 'object' || manifest.sources === null) {
    return { fresh: false, reason: 'a bundle manifest of another format' };
  }
  if (manifest.node !== process.version) return { fresh: false, reason: `built by Node ${String(manifest.node)}` };
  // Every start stats the 450-odd files: path.join on each, in code not yet compiled, cost 2-3 times the stats.
  const prefix = root.endsWith(path.sep) ? root : `${root}${path.sep}`;
  for (const relative in manifest.sources) {
    const recorded: unknown = manifest.sources[relative];
    let stat: Stats | undefined;
    try {
      // A plain path is joined by hand; one that climbs (a linked node_modules, "../") as path.join reads it.
      stat = statSync(isPlain(relative) ? prefix + relative : path.join(root, relative), { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) return { fresh: false, reason: `${relative} is gone` };
    if (!Array.isArray(recorded) || stat.size !== recorded[0] || stat.mtimeMs !== recorded[1]) return { fresh: false, reason: `${relative} changed` };
  }
  return { fresh: true, entry: path.join(folder, path.basename(manifest.entry)) };
}

/** An empty, "." or ".." part of a path (a leading separator is an empty part). */
const UNPLAIN_PART = /(?:^|[/\\])\.{0,2}(?:[/\\]|$)/;

/** A relative path of plain names, so that root, a separator and it make what path.join would. */
function isPlain(relative: string): boolean {
  return !UNPLAIN_PART.test(relative) && !path.isAbsolute(relative);
}

/** The module `bin/crosscheck.js` runs: the bundle's entry when it is fresh, else src/interfaces/cli/main.ts. */
export function cliEntry(folder = BUNDLE_FOLDER, root = ROOT): string {
  const check = checkBundle(folder, root);
  return pathToFileURL(check.fresh ? check.entry : SOURCE_ENTRY).href;
}
