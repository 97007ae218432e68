// Choosing pages within the budget: best first, primary sources nudged up, no outlet over a third.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SearchHit } from '../../src/contracts/types.ts';
import { choosePages } from '../../src/shared/sources/choose-pages.ts';

const hit = (url: string, score: number, extra: Partial<SearchHit> = {}): SearchHit => ({ url, title: url, snippet: '', provider: 'searxng', score, ...extra });

test('one outlet supplies at most a third of the pages while others are available', () => {
  const hits = [
    ...Array.from({ length: 8 }, (_, index) => hit(`https://www.reuters.com/story-${index}`, 1 - index * 0.01)),
    hit('https://apnews.com/a', 0.5),
    hit('https://www.bbc.com/news/b', 0.4),
    hit('https://www.dw.com/en/c', 0.3),
    hit('https://www.france24.com/d', 0.2),
  ];
  const { chosen, skipped } = choosePages(hits, 6);
  assert.equal(chosen.length, 6);
  assert.equal(chosen.filter((entry) => entry.url.includes('reuters')).length, 2);
  assert.ok(skipped.some((entry) => /Reuters already supplies 2 of the 6 pages/.test(entry.reason)));
});

test('primary sources are nudged ahead of equally relevant news', () => {
  const { chosen } = choosePages([hit('https://news.example/a', 1), hit('https://www.state.gov/briefing', 0.9), hit('https://blog.example/b', 0.95)], 1);
  assert.deepEqual(chosen.map((entry) => entry.url), ['https://www.state.gov/briefing']);
});

test('pages beyond the budget are skipped with the reason; a lone outlet may fill an otherwise empty budget', () => {
  const { chosen, skipped } = choosePages([hit('https://a.example/1', 1), hit('https://a.example/2', 0.9), hit('https://a.example/3', 0.8)], 3);
  assert.equal(chosen.length, 3);
  assert.equal(skipped.length, 0);
  const over = choosePages([hit('https://a.example/1', 1), hit('https://b.example/2', 0.9), hit('https://c.example/3', 0.8)], 2);
  assert.deepEqual(over.skipped.map((entry) => entry.reason), ['not read: over the limit of 2 pages per report']);
});
