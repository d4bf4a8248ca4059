import { once } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { WirefeedError } from '@wirefeed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyStatus } from './classify-status.ts';
import type { HttpGetOptions } from './http-get.ts';
import { httpGet } from './http-get.ts';
import { DEFAULT_USER_AGENT } from './http-request.ts';

const GZIP_BODY = gzipSync('<rss>compressed</rss>');
// 64 MiB of zeros squeezes into about 64 KiB: past the default 15 MiB cap only once inflated.
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));
const BR_BOMB = brotliCompressSync(Buffer.alloc(64 * 1024 * 1024));
const DEFLATE_BOMB = deflateRawSync(Buffer.alloc(64 * 1024 * 1024));
const ENCODED: Record<string, [string, Buffer]> = {
  '/deflate': ['deflate', deflateSync('<rss>zlib</rss>')],
  // Servers that say "deflate" but send it without the zlib wrapper.
  '/deflate-raw': ['deflate', deflateRawSync('<rss>raw</rss>')],
  '/br': ['br', brotliCompressSync('<rss>brotli</rss>')],
  // Applied gzip first, then br: decoded br first.
  '/gzip-br': ['gzip, br', brotliCompressSync(gzipSync('<rss>both</rss>'))],
  '/unknown': ['x-unknown', Buffer.from('as sent')],
  '/br-bomb': ['br', BR_BOMB],
  '/deflate-bomb': ['deflate', DEFLATE_BOMB],
};

function redirect(res: ServerResponse, location: string, status = 302): void {
  res.writeHead(status, { location }).end();
}

function drip(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const timer = setInterval(() => res.write('.'), 50);
  // Far past any deadline a test sets: only the deadline can end the request in time.
  const stop = setTimeout(() => res.end(), 60_000);
  res.on('close', () => {
    clearInterval(timer);
    clearTimeout(stop);
  });
}

function route(req: IncomingMessage, res: ServerResponse, other: string): void {
  const path = req.url ?? '/';
  const chain = /^\/chain\/(\d+)$/.exec(path);
  if (chain) {
    const left = Number(chain[1]);
    // Relative targets, so resolution against the current URL is exercised on every hop.
    if (left > 0) redirect(res, `${left - 1}`, left % 2 ? 301 : 307);
    else res.end('landed');
  } else if (path === '/ok') res.end('hello');
  else if (path === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(GZIP_BODY);
  else if (path === '/bomb') res.writeHead(200, { 'content-encoding': 'gzip' }).end(BOMB);
  else if (ENCODED[path]) {
    const [coding, body] = ENCODED[path];
    res.writeHead(200, { 'content-encoding': coding }).end(body);
  } else if (path === '/drip') drip(res);
  else if (path === '/503') res.writeHead(503).end('down');
  else if (path === '/429') res.writeHead(429, { 'retry-after': '120' }).end('slow down');
  else if (path === '/ftp') redirect(res, 'ftp://files.example/feed.xml');
  else if (path === '/no-location') res.writeHead(302).end();
  else if (path === '/cross') redirect(res, `${other}/echo`);
  else if (path === '/echo') res.end(JSON.stringify(req.headers));
  else res.writeHead(404).end();
}

async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<[Server, string]> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return [server, `http://127.0.0.1:${port}`];
}

let servers: Server[] = [];
let base = '';

beforeAll(async () => {
  const [other, otherBase] = await listen((req, res) => route(req, res, ''));
  const [main, mainBase] = await listen((req, res) => route(req, res, otherBase));
  servers = [main, other];
  base = mainBase;
});

afterAll(() => {
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
});

async function failure(promise: Promise<unknown>): Promise<WirefeedError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WirefeedError);
  return err as WirefeedError;
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

// The test servers listen on loopback, which the guard refuses unless it is allow-listed.
const get = (url: string, options: HttpGetOptions = {}) =>
  httpGet(url, { allowPrivate: ['127.0.0.1'], ...options });

