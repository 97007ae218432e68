// `npm run bench [-- <name>...]`: runs benchmarks against their published anchors and rewrites their
// sections of docs/BENCHMARKS.md. A benchmark whose data is missing prints why and leaves its section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCHMARKS, type BenchResult } from './registry.ts';

const DOC = path.resolve(import.meta.dirname, '../docs/BENCHMARKS.md');
export const DATA_DIR = process.env.CROSSCHECK_DATA ?? path.resolve(import.meta.dirname, '../../shared/data');

function updateSection(document: string, name: string, body: string): string {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from >= 0 && to > from) return document.slice(0, from) + section + document.slice(to + end.length);
  return `${document.trimEnd()}\n\n${section}\n`;
}

function render(result: Exclude<BenchResult, { skipped: string }>, date: string): string {
  return `## ${result.title}\n\nMeasured ${date} with \`npm run bench -- ${result.name}\`.\n\n${result.table.trim()}\n\n${result.line}\n${result.notes ? `\n${result.notes.trim()}\n` : ''}`;
}

async function main(names: string[]) {
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${Object.keys(BENCHMARKS).join(', ')}`);
    return 2;
  }
  let document = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Benchmarks\n\nEvery figure here is reproduced by `npm run bench` (or `npm run bench -- <name>`), next to its published anchor.\n';
  const date = new Date().toISOString().slice(0, 10);
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    console.log(`\n=== ${name} ===`);
    const result = await BENCHMARKS[name]({ dataDir: DATA_DIR });
    if ('skipped' in result) {
      console.log(`skipped: ${result.skipped}`);
      continue;
    }
    console.log(result.table.trim());
    console.log(result.line);
    document = updateSection(document, name, render(result, date));
  }
  writeFileSync(DOC, document);
  console.log(`\nWrote ${path.relative(process.cwd(), DOC)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
