import type { IncomingMessage } from 'node:http';

/**
 * - `body`: read to the end; `body` is undefined when it was not kept (`keep: false`)
 * - `too-large`: declared or streamed past `maxBytes`; the rest is not read
 * - `timeout`: not all there within `timeoutMs`
 * - `aborted`: the sender went away, or the stream failed
 */
export type PushBodyRead =
  | { kind: 'body'; body: Buffer | undefined; bytes: number }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export interface PushBodyOptions {
  maxBytes: number;
  /** For the whole body: a slow sender must not hold a reading slot for long. */
  timeoutMs: number;
  /** Keep the chunks and return them joined; false drops them once `onChunk` has seen them. */
  keep: boolean;
  /** Sees every chunk as it arrives (the signature check). */
  onChunk?: (chunk: Buffer) => void;
}

/** Reads a push's body within a size cap and a deadline. Never rejects. */
export function readPushBody(req: IncomingMessage, options: PushBodyOptions): Promise<PushBodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const settle = (result: PushBodyRead) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      // Stops reading from the socket: what is left is not wanted, and the reply closes it.
      if (result.kind !== 'body') req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > options.maxBytes) {
        settle({ kind: 'too-large' });
        return;
      }
      options.onChunk?.(chunk);
      if (options.keep) chunks.push(chunk);
    };
    const timer = setTimeout(() => settle({ kind: 'timeout' }), options.timeoutMs);
    req.on('data', onData);
    req.once('end', () =>
      settle({ kind: 'body', body: options.keep ? Buffer.concat(chunks, bytes) : undefined, bytes }),
    );
    req.once('error', () => settle({ kind: 'aborted' }));
    // 'close' before 'end' is a sender that hung up mid-body: without it the slot would wait out the deadline.
    req.once('close', () => settle({ kind: 'aborted' }));
  });
}
