// Reads a response body under a cap that counts decompressed bytes as they stream, so a gzip bomb or an
// endless stream stops at the cap with bounded memory; the first bytes are sniffed before the rest is read.
import type { IncomingMessage } from 'node:http';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { createBrotliDecompress, createUnzip } from 'node:zlib';
import { decideType, SNIFF_BYTES } from './content-type.ts';

export interface ReadBodyOptions {
  maxBytes: number;
  /** `truncate` keeps the first maxBytes (robots.txt); `refuse` fails past the cap (pages). */
  overflow: 'refuse' | 'truncate';
  /** Skip the content-type decision (robots.txt is read whatever its type). */
  sniff: boolean;
}

export type BodyOutcome = { ok: true; body: Uint8Array; contentType: string } | { ok: false; reason: string };

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${+(bytes / 1024).toFixed(1)} KB`;
}

function decoderFor(encoding: string): Transform | undefined | 'unsupported' {
  if (encoding === '' || encoding === 'identity') return undefined;
  // Unzip detects gzip and zlib headers, which covers gzip, x-gzip and (zlib-wrapped) deflate.
  if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate') return createUnzip();
  if (encoding === 'br') return createBrotliDecompress();
  return 'unsupported';
}

export async function readBody(response: IncomingMessage, options: ReadBodyOptions): Promise<BodyOutcome> {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = decoderFor(encoding);
  if (decoder === 'unsupported') {
    response.destroy();
    return { ok: false, reason: `unsupported content encoding "${encoding}"` };
  }
  if (decoder) {
    let rawBytes = 0;
    response.on('data', (chunk: Buffer) => {
      rawBytes += chunk.length;
      // Compressed bytes never legitimately outnumber what they inflate to; this stops streams of empty blocks.
      if (rawBytes > options.maxBytes) response.destroy(new Error(`compressed body larger than ${formatBytes(options.maxBytes)}`));
    });
  }
  const stream: Readable = decoder ? pipeline(response, decoder, () => undefined) as Transform : response;
  const chunks: Buffer[] = [];
  let total = 0;
  let contentType = String(response.headers['content-type'] ?? '');
  let sniffed = !options.sniff;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const room = options.maxBytes - total;
      if (chunk.length > room) {
        if (options.overflow === 'truncate') {
          chunks.push(chunk.subarray(0, room));
          total += room;
          break;
        }
        return { ok: false, reason: `body larger than ${formatBytes(options.maxBytes)} after decompression` };
      }
      chunks.push(chunk);
      total += chunk.length;
      if (!sniffed && total >= SNIFF_BYTES) {
        const decided = decideType(contentType, Buffer.concat(chunks));
        if (!decided.ok) return decided;
        contentType = decided.contentType;
        sniffed = true;
      }
    }
  } catch (error) {
    return { ok: false, reason: bodyError(error, encoding) };
  } finally {
    stream.destroy();
    response.destroy();
  }
  const body = Buffer.concat(chunks, total);
  if (!sniffed) {
    const decided = decideType(contentType, body);
    if (!decided.ok) return decided;
    contentType = decided.contentType;
  }
  return { ok: true, body: new Uint8Array(body.buffer, body.byteOffset, body.length), contentType };
}

function bodyError(error: unknown, encoding: string): string {
  const message = (error as Error).message ?? String(error);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_') || code === 'ERR__ERROR_FORMAT_BROTLI' || /incorrect header check|invalid (block|distance|code)|unexpected end/i.test(message)) {
    return `corrupt ${encoding || 'compressed'} body (${message})`;
  }
  if (error instanceof Error && error.name === 'AbortError') return 'aborted';
  return `the body could not be read (${message})`;
}
