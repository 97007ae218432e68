// Content hashes and stable slugs.
import { createHash } from 'node:crypto';

/** sha256 of the text with whitespace normalised, so re-extracting the same page gives the same hash. */
export function contentHash(text: string): string {
  return 'sha256:' + createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

export function shortHash(text: string, length = 12): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '') || 'report';
}
