// Saved or fetched HTML bytes → the page's text: refused only when the bytes are not text at all, decoded
// as UTF-8 or the declared charset, with control characters (a stray NUL from a broken CMS) removed.
import { decodeText, isBinary } from '../../shared/text/decode-bytes.ts';

export type DecodedHtml = { ok: true; html: string } | { ok: false; reason: string };

/** C0 controls other than tab, newline, form feed and carriage return, and DEL: never part of a page's text. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1];
}

export function removeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, '');
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (isBinary(bytes)) return { ok: false, reason: 'binary file, not HTML' };
  return { ok: true, html: removeControlCharacters(decodeText(bytes, declaredCharset(bytes))) };
}
