// Renders a report as Markdown in the layout of SPEC §1 (the CLI's default output).
import { describeStats } from '../../adapters/llm/usage-report.ts';
import type { Report, Sentence } from '../../contracts/schema.ts';
import { capitalize, citeMarks, DISCLAIMER, longDate, SOURCE_KIND_LABELS } from './format.ts';
import { dayOf, formatSpan, provenanceLine, readSpan } from './provenance.ts';

function paragraph(sentences: Sentence[]): string {
  return sentences.map((sentence) => `${sentence.text} ${citeMarks(sentence)}`.trim()).join(' ');
}

/** The checked day, when the sources were read, and who published them (as the HTML page says it). */
function checkedLines(report: Report): string[] {
  const read = readSpan(report);
  const checkedDay = dayOf(report.checkedAt);
  const readText = !read ? '' : read.from === checkedDay && read.to === checkedDay ? ', with its sources read that day' : `, against copies of its sources read ${read.from === read.to ? 'on' : 'between'} ${formatSpan(read).replace(' – ', ' and ')}`;
  const provenance = provenanceLine(report.sources);
  return [`Checked on ${longDate(report.checkedAt)}${readText}`, ...(provenance ? ['', provenance] : [])];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = [`# ${report.title}`, '', ...checkedLines(report), '', `*${DISCLAIMER}*`, ''];
  if (report.insufficientEvidence) {
    lines.push('## Not enough evidence', '', 'The sources found do not answer this question.', '');
  }
  if (report.summary.length > 0) lines.push('## Executive summary', '', paragraph(report.summary), '');
  report.sections.forEach((section, index) => {
    lines.push(`## ${index + 1}. ${section.heading}`, '', paragraph(section.sentences), '');
  });
  if (report.positions && report.positions.length > 0) {
    lines.push('## Positions', '', '| Actor | Stance | Stated reasons | Sources |', '|---|---|---|---|');
    for (const position of report.positions) {
      const cites = [...new Set(position.reasons.flatMap((reason) => reason.cites))].map((n) => `[${n}]`).join(' ');
      lines.push(`| ${escapeCell(position.actor)} | ${position.stance} | ${escapeCell(position.reasons.map((reason) => reason.text).join(' '))} | ${cites} |`);
    }
    lines.push('');
  }
  lines.push('## What the sources do and do not say', '', ...report.limits.map((limit) => `- ${limit.text}${limit.cites.length ? ` ${citeMarks(limit)}` : ''}`), '');
  if (report.bottomLine.length > 0) lines.push('## Bottom line', '', paragraph(report.bottomLine), '');
  if (report.verdict) lines.push('## Verdict', '', `**${capitalize(report.verdict.label)}.** ${paragraph(report.verdict.reason)}`, '');
  lines.push('## Want to dive deeper?', '', ...report.followUps.map((question) => `- ${question}`), '');
  lines.push('## Sources', '');
  for (const source of report.sources) {
    const published = source.publishedAt ? `, published ${longDate(source.publishedAt)}` : '';
    lines.push(`${source.n}. ${source.title}. ${source.outlet}${published}. <${source.url}> (read ${longDate(source.fetchedAt)}; ${SOURCE_KIND_LABELS[source.kind] ?? source.kind}; ${source.contentHash.slice(0, 19)})`);
  }
  if (report.sources.length === 0) lines.push('No sources were cited.');
  if (report.warnings.length > 0) lines.push('', '## Warnings', '', ...report.warnings.map((warning) => `- ${warning}`));
  const { stats } = report;
  lines.push('', `*Stats: written by ${stats.writer}; ${stats.sentencesChecked} sentences checked, ${stats.sentencesRepaired} repaired, ${stats.sentencesDropped} dropped. Per stage: ${describeStats(stats)}.*`);
  return `${lines.join('\n')}\n`;
}
