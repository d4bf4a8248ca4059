import type { LookupAddress } from 'node:dns';
import { once } from 'node:events';
import type { ClientRequestArgs, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnection, isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { PassThrough } from 'node:stream';
import { WirefeedError } from '@wirefeed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from './http-get.ts';
import type { HttpTransport } from './http-request.ts';

// SAFETY: this sandbox flags traffic to non-loopback addresses. Every test that names one goes through
// `tripwire()`, whose socket factory connects to 127.0.0.1 and nothing else: a guard bug fails the test
// ("tripwire: …") instead of sending a packet. Real sockets are used only for loopback.

const PUBLIC_V4 = '93.184.215.14';
const PUBLIC_V6 = '2606:2800:21f:cb07:6820:80da:af6b:8b2c';

interface Tripwire {
  transport: HttpTransport;
  /** Addresses a connection was asked for that the tripwire refused to open. */
  attempts: string[];
  /** Hostnames the resolver was asked about. */
  resolved: string[];
}

/**
 * A resolver answering from `names`, and a socket factory that does what net.connect does (use the
 * `lookup` it is handed for a name, all addresses at once) but opens a real socket only to 127.0.0.1.
 */
function tripwire(names: Record<string, readonly string[]>): Tripwire {
  const attempts: string[] = [];
  const resolved: string[] = [];
  const connect = (address: string, port: number): Duplex => {
    if (address === '127.0.0.1') return createConnection({ host: address, port });
    attempts.push(address);
    throw new Error(`tripwire: connection to ${address}:${port} attempted`);
  };
  const createConnectionTripwire = (
    options: ClientRequestArgs,
    oncreate: (err: Error | null, socket: Duplex) => void,
  ): Duplex | undefined => {
    const host = options.host ?? '';
    const port = Number(options.port);
    if (isIP(host) !== 0) return connect(host, port);
    if (!options.lookup) throw new Error('tripwire: no lookup handed to the socket factory');
    options.lookup(host, { all: true }, (err, addresses) => {
      if (err) return oncreate(err, new PassThrough());
      try {
        const list = addresses as LookupAddress[];
        oncreate(null, connect(list[0]?.address ?? '', port));
      } catch (e) {
        oncreate(e as Error, new PassThrough());
      }
    });
    return undefined;
  };
  return {
    attempts,
    resolved,
    transport: {
      resolve: async (hostname) => {
        resolved.push(hostname);
        const addresses = names[hostname];
        if (!addresses)
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        return addresses.map((address) => ({ address, family: isIP(address) }));
      },
      createConnection: createConnectionTripwire,
    },
  };
}

async function failure(promise: Promise<unknown>): Promise<WirefeedError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WirefeedError);
  return err as WirefeedError;
}

async function blocked(promise: Promise<unknown>): Promise<WirefeedError> {
  const err = await failure(promise);
  expect(err.code, err.message).toBe('WF_E_FETCH_BLOCKED');
  expect(err.retryable).toBe(false);
  return err;
}

let server: Server;
let port = 0;
let base = '';

function route(req: IncomingMessage, res: ServerResponse): void {
  const to = /^\/to\/(.+)$/.exec(req.url ?? '')?.[1];
  if (to) res.writeHead(302, { location: decodeURIComponent(to) }).end();
  else res.end('served');
}

