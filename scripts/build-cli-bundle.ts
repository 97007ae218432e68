// Builds the CLI bundle (dist/cli/: what bin/crosscheck.js runs while it is fresh, see src/interfaces/cli/cli-bundle.ts)
// at install (npm's postinstall) and with `npm run build`. Our modules and zod (BUNDLED_PACKAGES); other packages stay
// in node_modules, loaded as before. Never fails the install: without esbuild (an install without dev dependencies) or
// on any error there is no bundle, and the CLI runs from the plain source as it did.
import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Esbuild from 'esbuild';
import { BUILD_INPUTS, BUNDLE_FOLDER, type BundleManifest, checkBundle, MANIFEST_FILE, ROOT, stamp } from '../src/interfaces/cli/cli-bundle.ts';

const ENTRY = 'src/interfaces/cli/main.ts';
/** A bundled module's import.meta is the bundle's: each module's own URL and folder are written in instead. */
const IMPORT_META = /\bimport\.meta\.(url|dirname|filename)\b/g;
/**
 * Packages bundled with our modules: zod is 95 modules that every command loads one by one (resolved, read, linked:
 * about 20 ms of a warm ask). Plain ESM with no file or import.meta of its own; its files are in the manifest like ours,
 * so an update of the package makes the bundle stale. A copy elsewhere (the AI SDK's) shares zod's global registry.
 */
const BUNDLED_PACKAGES = new Set(['zod']);
/** A bare specifier's package: "zod/v4/core" -> "zod", "@ai-sdk/openai" -> "@ai-sdk/openai". */
const PACKAGE_NAME = /^(?:@[^/]+\/)?[^/]+/;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(relative) : entry.name.endsWith('.ts') ? [relative] : [];
  });
}

function ownImportMeta(file: string, text: string): string {
  const values = { url: pathToFileURL(file).href, dirname: path.dirname(file), filename: file };
  return text.replace(IMPORT_META, (_, name: keyof typeof values) => JSON.stringify(values[name]));
}

export async function buildCliBundle(options: { force?: boolean; folder?: string } = {}): Promise<{ built: boolean; message: string }> {
  const folder = options.folder ?? BUNDLE_FOLDER;
  if (!options.force && checkBundle(folder).fresh) return { built: false, message: `the CLI bundle is current (${folder})` };
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return { built: false, message: 'esbuild is not installed (an install without dev dependencies): the CLI runs from its source' };
  }
  // Stamped before the build: a file edited while it runs makes the bundle stale, never a stale bundle fresh.
  const before = new Map([...sourceFiles('src'), ...BUILD_INPUTS].map((relative) => [relative, stamp(relative)]));
  const building = `${folder}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, ENTRY)],
    outdir: building,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    metafile: true,
    logLevel: 'silent',
    plugins: [{
      name: 'packages-outside',
      setup(build) {
        build.onResolve({ filter: /^[^./#]/ }, (args) => (args.path.startsWith('node:') || !BUNDLED_PACKAGES.has(PACKAGE_NAME.exec(args.path)![0]) ? { external: true } : undefined));
      },
    }, {
      name: 'own-import-meta',
      setup(build) {
        build.onLoad({ filter: /\.ts$/ }, async (args) => ({ contents: ownImportMeta(args.path, await readFile(args.path, 'utf8')), loader: 'ts' }));
      },
    }],
  });
  const inputs = [...Object.keys(result.metafile.inputs), ...BUILD_INPUTS];
  const sources: BundleManifest['sources'] = {};
  for (const relative of inputs) {
    const now = stamp(relative);
    // A bundled package's files are known only after the build (an install does not run beside one); they may lie
    // outside the repository (a linked or hoisted node_modules: "../node_modules/zod/…").
    const stamped = before.get(relative) ?? (/(?:^|\/)node_modules\//.test(relative) ? now : undefined);
    if (!stamped || stamped[0] !== now[0] || stamped[1] !== now[1]) {
      rmSync(building, { recursive: true, force: true });
      return { built: false, message: `${relative} changed during the build: no bundle; run npm run build again` };
    }
    sources[relative] = now;
  }
  const manifest: BundleManifest = { format: 1, node: process.version, entry: 'main.js', sources };
  writeFileSync(path.join(building, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  rmSync(folder, { recursive: true, force: true });
  renameSync(building, folder);
  return { built: true, message: `the CLI bundle is built from ${inputs.length - BUILD_INPUTS.length} modules (${folder})` };
}

if (import.meta.main) {
  const started = performance.now();
  try {
    const { built, message } = await buildCliBundle({ force: process.argv.includes('--force') });
    console.log(`crosscheck: ${message}${built ? ` in ${((performance.now() - started) / 1000).toFixed(1)} s` : ''}`);
  } catch (error) {
    rmSync(BUNDLE_FOLDER, { recursive: true, force: true });
    console.warn(`crosscheck: the CLI bundle could not be built (${(error as Error).message}); the CLI runs from its source`);
  }
}
