// The source-quality filter: too short, mostly code, mostly navigation, and copies are dropped with reasons.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessText, findCopy, fingerprint } from '../../src/shared/sources/source-quality.ts';

const PROSE = [
  'NATO leaders met in Vilnius on Tuesday to discuss the future of the alliance and its relations with Ukraine.',
  'Several members said Ukraine should be invited to join once the war ends, while others urged caution.',
  'The final communiqué said the alliance would extend an invitation when allies agree and conditions are met.',
  'Officials from Kyiv welcomed the language on membership but criticised the absence of a timetable for it.',
].join('\n\n');

test('an article passes', () => {
  assert.deepEqual(assessText(PROSE), { ok: true });
});

test('too little text is dropped, saying how much was found', () => {
  const verdict = assessText('Subscribe to read this article.');
  assert.ok(!verdict.ok && /^too short: 31 characters and 1 sentences of prose/.test(verdict.reason));
});

test('a code listing is dropped', () => {
  const code = Array.from({ length: 30 }, (_, index) => `const value${index} = compute(${index});\nif (value${index} > 3) {\n  return value${index};\n}`).join('\n');
  const verdict = assessText(`${PROSE.split('\n\n')[0]}\n${PROSE.split('\n\n')[1]}\n${code}`);
  assert.ok(!verdict.ok && /^mostly code: \d+% of the text/.test(verdict.reason), !verdict.ok ? verdict.reason : '');
});

test('navigation and link lists are dropped', () => {
  const menu = Array.from({ length: 60 }, (_, index) => `Section ${index} Home World Politics Sport`).join('\n');
  const verdict = assessText(`${PROSE.split('\n\n')[0]}\n${PROSE.split('\n\n')[1]}\n${menu}`);
  assert.ok(!verdict.ok && /^mostly navigation, lists or captions/.test(verdict.reason), !verdict.ok ? verdict.reason : '');
});

test('a syndicated copy is recognised, either way round; a different article is not', () => {
  const original = { url: 'https://wire.example/a', fingerprint: fingerprint(PROSE) };
  const copy = fingerprint(`Published by a partner site.\n\n${PROSE}\n\nRead more on our site.`);
  assert.equal(findCopy(copy, [original]), original);
  assert.equal(findCopy(fingerprint(PROSE.split('\n\n').slice(0, 3).join('\n\n')), [{ url: 'b', fingerprint: copy }])?.url, 'b');
  const other = fingerprint('An entirely different report about a heatwave in Spain that broke records in Seville and Córdoba this week, according to the national weather agency, which warned of more to come and advised residents to stay indoors during the afternoon.');
  assert.equal(findCopy(other, [original]), undefined);
});
