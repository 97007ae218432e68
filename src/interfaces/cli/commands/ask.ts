// `crosscheck ask "<question or claim>"`: research, write, verify and publish a report through the report
// job the website runs; progress on stderr, the report on stdout as Markdown, JSON or one HTML page.
import { parseArgs } from 'node:util';
import { ensureDemoCorpus } from '../../../adapters/demo-corpus/demo-corpus.ts';
import { createEngine } from '../../../runtime/engine/create-engine.ts';
import { askThroughJob } from '../../../runtime/jobs/ask-through-job.ts';
import { describeStats } from '../../../adapters/llm/usage-report.ts';
import type { Report } from '../../../contracts/schema.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { readSettings } from '../../../runtime/settings.ts';
import { cleanQuestionText } from '../../../shared/text/untrusted-text.ts';
import { QuestionError } from '../../../pipeline/understand/index.ts';
import { type Command, fail, print } from '../io.ts';
import { openStore } from '../open-store.ts';
import { prepareForOneReport } from '../one-report.ts';
import { useAnalysisCacheBeside } from '../../../runtime/engine/analysis-cache.ts';
import { DEFAULT_CORPUS_FILES } from '../../../runtime/engine/corpus-analyses.ts';
import { createProgressReporter } from '../progress.ts';

export const ASK_USAGE = `Usage: crosscheck ask "<question or claim>" [--json | --html] [--store FILE] [--parent ID] [--quiet]

Researches the question in the local corpus (the bundled demo corpus is loaded on first use) and,
when configured, on the web (see README, "Configuration"); writes a report whose every sentence
cites a checked source, with a language model if one is configured (CROSSCHECK_MODEL), else
extractively from quoted source sentences; and prints it. Run "crosscheck doctor" to see what is on.

Options:
  --json         print the report as JSON (the SPEC §1 shape)
  --html         print the report as one self-contained HTML page
  --store FILE   the SQLite store (default: $DATABASE_URL for PostgreSQL, else $CROSSCHECK_STORE, else ./data/crosscheck.db)
  --parent ID    link the report to the report it follows up
  --quiet        no progress on stderr
  -h, --help     show this help
`;

const ASK_OPTIONS = {
  json: { type: 'boolean' },
  html: { type: 'boolean' },
  store: { type: 'string' },
  parent: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const ask: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof ASK_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: ASK_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck ask: ${(error as Error).message}\n\n${ASK_USAGE}`, 2);
  }
  if (parsed.values.help) return print(io, ASK_USAGE);
  // RTL overrides, zero-width characters and NUL never reach a title or a slug.
  const question = cleanQuestionText(parsed.positionals.join(' ')).text;
  if (!question.trim() || (parsed.values.json && parsed.values.html)) {
    io.stderr(`crosscheck ask: ${question.trim() ? 'choose one of --json and --html' : 'give a question or a claim to check'}\n\n${ASK_USAGE}`);
    return 2;
  }
  const opened = await openStore(parsed.values, io, { seedDemoCorpus: true, oneReport: true });
  if (!opened.ok) return fail(io, `crosscheck ask: ${opened.message}\n`, 1);
  const { store } = opened;
  const progress = createProgressReporter(io, { quiet: parsed.values.quiet });
  prepareForOneReport();
  // The demo corpus's analyses, when a server has filled them, behind the store's own (corpus-analyses.ts).
  const finishAnalyses = useAnalysisCacheBeside(opened.file, DEFAULT_CORPUS_FILES.file);
  try {
    await ensureDemoCorpus(store, { onProgress: (message) => progress.note(message) });
    const engine = await createEngine({ settings: readSettings(io.env), store });
    // The same report job the website runs (stored job, numbered events, retries, a failure's reason).
    const report = await askThroughJob({ engine, question, store, onEvent: progress.onEvent, parentId: parsed.values.parent });
    progress.finish();
    if (parsed.values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    // The HTML renderer (hono/html, the stylesheet, the timeline) loads only for --html.
    else if (parsed.values.html) io.stdout(await (await import('../../render/html.ts')).renderHtml(report));
    else io.stdout(renderMarkdown(report));
    if (!parsed.values.quiet) io.stderr(`${summaryLine(report.stats)}\n`);
    return 0;
  } catch (error) {
    progress.finish();
    if (error instanceof QuestionError) return fail(io, `crosscheck ask: ${error.message}\n`, 2);
    io.stderr(`crosscheck ask: the report could not be made: ${(error as Error).message}\n`);
    return 1;
  } finally {
    finishAnalyses();
    await store.close();
  }
};

function summaryLine(stats: Report['stats']): string {
  const total = Object.values(stats.durationMs).reduce((sum, ms) => sum + ms, 0);
  const stages = Object.entries(stats.durationMs).map(([stage, ms]) => `${stage} ${ms} ms`).join(', ');
  const removed = stats.citationsRemoved ? `, ${stats.citationsRemoved} citations to no source removed` : '';
  // Tokens, cost and time per stage close the output (they are in --json as stats.usage and stats.durationMs).
  return `Done in ${(total / 1000).toFixed(2)} s (${stages}); writer: ${stats.writer}; ${stats.sentencesChecked} sentences checked, ${stats.sentencesRepaired} repaired, ${stats.sentencesDropped} dropped${removed}.\nPer stage: ${describeStats(stats)}.`;
}
