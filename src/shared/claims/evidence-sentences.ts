// Every sentence of the ranked passages, in rank order, with its source's day and kind: what a claim is
// compared with.
import type { RankedPassage } from '../../contracts/types.ts';
import { splitSentences } from '../text/sentences.ts';
import { tokenize } from '../text/tokens.ts';
import type { EvidenceSentence } from './judge-claim.ts';

/** Every sentence of the ranked passages, in rank order, with its source's day. */
export function evidenceSentences(passages: RankedPassage[]): (EvidenceSentence & { kind: string; documentId: string })[] {
  return passages.flatMap((ranked) =>
    splitSentences(ranked.passage.text)
      .filter((text) => tokenize(text).length >= 4)
      .map((text) => ({ text, passageId: ranked.passage.id, publishedAt: ranked.document.publishedAt, kind: ranked.document.kind, documentId: ranked.document.id })),
  );
}
