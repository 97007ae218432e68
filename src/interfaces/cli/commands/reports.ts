// `crosscheck list` and `crosscheck show <id|slug>`: the reports in the store.
import { parseArgs } from 'node:util';
import { renderHtml } from '../../render/html.ts';
import { renderMarkdown } from '../../render/markdown.ts';
import { type Command, fail, } from '../io.ts';
import { openStore } from '../open-store.ts';

export const LIST_USAGE = 'Usage: crosscheck list [--limit N] [--category NAME] [--json] [--store FILE]\n';
export const SHOW_USAGE = 'Usage: crosscheck show <id|slug> [--json | --html] [--store FILE]\n';

const LIST_OPTIONS = { limit: { type: 'string' }, category: { type: 'string' }, json: { type: 'boolean' }, store: { type: 'string' } } as const;
const SHOW_OPTIONS = { json: { type: 'boolean' }, html: { type: 'boolean' }, store: { type: 'string' } } as const;

export const list: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof LIST_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, options: LIST_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck list: ${(error as Error).message}\n${LIST_USAGE}`, 2);
  }
  const limit = Number(parsed.values.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return fail(io, 'crosscheck list: --limit must be a whole number from 1 to 1000\n', 2);
  const opened = await openStore(parsed.values, io);
  if (!opened.ok) return fail(io, `crosscheck list: ${opened.message}\n`, 1);
  try {
    const reports = await opened.store.listReports({ limit, category: parsed.values.category });
    if (parsed.values.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
    else if (reports.length === 0) io.stdout('No reports yet. Ask one with: crosscheck ask "<question>"\n');
    else for (const report of reports) io.stdout(`${report.id}  ${report.checkedAt.slice(0, 10)}  ${report.category.padEnd(24)}  ${report.title}\n`);
    return 0;
  } finally {
    await opened.store.close();
  }
};

export const show: Command = async (argv, io) => {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: typeof SHOW_OPTIONS }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: SHOW_OPTIONS });
  } catch (error) {
    return fail(io, `crosscheck show: ${(error as Error).message}\n${SHOW_USAGE}`, 2);
  }
  const [id] = parsed.positionals;
  if (!id) return fail(io, SHOW_USAGE, 2);
  const opened = await openStore(parsed.values, io);
  if (!opened.ok) return fail(io, `crosscheck show: ${opened.message}\n`, 1);
  try {
    const report = await opened.store.getReport(id);
    if (!report) return fail(io, `crosscheck show: no report with id or slug "${id}"; see crosscheck list\n`, 1);
    io.stdout(parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : parsed.values.html ? await renderHtml(report) : renderMarkdown(report));
    return 0;
  } finally {
    await opened.store.close();
  }
};
