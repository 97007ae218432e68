// The Open Graph card of a report as SVG (1200 × 630): the site, the kind of report, its title, the verdict
// of a claim, the day it was checked and who its sources are from. Every value is escaped for XML.
import type { Report } from '../../../contracts/schema.ts';
import { capitalize, longDate } from '../../render/format.ts';
import { provenanceLine } from '../../render/provenance.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const VERDICT_COLOURS: Record<string, string> = {
  supported: '#1e7d32',
  'mostly supported': '#2e7d32',
  mixed: '#8a5a00',
  misleading: '#a14500',
  unsupported: '#5b5b5b',
  false: '#b3261e',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}

/** Splits text into at most `maxLines` lines of about `perLine` characters, the last one ending in "…" when cut. */
export function wrapText(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  for (let index = 0; index < words.length; index++) {
    const word = words[index].length > perLine ? `${words[index].slice(0, perLine - 1)}…` : words[index];
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) {
        lines[maxLines - 1] = `${lines[maxLines - 1].replace(/[\s,;:.]*$/, '')}…`;
        return lines;
      }
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function titleLayout(title: string): { size: number; lines: string[] } {
  // DejaVu Sans Bold averages about 0.62 em per character; the text column is 1040 px wide.
  for (const size of [64, 56, 48]) {
    const lines = wrapText(title, Math.floor(1040 / (size * 0.62)), 4);
    if (lines.length <= 3 || size === 48) return { size, lines };
  }
  return { size: 48, lines: wrapText(title, 35, 4) };
}

export function cardSvg(report: Report, siteName: string): string {
  const { size, lines } = titleLayout(report.title);
  const kind = report.kind === 'claim' ? 'FACT CHECK' : 'REPORT';
  const verdict = report.verdict ? capitalize(report.verdict.label) : undefined;
  const titleTop = 200;
  const title = lines.map((line, index) => `<tspan x="80" y="${titleTop + index * size * 1.18}">${escapeXml(line)}</tspan>`).join('');
  const afterTitle = titleTop + (lines.length - 1) * size * 1.18 + 40;
  const badge = verdict
    ? `<rect x="80" y="${afterTitle + 10}" rx="12" width="${verdict.length * 22 + 48}" height="64" fill="${VERDICT_COLOURS[report.verdict!.label] ?? '#0b57d0'}"/><text x="104" y="${afterTitle + 54}" font-size="34" font-weight="bold" fill="#ffffff">${escapeXml(verdict)}</text>`
    : '';
  const provenance = wrapText(provenanceLine(report.sources) ?? (report.insufficientEvidence ? 'Not enough evidence found' : 'No sources cited'), 88, 1)[0];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="100%" height="100%" fill="#ffffff"/>
<rect width="100%" height="14" fill="#0b57d0"/>
<text x="80" y="100" font-family="DejaVu Sans" font-size="30" font-weight="bold" fill="#1b1b1b">${escapeXml(siteName)}</text>
<text x="1120" y="100" text-anchor="end" font-family="DejaVu Sans" font-size="24" font-weight="bold" fill="#0b57d0" letter-spacing="2">${kind}</text>
<text font-family="DejaVu Sans" font-size="${size}" font-weight="bold" fill="#1b1b1b">${title}</text>
<g font-family="DejaVu Sans">${badge}</g>
<line x1="80" y1="520" x2="1120" y2="520" stroke="#dddddd" stroke-width="2"/>
<text x="80" y="565" font-family="DejaVu Sans" font-size="28" fill="#1b1b1b">Checked on ${escapeXml(longDate(report.checkedAt))}</text>
<text x="80" y="603" font-family="DejaVu Sans" font-size="22" fill="#5b5b5b">${escapeXml(provenance)}</text>
</svg>`;
}
