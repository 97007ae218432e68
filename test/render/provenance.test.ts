import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Source } from '../../src/contracts/schema.ts';
import { reportBody } from '../../src/interfaces/render/html.ts';
import { provenanceLine, publishersOf, sentenceSpan, sourceMap, statesDate } from '../../src/interfaces/render/provenance.ts';
import { sampleReport } from '../support/sample-report.ts';

const source = (n: number, outlet: string, publishedAt?: string, fetchedAt = '2026-03-28T00:00:00.000Z'): Source => ({
  n, url: `https://example.org/${n}`, title: `Item ${n}`, outlet, publishedAt, fetchedAt, kind: 'encyclopedia', contentHash: `sha256:${n}`,
});

const portal = [
  source(1, 'Wikipedia Current Events (citing Reuters)', '2008-04-02'),
  source(2, 'Wikipedia Current Events (citing Reuters, AP)', '2022-03-15'),
  source(3, 'Wikipedia Current Events (citing BBC News)', '2021-12-17'),
];

test('a portal citing outlets is one publisher, with the outlets it cites named after it, most cited first', () => {
  assert.deepEqual(publishersOf(portal), [{ name: 'Wikipedia Current Events', sources: 3, citing: ['Reuters', 'AP', 'BBC News'] }]);
  assert.equal(provenanceLine(portal), '3 sources, all from Wikipedia Current Events, citing Reuters, AP, BBC News');
  const many = ['DW', 'The Guardian', 'Meduza', 'Newsweek', 'RFE/RL'].map((outlet, index) => source(index + 1, `Wikipedia Current Events (citing ${outlet})`));
  assert.equal(provenanceLine(many), '5 sources, all from Wikipedia Current Events, citing DW, The Guardian, Meduza, Newsweek, … (5 outlets)');
});

test('several publishers are counted as such, with their number of sources', () => {
  const mixed = [...portal, source(4, 'BBC News'), source(5, 'BBC News'), source(6, 'Le Monde')];
  assert.equal(provenanceLine(mixed), '6 sources from 3 publishers: Wikipedia Current Events, citing Reuters, AP, … (3 outlets) (3); BBC News (2); Le Monde (1)');
  assert.equal(provenanceLine([]), undefined);
});

test('a sentence is dated by its sources; a date the text already states is not repeated', () => {
  const sources = sourceMap(sampleReport({ sources: portal }));
  assert.deepEqual(sentenceSpan({ text: 'x', cites: [1] }, sources), { from: '2008-04-02', to: '2008-04-02' });
  assert.deepEqual(sentenceSpan({ text: 'x', cites: [2, 1] }, sources), { from: '2008-04-02', to: '2022-03-15' });
  assert.equal(sentenceSpan({ text: 'x', cites: [9] }, sources), undefined);
  assert.equal(statesDate('On 2 April 2008, Bush backs the bid.', { from: '2008-04-02', to: '2008-04-02' }), true);
  assert.equal(statesDate('Bush backs the bid (Apr. 2008).', { from: '2008-04-02', to: '2008-04-02' }), true);
  assert.equal(statesDate('Bush backs the bid.', { from: '2008-04-02', to: '2008-04-02' }), false);
  assert.equal(statesDate('In 2008, Bush backs the bid in May.', { from: '2008-04-02', to: '2008-04-02' }), false);
});

test('the report body dates its sentences and positions and says when its sources were read', async () => {
  const report = sampleReport({
    sources: portal,
    summary: [{ text: 'Bush backs the bid.', cites: [1] }, { text: 'On 15 March 2022, Zelenskyy concedes.', cites: [2] }],
    positions: [{ actor: 'Russia', stance: 'opposes', reasons: [{ text: 'Russia demands a guarantee.', cites: [3] }, { text: 'Zelenskyy concedes.', cites: [2] }] }],
  });
  const { document } = parseHTML(`<body>${(await reportBody(report)).toString()}</body>`);
  const [first, second] = document.querySelectorAll('.summary .sentence');
  assert.equal(first.querySelector('time.when')?.getAttribute('datetime'), '2008-04-02');
  assert.equal(first.querySelector('time.when')?.textContent, 'Apr 2, 2008');
  assert.equal(second.querySelector('time.when'), null, 'the text already says when');
  assert.equal(document.querySelector('td.stated')?.textContent, 'Dec 17, 2021 – Mar 15, 2022');
  assert.equal(document.querySelector('.checked')?.textContent, 'Checked on November 22, 2026, against copies of its sources read on March 28, 2026');
  const sameDay = sampleReport();
  const { document: page } = parseHTML(`<body>${(await reportBody(sameDay)).toString()}</body>`);
  assert.equal(page.querySelector('.checked')?.textContent, 'Checked on November 22, 2026, with its sources read that day');
  assert.equal(page.querySelector('.provenance')?.textContent, '1 source, from Example News');
});
