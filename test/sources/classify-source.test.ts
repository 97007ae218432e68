// Source kind and outlet from host lists, suffixes, page metadata and the provider that found the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifySource } from '../../src/shared/sources/classify-source.ts';

const kind = (url: string, extra: { provider?: string; schemaTypes?: string[]; siteName?: string } = {}) => classifySource({ url, ...extra });

test('known outlets get their name and kind, whatever the subdomain', () => {
  assert.deepEqual(kind('https://www.reuters.com/world/x'), { kind: 'news', outlet: 'Reuters' });
  assert.deepEqual(kind('https://news.bbc.co.uk/2/hi/x.stm'), { kind: 'news', outlet: 'BBC' });
  assert.deepEqual(kind('https://www.snopes.com/fact-check/x/'), { kind: 'fact-checker', outlet: 'Snopes' });
  assert.deepEqual(kind('https://en.wikipedia.org/wiki/NATO'), { kind: 'encyclopedia', outlet: 'Wikipedia' });
  assert.deepEqual(kind('https://www.brookings.edu/articles/x/'), { kind: 'analysis', outlet: 'Brookings Institution' });
  assert.deepEqual(kind('https://www.nato.int/cps/en/natohq/news.htm'), { kind: 'official', outlet: 'NATO' });
  assert.deepEqual(kind('https://x.com/someone/status/1'), { kind: 'social', outlet: 'X (Twitter)' });
  assert.deepEqual(kind('https://plato.stanford.edu/entries/truth/'), { kind: 'encyclopedia', outlet: 'Stanford Encyclopedia of Philosophy' });
});

test('fact-check desks inside news sites are fact-checkers', () => {
  assert.equal(kind('https://www.reuters.com/fact-check/claim-2024-01-01/').kind, 'fact-checker');
  assert.equal(kind('https://apnews.com/hub/ap-fact-check').kind, 'fact-checker');
  assert.equal(kind('https://www.usatoday.com/story/news/factcheck/2024/01/01/x/').kind, 'fact-checker');
  assert.equal(kind('https://www.reuters.com/world/fact-based-policy/').kind, 'news', 'a word that only starts like it does not count');
});

test('suffixes, page metadata and providers classify the rest', () => {
  assert.equal(kind('https://www.defense.gov/News/').kind, 'official');
  assert.equal(kind('https://www.gov.uk/government/news/x').kind, 'official');
  assert.equal(kind('https://president.gov.ua/en/news/x').kind, 'official');
  assert.equal(kind('https://www.diplomatie.gouv.fr/en/x').kind, 'official');
  assert.equal(kind('https://ec.europa.eu/commission/x').kind, 'official');
  assert.equal(kind('https://www.ox.ac.uk/research/x').kind, 'analysis');
  assert.equal(kind('https://smallpaper.example/2024/story', { schemaTypes: ['NewsArticle'] }).kind, 'news');
  assert.equal(kind('https://checkers.example/claims/1', { schemaTypes: ['ClaimReview'] }).kind, 'fact-checker');
  assert.equal(kind('https://localnews.example/a', { provider: 'gdelt' }).kind, 'news');
  assert.equal(kind('https://reviewer.example/a', { provider: 'fact-check-tools' }).kind, 'fact-checker');
  assert.equal(kind('https://someblog.example/post').kind, 'other');
});

test('unknown outlets are named by site name when it reads as a name, else by domain', () => {
  assert.equal(kind('https://www.smallpaper.example/a', { siteName: 'The Small Paper | News you can use' }).outlet, 'The Small Paper');
  assert.equal(kind('https://www.smallpaper.example/a', { siteName: 'x'.repeat(80) }).outlet, 'smallpaper.example');
  assert.equal(kind('https://blog.smallpaper.example/a').outlet, 'smallpaper.example');
});
