// Compresses text responses (pages, CSS, scripts, JSON, feeds, SVG) with brotli or gzip, whichever the
// browser prefers of the two (brotli on a tie). Streams (the progress events) and small bodies pass as they are.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(json|ld\+json|xml|atom\+xml|rss\+xml|javascript|manifest\+json)|image\/svg\+xml)/i;
/** Below this a compressed body saves less than the extra header costs. */
const MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

/** The encoding to use for an Accept-Encoding header: brotli or gzip with a non-zero q, brotli first. */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => weights.get(name) ?? (weights.has('*') ? weights.get('*')! : 0);
  const br = weight('br');
  const gz = weight('gzip');
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? 'br' : 'gzip';
}

/** Compresses a body: brotli at a quality fast enough for pages made per request (4), or gzip level 6. */
export async function compressBody(body: Uint8Array, encoding: Encoding, quality = 4): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = encoding === 'br'
    ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : await gzipAsync(body, { level: 6 });
  return new Uint8Array(compressed);
}

export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    if (c.req.method === 'HEAD' || !response.body || response.headers.has('content-encoding')) return;
    if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '')) return;
    response.headers.append('vary', 'Accept-Encoding');
    const encoding = negotiateEncoding(c.req.header('accept-encoding'));
    if (!encoding) return;
    const body = new Uint8Array(await response.arrayBuffer());
    // Hono merges the old response's headers into a new one: change them after the assignment.
    if (body.byteLength < MIN_BYTES) {
      c.res = new Response(body, response);
      return;
    }
    c.res = new Response(await compressBody(body, encoding), response);
    c.res.headers.set('content-encoding', encoding);
    c.res.headers.delete('content-length');
    // A strong validator names one representation: the compressed one is another.
    const etag = c.res.headers.get('etag');
    if (etag && !etag.startsWith('W/')) c.res.headers.set('etag', `W/${etag}`);
  };
}
