// How a named entity may be written in a source, for full-text queries that must name it.
import { aliasesOf } from '../../shared/actors/actors.ts';
import { STOPWORDS, tokenize } from '../../shared/text/tokens.ts';

/** How an entity may be written in a source: its actor aliases that are not everyday words ("US" is "us"). */
export function entityAlternatives(entity: string): string[] {
  return [...new Set([entity, ...aliasesOf(entity)])].filter((alias) => {
    const words = tokenize(alias);
    return words.length > 0 && !(words.length === 1 && (STOPWORDS.has(words[0]) || words[0].length < 2));
  });
}
