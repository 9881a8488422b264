import type http from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/**
 * Response compression, as the client's Accept-Encoding allows: brotli, else gzip, else
 * none (q-values honoured; `q=0` refuses an encoding). A depth-2 neighbourhood is about
 * 1 MB of JSON, and the graph view's scripts are hundreds of KB. Small bodies go as they
 * are: below COMPRESS_MIN_BYTES the headers would outweigh the saving. Compression runs
 * on libuv's thread pool (zlib's async API), not on the event loop. Brotli at quality 5:
 * near its best ratio on JSON at a small share of the default quality's time.
 */
export type Encoding = 'br' | 'gzip';

export const COMPRESS_MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The encoding to answer with, from an Accept-Encoding header. */
export function negotiate(accept: string | string[] | undefined): Encoding | null {
  const header = Array.isArray(accept) ? accept.join(',') : (accept ?? '');
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (e: string) => q.get(e) ?? (q.has('*') ? q.get('*')! : 0);
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

const BROTLI_QUALITY = 5;

export async function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzip(body, { level: 6 });
}

/** A compressing stream, for files served as streams (GraphiQL's scripts). */
export function compressStream(encoding: Encoding): zlib.BrotliCompress | zlib.Gzip {
  return encoding === 'br' ? zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : zlib.createGzip({ level: 6 });
}

/** Ends a response with `body`, compressed when the request accepts it and the body is large enough. */
export async function endCompressed(req: http.IncomingMessage, res: http.ServerResponse, body: string | Buffer): Promise<void> {
  const raw = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.setHeader('vary', appendVary(res.getHeader('vary')));
  const encoding = raw.length >= COMPRESS_MIN_BYTES ? negotiate(req.headers['accept-encoding']) : null;
  if (!encoding) {
    res.setHeader('content-length', raw.length);
    res.end(raw);
    return;
  }
  const out = await compress(raw, encoding);
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', out.length);
  res.end(out);
}

function appendVary(v: http.OutgoingHttpHeader | undefined): string {
  const list = (Array.isArray(v) ? v.join(',') : String(v ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  if (!list.some((x) => x.toLowerCase() === 'accept-encoding')) list.push('Accept-Encoding');
  return list.join(', ');
}
