import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Source } from '../../src/contracts/schema.ts';
import { timelineEvents, timelineFigure } from '../../src/interfaces/render/timeline.ts';
import { sampleReport } from '../support/sample-report.ts';

const source = (n: number, publishedAt?: string): Source => ({ n, url: `https://example.org/${n}`, title: `S${n}`, outlet: 'Wire', publishedAt, fetchedAt: '2026-03-28T00:00:00.000Z', kind: 'news', contentHash: `sha256:${n}` });

const report = sampleReport({
  sources: [source(1, '2022-01-27'), source(2, '2008-04-02'), source(3), source(4, '2023-07-12')],
  summary: [{ text: 'The US rejects <b>the demand</b>.', cites: [1] }, { text: 'Bush backs the bid.', cites: [2] }, { text: 'Undated claim.', cites: [3] }],
  sections: [{ heading: 'S', sentences: [{ text: 'Bush backs the bid.', cites: [2] }, { text: 'Poland backs joining.', cites: [4] }] }],
  bottomLine: [],
});

test('the timeline takes each dated sentence once, oldest first; undated ones stay out', () => {
  assert.deepEqual(timelineEvents(report).map((event) => [event.day, event.text]), [
    ['2008-04-02', 'Bush backs the bid.'],
    ['2022-01-27', 'The US rejects <b>the demand</b>.'],
    ['2023-07-12', 'Poland backs joining.'],
  ]);
});

test('the timeline is an SVG image with a text alternative and a numbered list of its events, escaped', async () => {
  const { document } = parseHTML(`<body>${(await timelineFigure(report)).toString()}</body>`);
  const svg = document.querySelector('svg')!;
  assert.equal(svg.getAttribute('role'), 'img');
  assert.match(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent ?? '', /^3 cited events on a time line, April 2, 2008 – July 12, 2023/);
  assert.deepEqual([...svg.querySelectorAll('.mark-number')].map((mark) => mark.textContent), ['1', '2', '3']);
  const xs = [...svg.querySelectorAll('circle')].map((circle) => Number(circle.getAttribute('cx')));
  assert.ok(xs[0] < xs[1] && xs[1] < xs[2], 'marks placed by date');
  assert.deepEqual([...svg.querySelectorAll('.year')].map((year) => year.textContent), ['2009', '2011', '2013', '2015', '2017', '2019', '2021', '2023']);
  const items = [...document.querySelectorAll('.timeline-events li')];
  assert.equal(items[1].querySelector('time')?.getAttribute('datetime'), '2022-01-27');
  assert.match(items[1].innerHTML, /&lt;b&gt;the demand&lt;\/b&gt;/);
  assert.equal(items[1].querySelector('a')?.getAttribute('href'), '#source-1');
});

test('no timeline when the evidence is not spread over two days', async () => {
  assert.equal(timelineFigure(sampleReport()), '');
  assert.equal(timelineFigure(sampleReport({ sources: [source(1)] })), '');
});
