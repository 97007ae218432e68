// The layout is the architecture (docs/ARCHITECTURE.md), and this check keeps it so. It fails on:
// - an import circle between two files of src/ or bench/, or between two folders of src/ (second level:
//   "pipeline/write", "adapters/store", …);
// - an import that climbs a layer: contracts → shared → pipeline → adapters → runtime → interfaces, each
//   importing only those before it;
// - a pipeline stage importing another stage (they share contracts/ and shared/; only the orchestrator,
//   src/pipeline/run-report.ts, calls them all).
// Run by `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LAYERS = ['contracts', 'shared', 'pipeline', 'adapters', 'runtime', 'interfaces'] as const;

const root = path.join(import.meta.dirname, '..');
const srcRoot = path.join(root, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []));

function importGraph(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of dirs.flatMap((dir) => files(path.join(root, dir)))) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+\.ts)'/g)].map((match) => path.normalize(path.join(path.dirname(file), match[1])));
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one member (Tarjan). */
function circles(graph: Map<string, string[] | Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1) found.push(members.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const parts = (file: string) => path.relative(srcRoot, file).split(path.sep);
/** "pipeline/write" for src/pipeline/write/x.ts; "contracts" for src/contracts/x.ts. */
const folderOf = (file: string) => {
  const [first, second] = parts(file);
  return second && !second.endsWith('.ts') ? `${first}/${second}` : first;
};

const fileGraph = importGraph(['src', 'bench']);
const problems = circles(fileGraph).map((members) => `file circle: ${members.map((file) => path.relative(root, file)).join(' ↔ ')}`);
const folderGraph = new Map<string, Set<string>>();
for (const [file, targets] of fileGraph) {
  if (!file.startsWith(srcRoot)) continue;
  for (const target of targets) {
    if (!target.startsWith(srcRoot)) continue;
    const [from, to] = [folderOf(file), folderOf(target)];
    if (from !== to) folderGraph.set(from, (folderGraph.get(from) ?? new Set()).add(to));
    const [fromLayer, toLayer] = [LAYERS.indexOf(parts(file)[0] as never), LAYERS.indexOf(parts(target)[0] as never)];
    if (fromLayer < 0) problems.push(`outside the layers: ${path.relative(root, file)} (src/ holds ${LAYERS.join(', ')})`);
    else if (toLayer > fromLayer) problems.push(`climbs a layer: ${path.relative(root, file)} → ${path.relative(root, target)} (${LAYERS[fromLayer]} may import only ${LAYERS.slice(0, fromLayer + 1).join(', ')})`);
    const stage = (at: string) => (parts(at)[0] === 'pipeline' && !parts(at)[1].endsWith('.ts') ? parts(at)[1] : undefined);
    if (stage(file) && stage(target) && stage(file) !== stage(target)) problems.push(`stage imports a stage: ${path.relative(root, file)} → ${path.relative(root, target)}`);
  }
}
for (const members of circles(folderGraph)) problems.push(`folder circle in src/: ${members.join(' ↔ ')} (move the shared types down to a folder both may import)`);
const unique = [...new Set(problems)];
if (unique.length > 0) {
  console.error(`layers check: ${unique.length} problem(s):\n${unique.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`layers check: ${fileGraph.size} files, layers ${LAYERS.join(' → ')}, no circle, no climb, no stage importing a stage`);
