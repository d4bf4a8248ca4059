import { describe, expect, it } from 'vitest';
import { checkUrl } from './check-url.ts';
import type { Resolver } from './network-guard.ts';

const resolvesTo =
  (address: string): Resolver =>
  async () => [{ address, family: address.includes(':') ? 6 : 4 }];
const unresolvable: Resolver = async () => {
  throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
};

describe('checkUrl', () => {
  it('accepts a public http(s) URL', async () => {
    expect(
      await checkUrl('https://news.example/feed.xml', { resolve: resolvesTo('93.184.216.34') }),
    ).toBeUndefined();
  });

  it('refuses other schemes and what is not a URL, saying why', async () => {
    expect((await checkUrl('ftp://files.example/feed.xml'))?.message).toBe(
      'scheme ftp: is not supported: http and https only',
    );
    expect((await checkUrl('not a url'))?.message).toBe('not a url is not a valid URL');
  });

  it('refuses a private address, literal or resolved, unless allowed', async () => {
    const literal = await checkUrl('http://10.0.0.1/feed.xml');
    expect(literal?.code).toBe('WF_E_FETCH_BLOCKED');
    expect(literal?.message).toMatch(/private network; allow it with WIREFEED_ALLOW_PRIVATE_NETWORKS/);
    expect(
      (await checkUrl('http://intranet.example/f', { resolve: resolvesTo('192.168.1.5') }))?.message,
    ).toMatch(/intranet\.example at 192\.168\.1\.5/);
    expect(await checkUrl('http://10.0.0.1/feed.xml', { allowPrivate: ['10.0.0.0/8'] })).toBeUndefined();
  });

  it('refuses a port that is not allowed', async () => {
    expect((await checkUrl('http://93.184.216.34:8080/feed'))?.message).toMatch(/port 8080/);
  });

  it('lets a name through that does not resolve now, or not in time: the connect-time guard decides', async () => {
    expect(await checkUrl('https://wire.example/feed', { resolve: unresolvable })).toBeUndefined();
    const never: Resolver = () => new Promise(() => undefined);
    expect(await checkUrl('https://slow.example/feed', { resolve: never, timeoutMs: 20 })).toBeUndefined();
  });
});
