// Bytes to text, shared by ingest (files) and extraction (pages): is it text at all, and in which encoding.

const SAMPLE_BYTES = 64 * 1024;
/** Share of undecodable or control characters above which a file is binary, not text in another encoding. */
const BINARY_RATIO = 0.1;

export function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}

/**
 * A sample that is mostly undecodable or control characters. A few NUL or control bytes in a page (a CMS
 * that wrote a stray \0) do not make it binary: they are removed when the text is read.
 */
export function isBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const text = new TextDecoder('utf-8').decode(sample);
  let suspicious = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) suspicious += 1;
  }
  return suspicious / Math.max(1, text.length) > BINARY_RATIO;
}

/**
 * UTF-16 with a BOM, else UTF-8 when the bytes are valid UTF-8 (a saved page often keeps a stale charset
 * declaration), else the declared charset, else Windows-1252: a few stray bytes mean a legacy encoding
 * (a Latin-1 "café"), not binary.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: fall through to a legacy encoding.
  }
  try {
    return new TextDecoder(charset ?? 'windows-1252').decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
