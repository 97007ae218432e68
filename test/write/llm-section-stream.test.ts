import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelSources } from '../../src/adapters/llm/source-labels.ts';
import type { Draft, Passage, StoredDocument } from '../../src/contracts/types.ts';
import { createSectionEmitter } from '../../src/adapters/llm/writer/section-stream.ts';

const document: StoredDocument = { id: 'doc_a', url: 'https://news.example/a', title: 'A', outlet: 'Example', fetchedAt: '2026-11-22T00:00:00.000Z', kind: 'news', text: 'A.', origin: 'test', contentHash: 'sha256:a' };
const passage: Passage = { id: 'doc_a:0', documentId: 'doc_a', ordinal: 0, text: 'A.' };

test('a section is passed on as soon as the next one starts, the last when the array closes, each once', () => {
  const emitted: Draft['sections'] = [];
  const emitter = createSectionEmitter(labelSources([{ passage, document }]), (section) => emitted.push(section));
  const first = { heading: 'One', sentences: [{ text: 'First.', cites: ['p1'] }] };
  emitter.partial({ sections: [{ heading: 'One', sentences: [{ text: 'Fir' }] }] });
  assert.equal(emitted.length, 0, 'a section still being written is not passed on');
  emitter.partial({ sections: [first, { heading: 'Tw' }] });
  assert.deepEqual(emitted, [{ heading: 'One', sentences: [{ text: 'First.', passageIds: ['doc_a:0'] }] }]);
  emitter.partial({ sections: [first, { heading: 'Two', sentences: [{ text: 'Second.', cites: ['p7'] }] }] });
  assert.equal(emitted.length, 1);
  emitter.partial({ sections: [first, { heading: 'Two', sentences: [{ text: 'Second.', cites: ['p7'] }] }], summary: [] });
  assert.deepEqual(emitted[1], { heading: 'Two', sentences: [{ text: 'Second.', passageIds: ['unknown:p7'] }] });
  emitter.finish([first, { heading: 'Two', sentences: [] }]);
  assert.equal(emitted.length, 2, 'finish does not repeat what was passed on');
});

test('sections without a heading or without any sentence are not passed on', () => {
  const emitted: Draft['sections'] = [];
  const emitter = createSectionEmitter(labelSources([{ passage, document }]), (section) => emitted.push(section));
  emitter.finish([{ heading: '  ', sentences: [{ text: 'x', cites: ['p1'] }] }, { heading: 'Empty', sentences: [] }, { heading: 'Ok', sentences: [{ text: 'Fine.', cites: ['p1'] }] }]);
  assert.deepEqual(emitted.map((section) => section.heading), ['Ok']);
});
