// A minimal valid report for store and renderer tests.
import type { Report } from '../../src/contracts/schema.ts';

export function sampleReport(overrides: Partial<Report> = {}): Report {
  return {
    id: 'rep_sample',
    slug: 'sample-report',
    question: 'Does the sample question work?',
    title: 'Does the sample question work?',
    kind: 'question',
    category: 'world',
    checkedAt: '2026-11-22T10:00:00.000Z',
    summary: [{ text: 'The sample works.', cites: [1], support: { score: 1, quotes: [{ source: 1, text: 'The sample works.' }] } }],
    sections: [{ heading: 'Sample', sentences: [{ text: 'The sample works.', cites: [1] }] }],
    limits: [{ text: 'One source only.', cites: [] }],
    bottomLine: [{ text: 'The sample works.', cites: [1] }],
    followUps: ['One?', 'Two?', 'Three?', 'Four?', 'Five?'],
    sources: [{ n: 1, url: 'https://news.example/sample', title: 'Sample', outlet: 'Example News', publishedAt: '2026-11-01', fetchedAt: '2026-11-22T10:00:00.000Z', kind: 'news', contentHash: 'sha256:abc' }],
    insufficientEvidence: false,
    stats: { passagesConsidered: 1, sourcesRead: 1, sentencesChecked: 3, sentencesRepaired: 0, sentencesDropped: 0, durationMs: {}, writer: 'extractive' },
    warnings: [],
    ...overrides,
  };
}
