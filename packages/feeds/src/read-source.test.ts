import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WirefeedError } from '@wirefeed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeedSource } from './read-source.ts';

const RSS = '<rss version="2.0"><channel><title>Served</title></channel></rss>';
let server: Server;
let base = '';
let dir = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed')
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(RSS);
    else if (req.url === '/moved') res.writeHead(301, { location: '/feed' }).end();
    else if (req.url === '/accept') res.end(req.headers.accept);
    else if (req.url === '/busy') res.writeHead(429, { 'retry-after': '30' }).end();
    else if (req.url === '/down') res.writeHead(503).end();
    else res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'wirefeed-feeds-'));
  await writeFile(join(dir, 'feed.xml'), RSS);
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await rm(dir, { recursive: true, force: true });
});

// The test server is on loopback, which the guarded client refuses unless told otherwise.
const LOCAL = { allowPrivate: ['127.0.0.1'] };

async function failure(source: string, options = {}): Promise<WirefeedError> {
  const err = await readFeedSource(source, { ...LOCAL, ...options }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(WirefeedError);
  return err as WirefeedError;
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('readFeedSource over http', () => {
  it('returns body, final URL and content type after redirects', async () => {
    const source = await readFeedSource(`${base}/moved`, LOCAL);
    expect(source).toMatchObject({ url: `${base}/feed`, contentType: 'application/rss+xml; charset=utf-8' });
    expect(text(source.body)).toBe(RSS);
  });

  it('asks for feed media types', async () => {
    expect(text((await readFeedSource(`${base}/accept`, LOCAL)).body)).toMatch(
      /^application\/rss\+xml, application\/atom\+xml/,
    );
  });

  it.each([
    ['/missing', 'WF_E_FETCH_HTTP_4XX', 404],
    ['/busy', 'WF_E_FETCH_HTTP_429', 429],
    ['/down', 'WF_E_FETCH_HTTP_5XX', 503],
  ])('turns %s into %s with the status in details', async (path, code, status) => {
    const err = await failure(`${base}${path}`);
    expect(err.code).toBe(code);
    expect(err.details).toMatchObject({ status, url: `${base}${path}` });
  });

  it('passes the Retry-After of a 429 on', async () => {
    expect((await failure(`${base}/busy`)).details).toMatchObject({ retryAfter: '30' });
  });
});

describe('readFeedSource from files', () => {
  it('reads a path and a file:// URL', async () => {
    const path = join(dir, 'feed.xml');
    const byPath = await readFeedSource(path);
    expect(byPath.url).toBe(pathToFileURL(path).href);
    expect(text(byPath.body)).toBe(RSS);
    expect(text((await readFeedSource(pathToFileURL(path).href)).body)).toBe(RSS);
  });

  it('fails with WF_E_FILE_READ on a missing file, a directory, or a file past the cap', async () => {
    const missing = await failure(join(dir, 'nope.xml'));
    expect(missing).toMatchObject({ code: 'WF_E_FILE_READ', details: { path: join(dir, 'nope.xml') } });
    expect((missing.cause as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect((await failure(dir)).message).toMatch(/not a regular file/);
    expect((await failure(join(dir, 'feed.xml'), { maxBytes: 10 })).message).toMatch(/larger than 10 bytes/);
    expect((await failure('file://remote-host/feed.xml')).code).toBe('WF_E_FILE_READ');
  });

  it('refuses other URL schemes', async () => {
    expect((await failure('ftp://files.example/feed.xml')).code).toBe('WF_E_FETCH_BLOCKED');
  });
});
