import { once } from 'node:events';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WirefeedError } from '@wirefeed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequestOptions } from './http-request.ts';
import { httpRequest } from './http-request.ts';

interface Echo {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const redirect = /^\/(30[12378])$/.exec(req.url ?? '')?.[1];
  if (redirect) {
    res.writeHead(Number(redirect), { location: '/echo' }).end();
    return;
  }
  const echo: Echo = {
    method: req.method ?? '',
    url: req.url ?? '',
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
  res
    .writeHead(req.url === '/created' ? 201 : 200, { 'content-type': 'application/json' })
    .end(JSON.stringify(echo));
}

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => void route(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

// Loopback test server: allow-listed, as a webhook target inside the network would be.
async function send(
  path: string,
  options: HttpRequestOptions,
): Promise<Echo & { status: number; redirects: number }> {
  const res = await httpRequest(`${base}${path}`, { allowPrivate: ['127.0.0.1'], ...options });
  const echo = JSON.parse(new TextDecoder().decode(res.body)) as Echo;
  return { ...echo, status: res.status, redirects: res.redirects.length };
}

const POST = {
  method: 'POST',
  body: '{"id":"s1","version":2}',
  headers: { 'Content-Type': 'application/json', Authorization: 'Bearer hook' },
};

describe('httpRequest', () => {
  it('POSTs a string body with its Content-Length', async () => {
    const echo = await send('/created', POST);
    expect(echo).toMatchObject({ status: 201, method: 'POST', body: POST.body });
    expect(echo.headers['content-length']).toBe(String(Buffer.byteLength(POST.body)));
    expect(echo.headers['content-type']).toBe('application/json');
  });

  it('sends a Uint8Array body as bytes', async () => {
    const echo = await send('/echo', { method: 'PUT', body: new TextEncoder().encode('é') });
    expect(echo).toMatchObject({ method: 'PUT', body: 'é' });
    expect(echo.headers['content-length']).toBe('2');
  });

  it.each([307, 308])('keeps the method and body across a %i', async (status) => {
    const echo = await send(`/${status}`, POST);
    expect(echo).toMatchObject({ method: 'POST', body: POST.body, url: '/echo', redirects: 1 });
    expect(echo.headers['content-type']).toBe('application/json');
  });

  it.each([301, 302, 303])('turns a POST into a body-less GET across a %i', async (status) => {
    const echo = await send(`/${status}`, POST);
    expect(echo).toMatchObject({ method: 'GET', body: '', url: '/echo', redirects: 1 });
    expect(echo.headers['content-type']).toBeUndefined();
    expect(echo.headers['content-length']).toBeUndefined();
    // Same origin: the credential stays.
    expect(echo.headers.authorization).toBe('Bearer hook');
  });

  it('refuses a private destination for a POST just as for a GET', async () => {
    const err = await httpRequest(`${base}/echo`, POST).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WirefeedError);
    expect((err as WirefeedError).code).toBe('WF_E_FETCH_BLOCKED');
  });
});
