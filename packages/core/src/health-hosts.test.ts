import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHealthServer, hostAllowed, hostName } from './health.ts';

function get(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('allowed Host names', () => {
  it('reads the name of a Host header, without its port', () => {
    expect(hostName('Example.ORG:3000')).toBe('example.org');
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName('127.0.0.1')).toBe('127.0.0.1');
    expect(hostName(undefined)).toBeUndefined();
    expect(hostAllowed('evil.example:3000', new Set(['localhost']))).toBe(false);
    expect(hostAllowed(undefined, new Set(['localhost']))).toBe(false);
  });

  describe('on the health server', () => {
    let server: Server;
    let port = 0;
    beforeAll(async () => {
      server = createHealthServer({
        checks: [],
        allowedHosts: ['localhost', '127.0.0.1', 'wire.example'],
        routes: [
          (_req, res) => {
            res.writeHead(200).end('route');
            return true;
          },
        ],
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => server.close());

    it('answers every path, /readyz and /metrics too, only for the allowed names', async () => {
      for (const path of ['/healthz', '/readyz', '/metrics', '/api/pipeline', '/websub/x/y']) {
        expect(await get(port, path, `127.0.0.1:${port}`)).toBe(200);
        expect(await get(port, path, 'WIRE.example')).toBe(200);
        // A page elsewhere whose name was rebound to this address.
        expect(await get(port, path, `rebound.attacker.example:${port}`)).toBe(421);
      }
    });
  });
});
