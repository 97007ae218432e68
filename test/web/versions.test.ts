// Versions over time (#17.4): a recheck is a new version; the page says what changed since the version
// before and lists every version; an earlier version points to the newest; feeds announce the changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import type { Source } from '../../src/contracts/schema.ts';
import { describeChanges, diffVersions } from '../../src/interfaces/web/presenters/version-diff.ts';
import { FIXED_NOW, NATO_QUESTION } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';
import { askAndWait, webHarness } from './web-harness.ts';

const source = (n: number, url: string, contentHash = `sha256:${n}`): Source => ({ n, url, title: `Title ${n}`, outlet: 'Wire', fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'news', contentHash });

test('the difference between two versions: sources added, dropped and changed, verdict, bottom line', () => {
  const before = sampleReport({ sources: [source(1, 'https://a.example/x'), source(2, 'https://b.example/y')], verdict: { label: 'mixed', reason: [{ text: 'r', cites: [1] }] } });
  const after = sampleReport({ checkedAt: '2026-12-01T00:00:00.000Z', sources: [source(1, 'https://a.example/x/', 'sha256:new'), source(2, 'https://c.example/z')], verdict: { label: 'supported', reason: [{ text: 'r', cites: [1] }] }, bottomLine: [{ text: 'Now it is clear.', cites: [1] }] });
  const diff = diffVersions(before, after);
  assert.deepEqual(diff.added.map((item) => item.url), ['https://c.example/z']);
  assert.deepEqual(diff.dropped.map((item) => item.url), ['https://b.example/y']);
  assert.deepEqual(diff.updated.map((item) => item.url), ['https://a.example/x/'], 'the same URL read again with other content');
  assert.deepEqual(diff.verdict, { from: 'mixed', to: 'supported' });
  assert.deepEqual(diff.bottomLine, { from: 'The sample works.', to: 'Now it is clear.' });
  assert.equal(describeChanges(diff), 'Verdict changed from mixed to supported; 1 new source, 1 no longer cited, 1 changed since read.');
  assert.equal(describeChanges(diffVersions(before, before)), 'No change in the sources, verdict or bottom line.');
});

test('"Check again" makes a new version from a changed corpus: what changed, the version history, the newer-version notice, the feeds', async () => {
  let now = new Date(FIXED_NOW);
  let counter = 0;
  // Ids whose first characters differ, as random ones do: a report's slug ends with them.
  const site = await webHarness({ clock: () => new Date(now), newId: () => `rep_${String(++counter).repeat(6)}abcdef` });
  const firstPath = await askAndWait(site, NATO_QUESTION);
  const first = (await site.store.getReport(firstPath.split('/').pop()!))!;
  const { document: before } = parseHTML(await (await site.request(firstPath)).text());
  assert.match(before.querySelector('.versions')?.textContent ?? '', /only check of this question/);
  const recheck = before.querySelector('.versions form.recheck')!;
  assert.equal(recheck.querySelector('input[name="recheck"]')?.getAttribute('value'), '1');

  // Two weeks later a new statement is in the library; the reader presses "Check again now".
  now = new Date(FIXED_NOW.getTime() + 14 * 86_400_000);
  await site.store.upsertDocuments([{
    url: 'https://news.example/2026-12-01/estonia', title: 'Ukraine–NATO relations — 2026-12-01', outlet: 'Wire Z', publishedAt: '2026-12-01', fetchedAt: '2026-12-06T00:00:00.000Z', kind: 'news', origin: 'test', topics: ['Ukraine–NATO relations'],
    text: 'Estonian Prime Minister Kristen Michal says Estonia supports Ukraine joining NATO, arguing that membership is the only lasting security guarantee for Ukraine.',
  }]);
  const secondPath = await askAndWait(site, NATO_QUESTION, { recheck: '1' });
  assert.notEqual(secondPath, firstPath);
  const second = (await site.store.getReport(secondPath.split('/').pop()!))!;
  const { document: after } = parseHTML(await (await site.request(secondPath)).text());
  const changes = after.querySelector('.notice.changes')!;
  assert.equal(changes.querySelector('h2')?.textContent, 'What changed since November 22, 2026');
  assert.match(changes.textContent ?? '', /1 new source:\s*Ukraine–NATO relations — 2026-12-01 \(Wire Z\)/);
  const versions = [...after.querySelectorAll('.version-list li')];
  assert.equal(versions.length, 2);
  assert.equal(versions[0].querySelector('a')?.getAttribute('href'), firstPath, 'the earlier version keeps its permanent link');
  assert.match(versions[1].querySelector('[aria-current="page"]')?.textContent ?? '', /December 6, 2026 \(this version\)/);

  const { document: old } = parseHTML(await (await site.request(firstPath)).text());
  assert.equal(old.querySelector('.notice.newer a')?.getAttribute('href'), secondPath, 'an earlier version points to the newest');
  assert.equal(old.querySelector('.notice.changes'), null);

  const atom = await (await site.request('/feed.atom')).text();
  assert.match(atom, new RegExp(`<title>Rechecked: ${NATO_QUESTION.replace(/[?()]/g, '\\$&')}</title>`));
  assert.match(atom, /<summary>Rechecked since 2026-11-22: 1 new source\. Report on/);
  assert.equal(second.question, first.question);
});

test('feeds announce a changed verdict', async () => {
  const site = await webHarness();
  const claim = { kind: 'claim' as const, question: 'Finland joined NATO in 2023', title: 'Claim: Finland joined NATO in 2023', category: 'world' };
  await site.store.saveReport(sampleReport({ ...claim, id: 'rep_c1', slug: 'finland-1', checkedAt: '2026-10-01T00:00:00.000Z', verdict: { label: 'mixed', reason: [{ text: 'Unclear.', cites: [1] }] } }));
  await site.store.saveReport(sampleReport({ ...claim, id: 'rep_c2', slug: 'finland-2', checkedAt: '2026-11-01T00:00:00.000Z', verdict: { label: 'supported', reason: [{ text: 'It did.', cites: [1] }] } }));
  const rss = await (await site.request('/feed.rss')).text();
  assert.match(rss, /<title>Verdict changed: Claim: Finland joined NATO in 2023<\/title>/);
  assert.match(rss, /<description>Rechecked since 2026-10-01: Verdict changed from mixed to supported\. Fact check on/);
  assert.equal((rss.match(/<title>Claim: Finland joined NATO in 2023<\/title>/g) ?? []).length, 1, 'the first version is listed as itself');
  const { document } = parseHTML(await (await site.request('/reports/finland-2')).text());
  assert.match(document.querySelector('.verdict-change')?.textContent ?? '', /Verdict changed from mixed to supported/);
});
