// Fails on an import circle: between two files of src/ or bench/, or between two folders of src/ (a folder
// that imports another which, through any path, imports it back). Run by `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Folder circles known when this check was added, each to be broken (issue #16); any other one fails. */
const KNOWN_FOLDER_CIRCLES = new Set<string>([]);

const root = path.join(import.meta.dirname, '..');
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

const fileGraph = importGraph(['src', 'bench']);
const problems = circles(fileGraph).map((members) => `file circle: ${members.map((file) => path.relative(root, file)).join(' ↔ ')}`);
const folderOf = (file: string) => path.relative(path.join(root, 'src'), file).split(path.sep)[0];
const folderGraph = new Map<string, Set<string>>();
for (const [file, targets] of fileGraph) {
  if (!file.startsWith(path.join(root, 'src'))) continue;
  for (const target of targets) {
    const [from, to] = [folderOf(file), folderOf(target)];
    if (from !== to && !from.endsWith('.ts') && !to.startsWith('..')) folderGraph.set(from, (folderGraph.get(from) ?? new Set()).add(to));
  }
}
for (const members of circles(folderGraph)) {
  if (!KNOWN_FOLDER_CIRCLES.has(members.join(','))) problems.push(`folder circle in src/: ${members.join(' ↔ ')} (move the shared types down to a folder both may import)`);
}
if (problems.length > 0) {
  console.error(`layers check: ${problems.length} import circle(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`layers check: no import circles (${fileGraph.size} files; known folder circles still to break: ${[...KNOWN_FOLDER_CIRCLES].join('; ') || 'none'})`);
