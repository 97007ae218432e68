// What every store does before writing a document: hash its text, derive its id from the hash (the same
// content is stored once), and pick the heading the full-text index searches with it.
import type { DocumentInput } from '../../contracts/types.ts';
import { contentHash } from '../../shared/text/hash.ts';

export interface PreparedDocument {
  id: string;
  contentHash: string;
  topics: string[];
  /** Topic labels say what a document is about better than a title, which may be boilerplate ("… — Site name"). */
  heading: string;
}

export function documentIdFor(hash: string): string {
  return `doc_${hash.replace(/^sha256:/, '').slice(0, 20)}`;
}

export function prepareDocument(input: DocumentInput): PreparedDocument {
  const hash = contentHash(input.text);
  const topics = input.topics ?? [];
  return {
    id: documentIdFor(hash),
    contentHash: hash,
    topics,
    heading: topics.length > 0 ? topics.join(' \n ') : input.title,
  };
}