beforeAll(async () => {
  server = createServer(route);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const text = (body: Uint8Array) => new TextDecoder().decode(body);
const via = (target: string) => `${base}/to/${encodeURIComponent(target)}`;

describe('the guard on loopback, with real sockets', () => {
  it('refuses 127.0.0.1 unless it is allow-listed', async () => {
    const err = await blocked(httpGet(`${base}/`));
    expect(err.message).toBe(
      `refused 127.0.0.1 (loopback): private network; allow it with WIREFEED_ALLOW_PRIVATE_NETWORKS`,
    );
    expect(err.details).toMatchObject({ address: '127.0.0.1', port, range: 'loopback' });
    const res = await httpGet(`${base}/`, { allowPrivate: ['127.0.0.1'] });
    expect(text(res.body)).toBe('served');
  });

  it('serves an allow-list entry given as a CIDR or as host:port, on that port only', async () => {
    expect((await httpGet(`${base}/`, { allowPrivate: ['127.0.0.0/8'] })).status).toBe(200);
    expect((await httpGet(`${base}/`, { allowPrivate: [`127.0.0.1:${port}`] })).status).toBe(200);
    await blocked(httpGet(`${base}/`, { allowPrivate: [`127.0.0.1:${port === 1 ? 2 : 1}`] }));
  });

  it('refuses localhost through the lookup, and serves it when allow-listed by name', async () => {
    const err = await blocked(httpGet(`http://localhost:${port}/`));
    expect(err.message).toMatch(/^refused localhost at (127\.0\.0\.1|::1) \(loopback\)/);
    const res = await httpGet(`http://localhost:${port}/`, { allowPrivate: ['localhost'] });
    expect(text(res.body)).toBe('served');
  });

  it.each(['2130706433', '0x7f000001', '0177.0.0.1', '127.1', '0x7f.0.0.1', '127.0.0.1.'])(
    'refuses the loopback literal %s, read as 127.0.0.1',
    async (host) => {
      const url = `http://${host}:${port}/`;
      expect(new URL(url).hostname).toBe('127.0.0.1');
      const err = await blocked(httpGet(url));
      expect(err.details).toMatchObject({ address: '127.0.0.1', range: 'loopback' });
    },
  );

  it('refuses a redirect from an allowed server to 127.0.0.2 at that hop', async () => {
    const err = await blocked(httpGet(via(`http://127.0.0.2:${port}/`), { allowPrivate: ['127.0.0.1'] }));
    expect(err.details).toMatchObject({ address: '127.0.0.2', range: 'loopback' });
  });

  it('holds a name entry to that name: localhost allowed, its address 127.0.0.1 refused at the next hop', async () => {
    const start = `http://localhost:${port}/to/${encodeURIComponent(`${base}/`)}`;
    const err = await blocked(httpGet(start, { allowPrivate: ['localhost'] }));
    expect(err.details).toMatchObject({ host: '127.0.0.1', range: 'loopback' });
  });

  it('lets an address entry cover any name that resolves to it', async () => {
    expect((await httpGet(`http://localhost:${port}/`, { allowPrivate: ['127.0.0.1'] })).status).toBe(200);
  });

  it('follows a redirect between allow-listed loopback URLs', async () => {
    const res = await httpGet(via(`http://localhost:${port}/`), { allowPrivate: ['127.0.0.1', 'localhost'] });
    expect(text(res.body)).toBe('served');
    expect(res.redirects).toHaveLength(1);
  });
});

describe('the guard on other addresses, behind the tripwire', () => {
  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['[::1]', 'loopback'],
    ['[::]', 'unspecified'],
    ['[fc00::1]', 'uniqueLocal'],
    ['[fe80::1]', 'linkLocal'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['[::ffff:169.254.169.254]', 'linkLocal'],
    ['[64:ff9b::a00:1]', 'private'],
    ['[::7f00:1]', 'ipv4Compatible'],
  ])('refuses the literal %s before any socket is made', async (host, range) => {
    const { transport, attempts } = tripwire({});
    const err = await blocked(httpGet(`http://${host}/latest/meta-data/`, { transport }));
    expect(err.details).toMatchObject({ range });
    expect(attempts).toEqual([]);
  });

  it.each([
    ['private', ['10.1.2.3']],
    ['linkLocal', ['169.254.169.254']],
    ['carrierGradeNat', ['100.64.0.1']],
    ['uniqueLocal', ['fd00::1']],
    ['linkLocal', ['fe80::1']],
    ['unspecified', ['0.0.0.0']],
    ['loopback', ['::ffff:127.0.0.1']],
    ['private', [PUBLIC_V4, '192.168.0.10']],
    ['loopback', [PUBLIC_V6, '::1']],
  ])('refuses a name that resolves to a %s address %j', async (range, addresses) => {
    const { transport, attempts } = tripwire({ 'feeds.example': addresses });
    for (const scheme of ['http', 'https']) {
      const err = await blocked(httpGet(`${scheme}://feeds.example/rss`, { transport }));
      expect(err.message).toMatch(/^refused feeds\.example at /);
      expect(err.details).toMatchObject({ range });
    }
    expect(attempts).toEqual([]);
  });

  it('connects a public name to exactly the address it checked, resolved once', async () => {
    let calls = 0;
    const { transport, attempts } = tripwire({});
    // Rebinding: the second answer is private. The guard must never ask twice for one connection.
    transport.resolve = async () =>
      ++calls === 1 ? [{ address: PUBLIC_V4, family: 4 }] : [{ address: '10.0.0.1', family: 4 }];
    const err = await failure(httpGet('http://feeds.example/rss', { transport }));
    expect(err.message).toMatch(/tripwire/);
    expect(attempts).toEqual([PUBLIC_V4]);
    expect(calls).toBe(1);
  });

  it('refuses a public name on a port outside allowedPorts, and allows it when listed', async () => {
    const { transport, attempts } = tripwire({ 'feeds.example': [PUBLIC_V4] });
    const err = await blocked(httpGet('http://feeds.example:8080/rss', { transport }));
    expect(err.message).toMatch(/port 8080: not among the allowed ports \(80, 443\)/);
    await blocked(httpGet(`http://${PUBLIC_V4}:8080/rss`, { transport }));
    expect(attempts).toEqual([]);
    await failure(httpGet('http://feeds.example:8080/rss', { transport, allowedPorts: [8080] }));
    expect(attempts).toEqual([PUBLIC_V4]);
  });

  it('lets an allow-listed private network through on any port', async () => {
    const { transport, attempts } = tripwire({ 'wire.lan': ['10.20.30.40'] });
    await failure(httpGet('http://wire.lan:8080/rss', { transport, allowPrivate: ['10.0.0.0/8'] }));
    await failure(httpGet('http://10.20.30.41:9000/rss', { transport, allowPrivate: ['10.0.0.0/8'] }));
    expect(attempts).toEqual(['10.20.30.40', '10.20.30.41']);
  });

  it('refuses each redirect hop on its own: literal, name, and a name that rebinds', async () => {
    const { transport, attempts, resolved } = tripwire({
      'metadata.test': ['169.254.169.254'],
      'feeds.example': [PUBLIC_V4],
    });
    const allowPrivate = ['127.0.0.1'];
    const literal = await blocked(
      httpGet(via('http://169.254.169.254/latest/meta-data/'), { transport, allowPrivate }),
    );
    expect(literal.message).toMatch(/^refused 169\.254\.169\.254 \(linkLocal\)/);
    const named = await blocked(httpGet(via('http://metadata.test/'), { transport, allowPrivate }));
    expect(named.details).toMatchObject({ host: 'metadata.test', address: '169.254.169.254' });
    const mapped = await blocked(httpGet(via('http://[::ffff:a9fe:a9fe]/'), { transport, allowPrivate }));
    expect(mapped.details).toMatchObject({ range: 'linkLocal' });
    expect(resolved).toEqual(['metadata.test']);
    expect(attempts).toEqual([]);
  });

  it('refuses a bad allow-list entry with WF_E_CONFIG before connecting', async () => {
    const { transport, attempts } = tripwire({});
    const err = await failure(httpGet('http://feeds.example/', { transport, allowPrivate: ['10/8'] }));
    expect(err.code).toBe('WF_E_CONFIG');
    expect(attempts).toEqual([]);
  });
});
