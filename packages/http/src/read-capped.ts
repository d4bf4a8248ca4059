import { WirefeedError } from '@wirefeed/core';

function tooLarge(url: string, maxBytes: number): WirefeedError {
  return new WirefeedError('WF_E_FETCH_TOO_LARGE', `response body exceeds ${maxBytes} bytes`, {
    details: { url, maxBytes },
  });
}

/**
 * Reads a response body whole, counting the bytes fetch hands over (already decompressed), and gives
 * up as soon as the count passes `maxBytes`, so a small compressed body that inflates without end
 * costs at most one chunk past the cap.
 */
export async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  // Content-Length counts compressed bytes, so it can only settle the question for identity bodies.
  if (!res.headers.has('content-encoding') && declared > maxBytes) {
    void res.body?.cancel().catch(() => undefined);
    throw tooLarge(url, maxBytes);
  }
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: tearing the stream down must not extend the exchange past its deadline.
      void reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
