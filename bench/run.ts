// `npm run bench [-- <name>...]`: runs benchmarks against their published anchors and rewrites their
// sections of docs/BENCHMARKS.md. A benchmark whose data is missing prints why and leaves its section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult, BenchSummary } from './bench-types.ts';
import { BENCHMARKS } from './registry.ts';

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

const MACHINE = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}`;

const INTRO = `# Benchmarks

Every figure here is written by \`npm run bench\` (all benchmarks, about 10 minutes on 2 cores) or
\`npm run bench -- <name>\` (one), next to the published figure of the best alternative where one
exists. Evaluation data is read from \`../shared/data\` (or \`CROSSCHECK_DATA\`); a benchmark whose data
is missing says so and leaves its section as it was. Targets marked *ours* have no published anchor:
they are the bar we set ourselves. Benchmarks are not part of \`npm test\`.`;

function render(result: Exclude<BenchResult, { skipped: string }>, date: string): string {
  const summary = result.summary ? `\n<!-- summary ${JSON.stringify(result.summary)} -->\n` : '';
  return `<a id="${result.name}"></a>\n\n## ${result.title}\n\nMeasured ${date} with \`npm run bench -- ${result.name}\` (${MACHINE}).\n\n${result.table.trim()}\n\n${result.line}\n${result.notes ? `\n${result.notes.trim()}\n` : ''}${summary}`;
}

/** The summary table, from the summary comment each benchmark's section carries (so a partial run keeps the others). */
function summaryTable(document: string): string {
  const rows = Object.keys(BENCHMARKS).flatMap((name) => {
    const start = document.indexOf(`<!-- bench:${name} -->`);
    const end = document.indexOf(`<!-- /bench:${name} -->`);
    const match = start >= 0 && end > start ? document.slice(start, end).match(/<!-- summary (\{.*\}) -->/) : null;
    if (!match) return [];
    const summary = JSON.parse(match[1]) as BenchSummary;
    return [`| [${name}](#${name}) | ${summary.measure} | ${summary.target} | ${summary.result} | ${summary.met ? 'yes' : '**no**'} | ${summary.anchor ?? '—'} |`];
  });
  return ['## Summary', '', '| benchmark | measure | target | result | met | published anchor |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

async function main(names: string[]) {
  const unknown = names.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${Object.keys(BENCHMARKS).join(', ')}`);
    return 2;
  }
  let document = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
  // The intro and summary lead the document; older documents began with a plain title line instead.
  if (!document.includes('<!-- bench:intro -->')) {
    const rest = document.replace(/^# Benchmarks\n\n[^\n]*\n?/, '').trimStart();
    document = `<!-- bench:intro -->\n<!-- /bench:intro -->\n\n<!-- bench:summary -->\n<!-- /bench:summary -->\n\n${rest}`;
  }
  document = updateSection(document, 'intro', INTRO);
  const date = new Date().toISOString().slice(0, 10);
  const suiteStarted = performance.now();
  for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
    console.log(`\n=== ${name} ===`);
    const started = performance.now();
    const result = await BENCHMARKS[name]({ dataDir: DATA_DIR });
    console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
    if ('skipped' in result) {
      console.log(`skipped: ${result.skipped}`);
      continue;
    }
    console.log(result.table.trim());
    console.log(result.line);
    document = updateSection(document, name, render(result, date));
  }
  const previousRun = document.match(/^Last full run: .*$/m)?.[0];
  const fullRun = names.length === 0 ? `Last full run: ${((performance.now() - suiteStarted) / 60_000).toFixed(1)} min on ${date} (${MACHINE}).` : previousRun;
  document = updateSection(document, 'summary', `${summaryTable(document)}${fullRun ? `\n\n${fullRun}` : ''}`);
  writeFileSync(DOC, document);
  console.log(`\nWrote ${path.relative(process.cwd(), DOC)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
