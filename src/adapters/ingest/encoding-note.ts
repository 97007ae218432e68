// Says so when a text file is not valid UTF-8 and declares no other encoding: it is then read as
// Windows-1252 (Latin-1), which may be right (an old file) or garble it (a damaged UTF-8 file).

/** The first bytes of a file, looked at for a declared charset (HTML meta, XML prolog). */
const HEAD_BYTES = 4096;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
}

/** A warning for the ingest result when the text was not UTF-8 and nothing said what it was; else undefined. */
export function encodingWarning(bytes: Uint8Array, type: string): string | undefined {
  if (type === 'pdf') return undefined;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  if (isUtf8(bytes)) return undefined;
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) return undefined;
  return declared
    ? `the file declares UTF-8 but is not valid UTF-8: it was read as Windows-1252 (Latin-1); check its characters, or re-save it as UTF-8`
    : 'not valid UTF-8 and no encoding declared: it was read as Windows-1252 (Latin-1); check its characters, or re-save it as UTF-8';
}
