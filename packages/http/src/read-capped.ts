import type { IncomingMessage } from 'node:http';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { WirefeedError } from '@wirefeed/core';

// Sync flush at the end, as browsers and undici do: a body cut short still yields what arrived
// instead of failing with "unexpected end of file".
const ZLIB_OPTIONS = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
const BROTLI_OPTIONS = {
  flush: zlib.constants.BROTLI_OPERATION_FLUSH,
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
};

function tooLarge(url: string, maxBytes: number): WirefeedError {
  return new WirefeedError('WF_E_FETCH_TOO_LARGE', `response body exceeds ${maxBytes} bytes`, {
    details: { url, maxBytes },
  });
}

// "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate; the first
// byte tells them apart (a zlib header's low nibble is 8, the deflate method).
function inflateEither(): Transform {
  let inner: zlib.Inflate | zlib.InflateRaw | undefined;
  const outer = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!inner) {
        const wrapped = ((chunk[0] ?? 0) & 0x0f) === 0x08;
        inner = wrapped ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
        inner.on('data', (out: Buffer) => outer.push(out));
        inner.on('error', (err) => outer.destroy(err));
      }
      inner.write(chunk, () => done());
    },
    flush(done) {
      if (!inner) return done();
      inner.once('end', () => done());
      inner.end();
    },
    destroy(err, done) {
      inner?.destroy();
      done(err);
    },
  });
  return outer;
}

/** Decoders for a Content-Encoding, in the order to apply them; `undefined` for a coding we do not know. */
function decoders(contentEncoding: string | undefined): Transform[] | undefined {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  const known = ['gzip', 'x-gzip', 'deflate', 'br'];
  if (!codings.every((c) => known.includes(c))) return undefined;
  // Codings are listed in the order they were applied, so they come off last first.
  return codings.reverse().map((coding) => {
    if (coding === 'deflate') return inflateEither();
    if (coding === 'br') return zlib.createBrotliDecompress(BROTLI_OPTIONS);
    return zlib.createGunzip(ZLIB_OPTIONS);
  });
}

/**
 * Reads a response body whole, decompressing it (gzip, deflate, br) and counting the bytes after
 * decompression, and gives up as soon as the count passes `maxBytes`, so a small compressed body that
 * inflates without end costs at most one chunk past the cap. A coding it does not know is passed
 * through as it came, as fetch does.
 */
export async function readCapped(
  res: IncomingMessage,
  maxBytes: number,
  url: string,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const stages = decoders(res.headers['content-encoding']) ?? [];
  const declared = Number(res.headers['content-length']);
  // Content-Length counts the bytes on the wire, so it settles the question only for plain bodies.
  if (stages.length === 0 && declared > maxBytes) {
    res.destroy();
    throw tooLarge(url, maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.byteLength;
      // Failing the write makes pipeline destroy the socket and every decoder at once.
      if (total > maxBytes) return done(tooLarge(url, maxBytes));
      chunks.push(chunk);
      done();
    },
  });
  await pipeline([res, ...stages, sink], { signal });
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
