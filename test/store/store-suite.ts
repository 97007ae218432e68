// The store contract's test suite: every Store implementation must pass it unchanged.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../../src/contracts/ports.ts';
import { ReportSchema } from '../../src/contracts/schema.ts';
import { NATO_CORPUS } from '../support/fixtures.ts';
import { sampleReport } from '../support/sample-report.ts';

// The website's contracts have a suite of their own, run beside this one.
export { siteStoreSuite } from './site-store-suite.ts';

export function storeSuite(name: string, open: () => Promise<Store>) {
  const withStore = async (work: (store: Store) => Promise<void>) => {
    const store = await open();
    try {
      await work(store);
    } finally {
      await store.close();
    }
  };

  test(`${name}: stores documents once per content and splits passages`, () =>
    withStore(async (store) => {
      const first = await store.upsertDocuments(NATO_CORPUS.slice(0, 3));
      assert.deepEqual(first.map((result) => result.created), [true, true, true]);
      const again = await store.upsertDocuments([{ ...NATO_CORPUS[0], url: 'https://elsewhere.example/copy' }]);
      assert.equal(again[0].created, false);
      assert.equal(again[0].document.id, first[0].document.id);
      assert.equal(await store.countDocuments(), 3);
      const passages = await store.getPassages([first[0].document.id]);
      assert.equal(passages.length, 1);
      assert.equal(passages[0].text, NATO_CORPUS[0].text);
      assert.match(first[0].document.contentHash, /^sha256:[0-9a-f]{64}$/);
    }));

  test(`${name}: finds the newest snapshot of a URL fetched after a time (the web source cache)`, () =>
    withStore(async (store) => {
      const url = 'https://example.org/page';
      await store.upsertDocuments([
        { ...NATO_CORPUS[0], url, fetchedAt: '2026-03-01T00:00:00.000Z' },
        { ...NATO_CORPUS[1], url, fetchedAt: '2026-03-05T00:00:00.000Z' },
        { ...NATO_CORPUS[2], url: 'https://example.org/other', fetchedAt: '2026-03-06T00:00:00.000Z' },
      ]);
      assert.equal((await store.findSnapshot(url, { fetchedAfter: '2026-02-01T00:00:00.000Z' }))?.text, NATO_CORPUS[1].text, 'the newest one');
      assert.equal((await store.findSnapshot(url, { fetchedAfter: '2026-03-05T00:00:00.000Z' }))?.fetchedAt, '2026-03-05T00:00:00.000Z', 'inclusive');
      assert.equal(await store.findSnapshot(url, { fetchedAfter: '2026-03-06T00:00:00.000Z' }), undefined, 'too old');
      assert.equal(await store.findSnapshot('https://example.org/missing', { fetchedAfter: '2000-01-01T00:00:00.000Z' }), undefined);
      // Read again later with the same content: the snapshot is fresh again; the same text elsewhere does not refresh it.
      await store.upsertDocuments([{ ...NATO_CORPUS[1], url, fetchedAt: '2026-04-01T00:00:00.000Z' }, { ...NATO_CORPUS[1], url: 'https://mirror.example/copy', fetchedAt: '2026-05-01T00:00:00.000Z' }]);
      assert.equal((await store.findSnapshot(url, { fetchedAfter: '2026-03-31T00:00:00.000Z' }))?.fetchedAt, '2026-04-01T00:00:00.000Z');
    }));

  test(`${name}: full-text search ranks matching passages, honours required names and document limits`, () =>
    withStore(async (store) => {
      const stored = await store.upsertDocuments(NATO_CORPUS);
      const hits = await store.searchPassages('Ukraine joining NATO', { limit: 5 });
      assert.ok(hits.length > 0 && hits.length <= 5);
      assert.ok(hits.every((hit, index) => index === 0 || hits[index - 1].score >= hit.score), 'sorted by score');
      const required = await store.searchPassages('membership alliance', { limit: 50, required: [['Finland']] });
      assert.ok(required.length >= 1);
      assert.ok(required.every((hit) => hit.passage.text.includes('Finland')));
      const within = await store.searchPassages('NATO', { limit: 50, documentIds: [stored[0].document.id, stored[3].document.id] });
      assert.deepEqual(new Set(within.map((hit) => hit.document.id)), new Set([stored[0].document.id, stored[3].document.id]));
      assert.deepEqual(await store.searchPassages('the of and', { limit: 5 }), [], 'stopwords alone match nothing');
      assert.deepEqual(await store.searchPassages('"unbalanced ( quote OR AND NEAR', { limit: 5 }), [], 'query syntax is escaped');
    }));

  test(`${name}: a search within a period takes its top k among the documents published then`, () =>
    withStore(async (store) => {
      await store.upsertDocuments([...NATO_CORPUS, { ...NATO_CORPUS[0], url: 'https://news.example/undated', text: 'Undated NATO Ukraine note.', publishedAt: undefined }]);
      const overall = await store.searchPassages('Ukraine NATO', { limit: 2 });
      assert.ok(overall.every((hit) => !hit.document.publishedAt?.startsWith('2008')), 'the 2008 passages are not among the overall best two');
      const in2008 = await store.searchPassages('Ukraine NATO', { limit: 2, publishedWithin: { from: '2008-01-01', to: '2008-12-31' } });
      assert.deepEqual(in2008.map((hit) => hit.document.publishedAt).sort(), ['2008-04-02', '2008-12-02']);
      assert.ok(in2008.every((hit, index) => index === 0 || in2008[index - 1].score >= hit.score), 'sorted by score');
      const since = await store.searchPassages('NATO', { limit: 50, publishedWithin: { from: '2024-01-01' } });
      assert.deepEqual(since.map((hit) => hit.document.publishedAt).sort(), ['2024-04-04', '2024-06-14']);
      const until = await store.searchPassages('NATO', { limit: 50, publishedWithin: { to: '2008-04-02' } });
      assert.deepEqual(until.map((hit) => hit.document.publishedAt), ['2008-04-02'], 'bounds are inclusive; undated documents are left out');
      const both = await store.searchPassages('NATO', { limit: 50, documentIds: [since[0].document.id], publishedWithin: { from: '2024-01-01' } });
      assert.deepEqual(both.map((hit) => hit.document.id), [since[0].document.id]);
    }));

  test(`${name}: an unranked "any match?" answers as the ranked search would`, () =>
    withStore(async (store) => {
      assert.equal(await store.hasPassages('Ukraine joining NATO'), false, 'an empty store has nothing');
      await store.upsertDocuments([...NATO_CORPUS, { ...NATO_CORPUS[0], url: 'https://news.example/undated', text: 'Undated zeppelin note.', publishedAt: undefined }]);
      const cases: [string, { required?: string[][]; publishedWithin?: { from?: string; to?: string } }, boolean][] = [
        ['Ukraine joining NATO', {}, true],
        ['zeppelin', {}, true],
        ['quokka marmalade', {}, false],
        ['membership alliance', { required: [['Finland']] }, true],
        ['membership alliance', { required: [['Atlantis', 'Lemuria']] }, false],
        ['NATO', { required: [['Finland'], ['quokka']] }, false],
        ['Ukraine NATO', { publishedWithin: { from: '2008-01-01', to: '2008-12-31' } }, true],
        ['NATO', { publishedWithin: { from: '2030-01-01' } }, false],
        ['zeppelin', { publishedWithin: { from: '1900-01-01' } }, false],
        ['', {}, false],
        ['the of and', {}, false],
        ['"unbalanced ( quote OR AND NEAR', {}, false],
        ['"NATO* ( OR AND NEAR(', {}, true],
      ];
      for (const [query, options, expected] of cases) {
        const ranked = await store.searchPassages(query, { limit: 1, ...options });
        assert.equal(ranked.length > 0, expected, `ranked search: ${query} ${JSON.stringify(options)}`);
        assert.equal(await store.hasPassages(query, options), expected, `${query} ${JSON.stringify(options)}`);
      }
    }));

  test(`${name}: a mark is set with the documents it describes, or not at all`, () =>
    withStore(async (store) => {
      assert.equal(await store.getMark('load'), undefined);
      await store.upsertDocuments(NATO_CORPUS.slice(0, 2), { marks: { load: 'line 2' } });
      assert.equal(await store.getMark('load'), 'line 2');
      const broken = { ...NATO_CORPUS[3], title: null as unknown as string };
      await assert.rejects(() => store.upsertDocuments([NATO_CORPUS[2], broken], { marks: { load: 'line 4' } }));
      assert.equal(await store.getMark('load'), 'line 2', 'a failed batch leaves the mark where it was');
      assert.equal(await store.countDocuments(), 2, 'and stores none of its documents');
      await store.upsertDocuments([], { marks: { load: 'complete' } });
      assert.equal(await store.getMark('load'), 'complete');
    }));

  test(`${name}: reports round-trip by id and slug and list newest first`, () =>
    withStore(async (store) => {
      await store.upsertDocuments(NATO_CORPUS.slice(0, 2));
      const older = sampleReport({ id: 'rep_older', slug: 'older-report', checkedAt: '2026-01-01T00:00:00.000Z' });
      const newer = sampleReport({ id: 'rep_newer', slug: 'newer-report', checkedAt: '2026-02-01T00:00:00.000Z', category: 'health' });
      await store.saveReport(older);
      await store.saveReport(newer);
      assert.deepEqual(await store.getReport('rep_older'), ReportSchema.parse(older));
      assert.equal((await store.getReport('newer-report'))?.id, 'rep_newer');
      assert.equal(await store.getReport('missing'), undefined);
      assert.deepEqual((await store.listReports({ limit: 10 })).map((report) => report.id), ['rep_newer', 'rep_older']);
      assert.deepEqual((await store.listReports({ limit: 10, category: 'health' })).map((report) => report.id), ['rep_newer']);
      await store.saveReport({ ...older, title: 'Corrected title' });
      assert.equal((await store.getReport('rep_older'))?.title, 'Corrected title');
    }));

  test(`${name}: an invalid report is refused and changes nothing`, () =>
    withStore(async (store) => {
      const broken = { ...sampleReport({ id: 'rep_bad', slug: 'bad' }), followUps: ['only one'] };
      await assert.rejects(() => store.saveReport(broken));
      assert.equal(await store.getReport('rep_bad'), undefined);
    }));
}
