// The NLP loader (src/shared/language/nlp.ts) reads the wink model its own, faster way and runs only the
// annotations it reads: every token, tag, lemma and negation must be what the package's own loader gives
// (lemmas after the one documented spelling mend, mendLemma; tags and lemmas after the documented tag mends, mendTags).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { mendLemma, mendTags } from '../../src/shared/language/mend-tags.ts';
import { analyse } from '../../src/shared/language/nlp.ts';

interface Wink { readDoc(text: string): { tokens(): { out(what?: unknown): unknown[] } }; its: Record<string, unknown> }

test('nlp loader: tokens, parts of speech, lemmas and negations are those of the package\'s own loader, on 2,000 corpus items and odd text', () => {
  const require = createRequire(import.meta.url);
  const reference = (require('wink-nlp') as (model: unknown) => Wink)(require('wink-eng-lite-web-model'));
  const lines = gunzipSync(readFileSync(new URL('../../data/demo/current-events.jsonl.gz', import.meta.url))).toString('utf8').split('\n').slice(1, 1001).filter(Boolean);
  const texts = [
    ...lines.flatMap((line) => { const item = JSON.parse(line) as { text: string; title?: string }; return [item.text, item.title ?? '']; }),
    "Djoković didn't win; the U.S.A.'s constructor __proto__ hasOwnProperty toString naïve café 1,000,000 €5 #tag @user x@y.z http://a.b/c?d=1 can't",
    'Hungary does not oppose Sweden joining NATO. It never said so.',
  ];
  let compared = 0;
  for (const text of texts) {
    const tokens = reference.readDoc(text).tokens();
    const words = tokens.out() as string[];
    const lemmas = tokens.out(reference.its.lemma) as string[];
    const tags = tokens.out(reference.its.pos) as string[];
    const negated = tokens.out(reference.its.negationFlag) as boolean[];
    const mine = analyse(text);
    // analyse() joins a word the model splits inside (a diacritic), so compare where it kept the model's tokens.
    if (mine.length !== words.length) {
      assert.equal(mine.map((token) => token.text).join(''), words.join(''), text);
      continue;
    }
    const expected = words.map((word, index) => ({ text: word, lower: word.toLowerCase(), pos: tags[index]!, lemma: mendLemma(word.toLowerCase(), lemmas[index]!.toLowerCase()), negated: Boolean(negated[index]) }));
    mendTags(expected);
    assert.deepEqual(mine.map((token) => [token.text, token.pos, token.lemma, token.negated]), expected.map((token) => [token.text, token.pos, token.lemma, token.negated]), text);
    compared++;
  }
  assert.ok(compared > 1900, `${compared} texts compared token by token`);
});

test('the lemma mend: a one-syllable verb that would double its consonant keeps its "e" ("staged" is "stage")', () => {
  assert.equal(mendLemma('staged', 'stag'), 'stage');
  assert.equal(mendLemma('rated', 'rat'), 'rate');
  assert.equal(mendLemma('stopped', 'stop'), 'stop');
  assert.equal(mendLemma('opened', 'open'), 'open');
  assert.equal(mendLemma('boxed', 'box'), 'box');
  assert.equal(mendLemma('cooled', 'cool'), 'cool');
});
