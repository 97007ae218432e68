// Crosscheck as a Model Context Protocol server: four tools (ask, search, show, list) so an assistant can
// research a question or check a claim and quote the cited report. Transport-free: `crosscheck mcp`
// connects it to stdio, tests to the SDK's in-memory transport.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Store } from '../../contracts/ports.ts';
import type { Report } from '../../contracts/schema.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { QuestionError } from '../../pipeline/understand/index.ts';

export interface McpDeps {
  store: Store;
  /** Researches a question or checks a claim and stores the report (runReport with the configured engine). */
  makeReport: (question: string, options: { parentId?: string; signal?: AbortSignal }) => Promise<Report>;
  version: string;
}

const Format = z.enum(['markdown', 'json']).default('markdown').describe('markdown: the report as a reader sees it, every sentence with [n] citations and the numbered sources; json: the full report (SPEC §1 shape)');

function text(value: string): CallToolResult {
  return { content: [{ type: 'text', text: value }] };
}

function failure(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

function reportResult(report: Report, format: 'markdown' | 'json'): CallToolResult {
  const body = format === 'json' ? JSON.stringify(report, null, 2) : renderMarkdown(report);
  return { content: [{ type: 'text', text: `${body}\n\nReport id: ${report.id} (slug ${report.slug}).` }] };
}

export function createMcpServer(deps: McpDeps): McpServer {
  const server = new McpServer({ name: 'crosscheck', version: deps.version });
  const { store } = deps;

  server.registerTool('ask', {
    title: 'Research a question or check a claim',
    description: 'Researches a question about the news, or checks a claim (start it with "Claim:"), and returns a dated report whose every sentence cites a source the engine read and checked, with a verdict for claims. Takes a few seconds offline, longer with web search or a model. Quote its citations when you use it.',
    inputSchema: { question: z.string().min(1).max(4000).describe('The question, or "Claim: <the claim>"'), parent: z.string().max(200).optional().describe('The id of the report this one follows up'), format: Format },
    annotations: { readOnlyHint: false, openWorldHint: true },
  }, async ({ question, parent, format }, extra) => {
    try {
      return reportResult(await deps.makeReport(question, { parentId: parent, signal: extra.signal }), format);
    } catch (error) {
      if (error instanceof QuestionError) return failure(`Not a question Crosscheck can research: ${error.message}`);
      throw error;
    }
  });

  server.registerTool('search', {
    title: 'Search the source library',
    description: 'Full-text (BM25) search over the passages Crosscheck has stored (the local corpus and pages read for earlier reports). Returns the best passages with their document title, URL and date.',
    inputSchema: { query: z.string().min(1).max(500), limit: z.number().int().min(1).max(50).default(10) },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async ({ query, limit }) => {
    const hits = await store.searchPassages(query, { limit });
    if (hits.length === 0) return text(`No stored passage matches "${query}".`);
    return text(hits.map(({ passage, document, score }, index) => `${index + 1}. ${document.title} (${document.outlet}${document.publishedAt ? `, ${document.publishedAt.slice(0, 10)}` : ''}) score ${score.toFixed(3)}\n   ${document.url}\n   ${passage.text.replace(/\s+/g, ' ').slice(0, 600)}`).join('\n\n'));
  });

  server.registerTool('show', {
    title: 'Show a stored report',
    description: 'Returns a stored report by its id or slug (from ask or list).',
    inputSchema: { id: z.string().min(1).max(200).describe('The report id (rep_…) or slug'), format: Format },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async ({ id, format }) => {
    const report = await store.getReport(id);
    return report ? reportResult(report, format) : failure(`No report with id or slug "${id}". The list tool gives the stored ones.`);
  });

  server.registerTool('list', {
    title: 'List stored reports',
    description: 'The stored reports, newest first: id, date checked, category and title.',
    inputSchema: { limit: z.number().int().min(1).max(100).default(20), category: z.string().max(60).optional() },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async ({ limit, category }) => {
    const reports = await store.listReports({ limit, category });
    if (reports.length === 0) return text('No reports yet: use the ask tool to make one.');
    return text(reports.map((report) => `${report.id}  ${report.checkedAt.slice(0, 10)}  ${report.category}  ${report.title}`).join('\n'));
  });
  return server;
}
