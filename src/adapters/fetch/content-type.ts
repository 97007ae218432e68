// What the fetcher accepts: HTML, XHTML, PDF and plain text, judged by the declared type and by the body's
// first bytes, so a binary served as text/html (or with no type) is refused rather than indexed as text.

export const ALLOWED_TYPES = ['text/html', 'application/xhtml+xml', 'application/pdf', 'text/plain'] as const;

/** Types that say nothing about the body; it is sniffed instead. */
const UNLABELLED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown']);

const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip data', [0x1f, 0x8b]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a Windows executable', [0x4d, 0x5a]],
  ['a RIFF (WebP, WAV or AVI) file', [0x52, 0x49, 0x46, 0x46]],
  ['an Ogg stream', [0x4f, 0x67, 0x67, 0x53]],
  ['an MP3 file', [0x49, 0x44, 0x33]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['a WebAssembly module', [0x00, 0x61, 0x73, 0x6d]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
];

/** How many leading bytes the sniffer needs (or the whole body if shorter). */
export const SNIFF_BYTES = 1024;

export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';', 1)[0].trim().toLowerCase();
}

/** Before the body: refuse a declared type we will never read (images, video, JSON, ...). */
export function checkDeclaredType(header: string | undefined): string | undefined {
  const type = mediaType(header);
  if (UNLABELLED.has(type) || (ALLOWED_TYPES as readonly string[]).includes(type)) return undefined;
  return `content type ${type} is not allowed (only HTML, XHTML, PDF and plain text are read)`;
}

/** Names the binary format the bytes start with, or says they hold NUL bytes; undefined for text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((byte, index) => head[index] === byte)) return name;
  }
  if (head.length >= 12 && String.fromCharCode(...head.subarray(4, 8)) === 'ftyp') return 'an MP4 or HEIF file';
  return !isUtf16(head) && nulShare(head) > MAX_NUL_SHARE ? 'binary data (NUL bytes)' : undefined;
}

/** A few stray NUL bytes occur in real pages (removed when the text is read); binary data is full of them. */
const MAX_NUL_SHARE = 0.05;

function nulShare(head: Uint8Array): number {
  let nul = 0;
  for (const byte of head) if (byte === 0) nul += 1;
  return nul / Math.max(1, head.length);
}

function isUtf16(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

function startsLikeHtml(head: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return /^<(!doctype html|html|head|body|!--|meta|title|p\b|div\b|article\b)/.test(text);
}

function hasPdfMarker(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, SNIFF_BYTES)).includes('%PDF-');
}

/**
 * The type the body really has, from the declared type and the first bytes: a PDF is a PDF whatever it was
 * labelled; a binary labelled as text is refused; an unlabelled body is HTML or text if it looks like one.
 */
export function decideType(header: string | undefined, head: Uint8Array): { ok: true; contentType: string } | { ok: false; reason: string } {
  const declared = mediaType(header);
  const shown = declared || 'no content type';
  if (hasPdfMarker(head) && (declared === 'application/pdf' || UNLABELLED.has(declared) || declared.startsWith('text/'))) {
    return { ok: true, contentType: 'application/pdf' };
  }
  if (declared === 'application/pdf') return { ok: false, reason: 'served as application/pdf but the body is not a PDF' };
  const binary = sniffBinary(head);
  if (binary) return { ok: false, reason: `mislabelled binary: served as ${shown} but the body is ${binary}` };
  if (!UNLABELLED.has(declared)) return { ok: true, contentType: header!.trim() };
  return { ok: true, contentType: startsLikeHtml(head) ? 'text/html' : 'text/plain' };
}
