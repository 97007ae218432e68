// A 48-bit key of a URL for the snapshot lookup: an index of integers is a fraction of an index of URLs
// (87 → ~12 bytes a document on the demo corpus); the URL itself is compared after the key narrows the rows.
import { createHash } from 'node:crypto';

export function urlKey(url: string): number {
  return createHash('sha1').update(url).digest().readUIntBE(0, 6);
}
