// The website's store contracts (archive, jobs and events, moderation, supporters): every SiteStore
// implementation must pass this suite unchanged, beside the Store suite.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SiteStore } from '../../src/contracts/ports.ts';
import { sampleReport } from '../support/sample-report.ts';

const AT = '2026-11-22T10:00:00.000Z';

export function siteStoreSuite(name: string, open: () => Promise<SiteStore>) {
  const withStore = async (work: (store: SiteStore) => Promise<void>) => {
    const store = await open();
    try {
      await work(store);
    } finally {
      await store.close();
    }
  };
  const nato = sampleReport({
    id: 'rep_nato', slug: 'nato-members', question: 'Which NATO members oppose Ukraine joining?', title: 'Which NATO members oppose Ukraine joining?',
    category: 'world', checkedAt: '2026-02-01T00:00:00.000Z',
    sections: [{ heading: 'Hungary objects', sentences: [{ text: 'Hungary says membership would drag the alliance into war.', cites: [1] }] }],
  });
  const vaccine = sampleReport({
    id: 'rep_vaccine', slug: 'vaccine-claim', question: 'Vaccines cause autism', title: 'Fact check: Vaccines cause autism', kind: 'claim',
    category: 'health', checkedAt: '2026-03-01T00:00:00.000Z',
    summary: [{ text: 'Large studies found no link between vaccines and autism.', cites: [1] }],
  });

  test(`${name}: archive search finds reports by the words of their title and sentences, every word required`, () =>
    withStore(async (store) => {
      await store.saveReport(nato);
      await store.saveReport(vaccine);
      assert.deepEqual((await store.searchReports('Hungary alliance', { limit: 10 })).map((report) => report.id), ['rep_nato']);
      assert.deepEqual((await store.searchReports('autism studies', { limit: 10 })).map((report) => report.id), ['rep_vaccine']);
      assert.deepEqual((await store.searchReports('Hungary autism', { limit: 10 })), [], 'every word must match');
      assert.deepEqual((await store.searchReports('vacc', { limit: 10 })).map((report) => report.id), ['rep_vaccine'], 'the last word matches as a prefix');
      assert.deepEqual(await store.searchReports('"( OR NEAR', { limit: 10 }), [], 'query syntax is escaped');
      await store.saveReport({ ...nato, sections: [{ heading: 'Poland backs it', sentences: [{ text: 'Poland backs membership.', cites: [1] }] }] });
      assert.deepEqual(await store.searchReports('Hungary', { limit: 10 }), [], 'a re-saved report is re-indexed');
      assert.equal((await store.searchReports('Poland', { limit: 10 })).length, 1);
    }));

  test(`${name}: the same question finds the newest published report; categories and most-read counts`, () =>
    withStore(async (store) => {
      await store.saveReport(nato);
      await store.saveReport({ ...nato, id: 'rep_nato2', slug: 'nato-members-2', checkedAt: '2026-04-01T00:00:00.000Z' });
      await store.saveReport(vaccine);
      assert.equal((await store.findReportByQuestion('which NATO members oppose Ukraine joining'))?.id, 'rep_nato2');
      assert.equal(await store.findReportByQuestion('Which NATO members support Ukraine joining?'), undefined);
      assert.deepEqual(await store.listCategories(), [{ category: 'world', count: 2 }, { category: 'health', count: 1 }]);
      await store.recordView('rep_vaccine');
      await store.recordView('rep_vaccine');
      await store.recordView('rep_nato');
      assert.deepEqual((await store.listMostRead({ limit: 5 })).map((report) => [report.id, report.views]), [['rep_vaccine', 2], ['rep_nato', 1]]);
    }));

  test(`${name}: a report's versions are the published reports on its question, oldest first, by id or slug`, () =>
    withStore(async (store) => {
      await store.saveReport({ ...nato, id: 'rep_nato3', slug: 'nato-members-3', checkedAt: '2026-05-01T00:00:00.000Z' });
      await store.saveReport(nato);
      await store.saveReport({ ...nato, id: 'rep_nato2', slug: 'nato-members-2', question: 'which NATO members oppose Ukraine joining', checkedAt: '2026-04-01T00:00:00.000Z' });
      await store.saveReport(vaccine);
      const expected = ['rep_nato', 'rep_nato2', 'rep_nato3'];
      assert.deepEqual((await store.listVersions('rep_nato2')).map((report) => report.id), expected);
      assert.deepEqual((await store.listVersions('nato-members')).map((report) => report.id), expected);
      assert.deepEqual((await store.listVersions('rep_vaccine')).map((report) => [report.id, report.checkedAt]), [['rep_vaccine', vaccine.checkedAt]]);
      assert.deepEqual(await store.listVersions('rep_nothing'), []);
    }));

  test(`${name}: jobs are created queued, found while active by question, updated, and listed for recovery`, () =>
    withStore(async (store) => {
      const job = await store.createJob({ id: 'rep_job1', question: 'Is the sky blue?', createdAt: AT });
      assert.deepEqual(job, { id: 'rep_job1', question: 'Is the sky blue?', status: 'queued', attempts: 0, createdAt: AT, updatedAt: AT });
      await store.createJob({ id: 'rep_job2', question: 'Another one?', parentId: 'rep_job1', createdAt: '2026-11-22T10:00:01.000Z' });
      assert.equal((await store.findActiveJob('is the SKY blue'))?.id, 'rep_job1');
      await store.updateJob('rep_job1', { status: 'running', at: '2026-11-22T10:00:02.000Z', attempts: 1 });
      assert.deepEqual((await store.listActiveJobs()).map((active) => [active.id, active.status]), [['rep_job1', 'running'], ['rep_job2', 'queued']]);
      await store.updateJob('rep_job1', { status: 'failed', at: '2026-11-22T10:00:03.000Z', reason: 'The search timed out.' });
      const failed = await store.getJob('rep_job1');
      assert.equal(failed?.status, 'failed');
      assert.equal(failed?.reason, 'The search timed out.');
      assert.equal(failed?.attempts, 1, 'attempts kept when not given');
      assert.equal(await store.findActiveJob('Is the sky blue?'), undefined);
      assert.equal((await store.getJob('rep_job2'))?.parentId, 'rep_job1');
      assert.equal(await store.getJob('missing'), undefined);
    }));

  test(`${name}: progress events are numbered per report and read back in order, after a given number`, () =>
    withStore(async (store) => {
      const first = await store.appendEvent('rep_a', { type: 'plan', at: AT, message: 'Question about <b>NATO</b>', data: { plan: { topic: 'NATO' } } });
      await store.appendEvent('rep_b', { type: 'plan', at: AT, message: 'Other report' });
      const second = await store.appendEvent('rep_a', { type: 'search', at: AT, message: 'Searching' });
      assert.deepEqual([first.seq, second.seq], [1, 2]);
      const events = await store.listEvents('rep_a');
      assert.deepEqual(events.map((event) => [event.seq, event.type, event.message]), [[1, 'plan', 'Question about <b>NATO</b>'], [2, 'search', 'Searching']]);
      assert.deepEqual(events[0].data, { plan: { topic: 'NATO' } });
      assert.equal(events[1].data, undefined);
      assert.deepEqual((await store.listEvents('rep_a', { after: 1 })).map((event) => event.seq), [2]);
      assert.deepEqual(await store.listEvents('nothing'), []);
    }));

  test(`${name}: a burst of progress events is stored in order after the report's earlier ones`, () =>
    withStore(async (store) => {
      await store.appendEvent('rep_a', { type: 'plan', at: AT, message: 'Planning' });
      const burst = await store.appendEvents('rep_a', [
        { type: 'source-found', at: AT, message: 'First <source>', data: { url: 'https://example.org/1' } },
        { type: 'source-found', at: AT, message: 'Second' },
        { type: 'read', at: AT, message: 'Read 2 sources' },
      ]);
      assert.deepEqual(burst.map((event) => [event.reportId, event.seq, event.message]), [['rep_a', 2, 'First <source>'], ['rep_a', 3, 'Second'], ['rep_a', 4, 'Read 2 sources']]);
      assert.deepEqual(await store.appendEvents('rep_b', []), []);
      assert.deepEqual((await store.appendEvents('rep_b', [{ type: 'plan', at: AT, message: 'Other report' }])).map((event) => event.seq), [1]);
      const events = await store.listEvents('rep_a');
      assert.deepEqual(events.map((event) => [event.seq, event.type, event.message]), [[1, 'plan', 'Planning'], [2, 'source-found', 'First <source>'], [3, 'source-found', 'Second'], [4, 'read', 'Read 2 sources']]);
      assert.deepEqual(events[1].data, { url: 'https://example.org/1' });
      assert.equal(events[2].data, undefined);
    }));

  test(`${name}: unpublishing hides a report from every listing; republishing brings it back`, () =>
    withStore(async (store) => {
      await store.saveReport(nato);
      await store.saveReport(vaccine);
      await store.recordView('rep_nato');
      assert.equal(await store.moderate({ action: 'unpublish', reportId: 'rep_nato', actor: 'admin', at: AT, note: 'Under review' }), true);
      assert.deepEqual(await store.moderationOf('rep_nato'), { unpublished: true, corrections: [] });
      assert.deepEqual((await store.listReports({ limit: 10 })).map((report) => report.id), ['rep_vaccine']);
      assert.deepEqual(await store.listReports({ limit: 10, category: 'world' }), []);
      assert.deepEqual(await store.searchReports('Hungary', { limit: 10 }), []);
      assert.deepEqual(await store.listMostRead({ limit: 10 }), []);
      assert.equal(await store.findReportByQuestion(nato.question), undefined);
      assert.deepEqual(await store.listCategories(), [{ category: 'health', count: 1 }]);
      assert.equal((await store.getReport('rep_nato'))?.id, 'rep_nato', 'still readable by id for moderators');
      await store.moderate({ action: 'republish', reportId: 'rep_nato', actor: 'admin', at: AT });
      assert.equal((await store.moderationOf('rep_nato')).unpublished, false);
      assert.equal((await store.listReports({ limit: 10 })).length, 2);
    }));

  test(`${name}: unpublishing withdraws the question: a later report on it stays hidden until a moderator republishes`, () =>
    withStore(async (store) => {
      await store.saveReport(nato);
      await store.saveReport(vaccine);
      await store.moderate({ action: 'unpublish', reportId: 'rep_nato', actor: 'admin', at: AT });
      assert.equal(await store.questionWithdrawn('which nato members OPPOSE Ukraine joining'), true);
      assert.equal(await store.questionWithdrawn(vaccine.question), false);
      // The same question asked again (a recheck, or the CLI) makes a new report: it inherits the decision.
      await store.saveReport({ ...nato, id: 'rep_nato_again', slug: 'nato-members-again', checkedAt: '2026-05-01T00:00:00.000Z' });
      assert.equal((await store.moderationOf('rep_nato_again')).unpublished, true);
      assert.deepEqual((await store.listReports({ limit: 10 })).map((report) => report.id), ['rep_vaccine']);
      assert.deepEqual(await store.searchReports('Hungary', { limit: 10 }), []);
      assert.equal(await store.findReportByQuestion(nato.question), undefined);
      assert.equal((await store.moderationOf('rep_vaccine')).unpublished, false, 'other questions are untouched');
      await store.moderate({ action: 'correct', reportId: 'rep_nato_again', actor: 'admin', at: AT, note: 'A note on a withdrawn report.' });
      assert.deepEqual(await store.listCorrections({ limit: 10 }), [], 'corrections of a withdrawn question are not listed');
      await store.moderate({ action: 'republish', reportId: 'rep_nato_again', actor: 'admin', at: AT });
      assert.equal(await store.questionWithdrawn(nato.question), false);
      assert.equal((await store.moderationOf('rep_nato')).unpublished, false);
      assert.deepEqual((await store.listReports({ limit: 10 })).map((report) => report.id), ['rep_nato_again', 'rep_vaccine', 'rep_nato']);
    }));

  test(`${name}: a report without evidence is readable by its link but never listed, searched, counted or most read`, () =>
    withStore(async (store) => {
      await store.saveReport(vaccine);
      await store.saveReport(sampleReport({ id: 'rep_asdf', slug: 'asdf', question: 'asdf', title: 'asdf', category: 'health', summary: [], sections: [], bottomLine: [], sources: [], insufficientEvidence: true }));
      await store.saveReport(sampleReport({ id: 'rep_thin', slug: 'fact-check-a', question: 'Fact check: a', title: 'Fact check: a sample', category: 'health', insufficientEvidence: true }));
      await store.recordView('rep_asdf');
      await store.recordView('rep_thin');
      assert.deepEqual((await store.listReports({ limit: 10 })).map((report) => report.id), ['rep_vaccine']);
      assert.deepEqual((await store.listReports({ limit: 10, category: 'health' })).map((report) => report.id), ['rep_vaccine']);
      assert.deepEqual(await store.searchReports('asdf', { limit: 10 }), []);
      assert.deepEqual(await store.listCategories(), [{ category: 'health', count: 1 }]);
      assert.deepEqual(await store.listMostRead({ limit: 10 }), []);
      assert.equal((await store.getReport('asdf'))?.id, 'rep_asdf', 'its asker can still read it');
      assert.equal((await store.findReportByQuestion('asdf'))?.id, 'rep_asdf', 'asking again opens it rather than making it twice');
    }));

  test(`${name}: corrections are dated notes listed newest first; delete removes the report; the audit log keeps all`, () =>
    withStore(async (store) => {
      await store.saveReport(nato);
      await store.saveReport(vaccine);
      await store.createJob({ id: 'rep_vaccine', question: vaccine.question, createdAt: AT });
      await store.appendEvent('rep_vaccine', { type: 'plan', at: AT, message: 'plan' });
      await store.moderate({ action: 'correct', reportId: 'rep_nato', actor: 'admin', at: '2026-11-23T09:00:00.000Z', note: 'Section 1 misnamed the speaker.' });
      await store.moderate({ action: 'correct', reportId: 'rep_vaccine', actor: 'admin', at: '2026-11-24T09:00:00.000Z', note: 'A source date was wrong.' });
      assert.deepEqual((await store.moderationOf('rep_nato')).corrections, [{ reportId: 'rep_nato', at: '2026-11-23T09:00:00.000Z', note: 'Section 1 misnamed the speaker.' }]);
      assert.deepEqual((await store.listCorrections({ limit: 10 })).map((correction) => [correction.reportId, correction.slug, correction.note]), [
        ['rep_vaccine', 'vaccine-claim', 'A source date was wrong.'],
        ['rep_nato', 'nato-members', 'Section 1 misnamed the speaker.'],
      ]);
      assert.equal(await store.moderate({ action: 'delete', reportId: 'rep_vaccine', actor: 'admin', at: '2026-11-25T09:00:00.000Z' }), true);
      assert.equal(await store.getReport('rep_vaccine'), undefined);
      assert.equal(await store.getJob('rep_vaccine'), undefined);
      assert.deepEqual(await store.listEvents('rep_vaccine'), []);
      assert.deepEqual(await store.searchReports('autism', { limit: 10 }), []);
      assert.equal((await store.listCorrections({ limit: 10 })).length, 1);
      assert.equal(await store.moderate({ action: 'delete', reportId: 'rep_vaccine', actor: 'admin', at: AT }), false, 'no such report');
      const audit = await store.listAudit({ limit: 10 });
      assert.deepEqual(audit.map((entry) => [entry.action, entry.reportId]), [['delete', 'rep_vaccine'], ['correct', 'rep_vaccine'], ['correct', 'rep_nato']]);
      assert.match(audit[0].detail, /Vaccines cause autism/, 'the audit entry names the deleted report');
      assert.match(audit[2].detail, /misnamed the speaker/);
    }));

  test(`${name}: a supporter is recorded once per payment event; the tally sums per currency`, () =>
    withStore(async (store) => {
      assert.deepEqual(await store.supportTally(), { supporters: 0, totals: [] });
      assert.deepEqual(await store.recordSupport({ eventId: 'evt_1', at: AT, amountMinor: 500, currency: 'usd', reference: 'cs_1' }), { recorded: true });
      assert.deepEqual(await store.recordSupport({ eventId: 'evt_1', at: AT, amountMinor: 500, currency: 'usd', reference: 'cs_1' }), { recorded: false });
      await store.recordSupport({ eventId: 'evt_2', at: '2026-11-23T10:00:00.000Z', amountMinor: 2500, currency: 'USD' });
      await store.recordSupport({ eventId: 'evt_3', at: '2026-11-24T10:00:00.000Z', amountMinor: 1000, currency: 'eur' });
      assert.deepEqual(await store.supportTally(), { supporters: 3, totals: [{ currency: 'usd', amountMinor: 3000 }, { currency: 'eur', amountMinor: 1000 }] });
      assert.deepEqual((await store.listSupport({ limit: 2 })).map((payment) => payment.eventId), ['evt_3', 'evt_2']);
    }));
}