describe('httpGet', () => {
  it('returns status, final URL, headers and body', async () => {
    const res = await get(`${base}/ok`);
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/ok`);
    expect(res.redirects).toEqual([]);
    expect(text(res.body)).toBe('hello');
  });

  it('sends its User-Agent and Accept-Encoding, and lets the caller override them', async () => {
    const sent = JSON.parse(text((await get(`${base}/echo`)).body));
    expect(sent['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(sent['accept-encoding']).toBe('gzip, deflate, br');
    const custom = await get(`${base}/echo`, {
      headers: { 'User-Agent': 'probe/1', Accept: 'text/xml' },
    });
    expect(JSON.parse(text(custom.body))).toMatchObject({ 'user-agent': 'probe/1', accept: 'text/xml' });
  });

  it('decompresses a gzip body', async () => {
    expect(text((await get(`${base}/gzip`)).body)).toBe('<rss>compressed</rss>');
  });

  it('decompresses deflate (wrapped and raw), br, and stacked codings', async () => {
    expect(text((await get(`${base}/deflate`)).body)).toBe('<rss>zlib</rss>');
    expect(text((await get(`${base}/deflate-raw`)).body)).toBe('<rss>raw</rss>');
    expect(text((await get(`${base}/br`)).body)).toBe('<rss>brotli</rss>');
    expect(text((await get(`${base}/gzip-br`)).body)).toBe('<rss>both</rss>');
    // As fetch does: a coding it cannot undo comes back as it was sent.
    expect(text((await get(`${base}/unknown`)).body)).toBe('as sent');
  });

  it('follows a chain of 2 redirects, resolving each target against the current URL', async () => {
    const res = await get(`${base}/chain/2`);
    expect(text(res.body)).toBe('landed');
    expect(res.url).toBe(`${base}/chain/0`);
    expect(res.redirects).toEqual([
      { status: 307, from: `${base}/chain/2`, to: `${base}/chain/1` },
      { status: 301, from: `${base}/chain/1`, to: `${base}/chain/0` },
    ]);
  });

  it('refuses a chain of 6 redirects', async () => {
    const err = await failure(get(`${base}/chain/6`));
    expect(err.code).toBe('WF_E_FETCH_REDIRECTS');
    expect(err.retryable).toBe(false);
    expect(await get(`${base}/chain/6`, { maxRedirects: 6 })).toMatchObject({ status: 200 });
  });

  it('blocks a redirect to ftp:// and a non-http URL', async () => {
    expect((await failure(get(`${base}/ftp`))).code).toBe('WF_E_FETCH_BLOCKED');
    expect((await failure(get('file:///etc/passwd'))).code).toBe('WF_E_FETCH_BLOCKED');
    expect((await failure(get('not a url'))).code).toBe('WF_E_FETCH_BLOCKED');
    expect((await failure(get('http://user:pw@127.0.0.1/'))).code).toBe('WF_E_FETCH_BLOCKED');
  });

  it('drops credentials when a redirect leaves the origin', async () => {
    const res = await get(`${base}/cross`, {
      headers: { Authorization: 'Bearer secret', 'X-Keep': 'yes' },
    });
    const sent = JSON.parse(text(res.body));
    expect(sent.authorization).toBeUndefined();
    expect(sent['x-keep']).toBe('yes');
  });

  it('times out a body that drips past the total deadline', async () => {
    const err = await failure(get(`${base}/drip`, { deadlineMs: 300 }));
    expect(err.code).toBe('WF_E_FETCH_TIMEOUT');
    expect(err.retryable).toBe(true);
  });

  it("reports the caller's abort as a timeout", async () => {
    const err = await failure(get(`${base}/drip`, { signal: AbortSignal.timeout(100) }));
    expect(err.code).toBe('WF_E_FETCH_TIMEOUT');
    expect(err.message).toMatch(/caller/);
  });

  it('stops reading a zip bomb once the inflated size passes the cap', async () => {
    expect(BOMB.byteLength).toBeLessThan(1024 * 1024);
    const err = await failure(get(`${base}/bomb`));
    expect(err.code).toBe('WF_E_FETCH_TOO_LARGE');
    expect((await failure(get(`${base}/ok`, { maxBytes: 4 }))).code).toBe('WF_E_FETCH_TOO_LARGE');
  });

  it('caps br and deflate bombs the same way', async () => {
    expect(BR_BOMB.byteLength + DEFLATE_BOMB.byteLength).toBeLessThan(1024 * 1024);
    expect((await failure(get(`${base}/br-bomb`))).code).toBe('WF_E_FETCH_TOO_LARGE');
    expect((await failure(get(`${base}/deflate-bomb`))).code).toBe('WF_E_FETCH_TOO_LARGE');
  });

  it('returns 503 and 429 without throwing; classifyStatus names them', async () => {
    const down = await get(`${base}/503`);
    expect(down.status).toBe(503);
    expect(classifyStatus(down.status)).toBe('WF_E_FETCH_HTTP_5XX');
    const slow = await get(`${base}/429`);
    expect(slow.status).toBe(429);
    expect(slow.headers.get('retry-after')).toBe('120');
    expect(classifyStatus(slow.status)).toBe('WF_E_FETCH_HTTP_429');
    const missing = await get(`${base}/nowhere`);
    expect(classifyStatus(missing.status)).toBe('WF_E_FETCH_HTTP_4XX');
  });

  it('hands back a redirect without Location as it came', async () => {
    const res = await get(`${base}/no-location`);
    expect(res.status).toBe(302);
    expect(classifyStatus(res.status)).toBe('WF_E_FETCH_REDIRECTS');
  });

  it('wraps a refused connection as a network error with its cause', async () => {
    const [closed, closedBase] = await listen(() => undefined);
    closed.close();
    await once(closed, 'close');
    const err = await failure(get(`${closedBase}/`));
    expect(err.code).toBe('WF_E_FETCH_NETWORK');
    expect(err.cause).toBeInstanceOf(Error);
    expect(err.message).toMatch(/ECONNREFUSED/);
  });
});
