import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { WirefeedError } from '@wirefeed/core';
import { describe, expect, it } from 'vitest';
import type { Resolver } from './network-guard.ts';
import { checkDestination, classifyAddress, compileNetworkPolicy, guardedLookup } from './network-guard.ts';

// Pure functions only: nothing here opens a socket or asks a real resolver.

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.0.0.2', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['100.127.255.254', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'], // benchmarking, RFC 2544
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fec0::1', 'deprecatedSiteLocal'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['2001:2::1', 'benchmarking'],
    ['100::1', 'discard'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
    ['64:ff9b:1::a00:1', 'rfc6052'], // local-use NAT64, RFC 8215
    ['0:1::1', 'reserved'],
  ])('blocks %s (%s)', (address, range) => {
    expect(classifyAddress(address)).toMatchObject({ range, blocked: true });
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback', 'ipv4Mapped', '127.0.0.1'],
    ['::ffff:7f00:1', 'loopback', 'ipv4Mapped', '127.0.0.1'],
    ['::ffff:a9fe:a9fe', 'linkLocal', 'ipv4Mapped', '169.254.169.254'],
    ['::ffff:10.0.0.1', 'private', 'ipv4Mapped', '10.0.0.1'],
    ['::ffff:0:a00:1', 'private', 'rfc6145', '10.0.0.1'],
    ['64:ff9b::7f00:1', 'loopback', 'rfc6052', '127.0.0.1'],
    ['64:ff9b::a9fe:a9fe', 'linkLocal', 'rfc6052', '169.254.169.254'],
    ['2002:c0a8:101::1', 'private', '6to4', '192.168.1.1'],
    ['2002:7f00:1::', 'loopback', '6to4', '127.0.0.1'],
    ['::7f00:1', 'ipv4Compatible', 'ipv4Compatible', '127.0.0.1'],
    ['::8.8.8.8', 'ipv4Compatible', 'ipv4Compatible', '8.8.8.8'],
  ])('blocks %s by the IPv4 address it carries (%s)', (address, range, form, ipv4) => {
    expect(classifyAddress(address)).toEqual({ range, blocked: true, via: { form, ipv4 } });
  });

  it.each(['93.184.215.14', '8.8.8.8', '100.128.0.1', '172.32.0.1', '2606:4700::1111'])(
    'lets %s through',
    (address) => {
      expect(classifyAddress(address)).toEqual({ range: 'unicast', blocked: false });
    },
  );

  it('judges mapped, NAT64 and 6to4 forms of a public address by that address', () => {
    expect(classifyAddress('::ffff:8.8.8.8')).toMatchObject({ range: 'unicast', blocked: false });
    expect(classifyAddress('64:ff9b::808:808')).toMatchObject({ range: 'unicast', blocked: false });
    expect(classifyAddress('2002:808:808::1')).toMatchObject({ range: 'unicast', blocked: false });
  });

  it('accepts brackets and blocks anything that is not a canonical address', () => {
    expect(classifyAddress('[::1]')).toMatchObject({ range: 'loopback', blocked: true });
    for (const text of ['127.1', '2130706433', '0x7f000001', 'localhost', '', '1.2.3.256']) {
      expect(classifyAddress(text)).toEqual({ range: 'invalid', blocked: true });
    }
  });
});

describe('the URL parser hands the guard canonical IP literals', () => {
  it.each([
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f000001/', '127.0.0.1'],
    ['http://0177.0.0.1/', '127.0.0.1'],
    ['http://127.1/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://0251.0376.0251.0376/', '169.254.169.254'],
    ['http://%31%32%37.0.0.1/', '127.0.0.1'],
    ['http://\uff11\uff12\uff17.\uff10.\uff10.\uff11/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[0:0:0:0:0:ffff:7f00:1]/', '[::ffff:7f00:1]'],
    ['http://[::127.0.0.1]/', '[::7f00:1]'],
  ])('%s → %s, blocked', (url, hostname) => {
    const parsed = new URL(url);
    expect(parsed.hostname).toBe(hostname);
    expect(classifyAddress(parsed.hostname).blocked).toBe(true);
  });
});

describe('compileNetworkPolicy', () => {
  it('reads hostnames, IPs, CIDRs and host:port', () => {
    const policy = compileNetworkPolicy({
      allowPrivate: [
        'Feeds.Internal',
        '127.0.0.1',
        '[::1]',
        'fd00::/8',
        '[fd01::]/16',
        '10.0.0.0/8',
        'wire.lan:8443',
        '[::2]:81',
      ],
    });
    expect(policy.rules.map((r) => [r.kind, r.port])).toEqual([
      ['host', undefined],
      ['net', undefined],
      ['net', undefined],
      ['net', undefined],
      ['net', undefined],
      ['net', undefined],
      ['host', 8443],
      ['net', 81],
    ]);
    expect(policy.allowedPorts).toEqual([80, 443]);
  });

  it.each([
    '10/8',
    '10.0.0.0/33',
    'fd00::/129',
    'host:0',
    'host:99999',
    'a:b:c',
    '*.internal',
    'http://x',
    'bad host',
  ])('rejects %j with WF_E_CONFIG naming the variable', (entry) => {
    let err: unknown;
    try {
      compileNetworkPolicy({ allowPrivate: [entry] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WirefeedError);
    expect((err as WirefeedError).code).toBe('WF_E_CONFIG');
    expect((err as WirefeedError).message).toContain('WIREFEED_ALLOW_PRIVATE_NETWORKS');
  });

  it('rejects an allowed port outside 1–65535', () => {
    expect(() => compileNetworkPolicy({ allowedPorts: [0] })).toThrow(/WIREFEED_ALLOWED_PORTS/);
  });
});

describe('checkDestination', () => {
  const none = compileNetworkPolicy();

  it('refuses a private address, naming host, address and range', () => {
    const literal = checkDestination(none, { host: '169.254.169.254', address: '169.254.169.254', port: 80 });
    expect(literal?.code).toBe('WF_E_FETCH_BLOCKED');
    expect(literal?.retryable).toBe(false);
    expect(literal?.message).toBe(
      'refused 169.254.169.254 (linkLocal): private network; allow it with WIREFEED_ALLOW_PRIVATE_NETWORKS',
    );
    const named = checkDestination(none, { host: 'metadata.test', address: '169.254.169.254', port: 80 });
    expect(named?.message).toMatch(/^refused metadata\.test at 169\.254\.169\.254 \(linkLocal\)/);
    expect(named?.details).toMatchObject({
      host: 'metadata.test',
      address: '169.254.169.254',
      range: 'linkLocal',
    });
    const mapped = checkDestination(none, { host: '[::ffff:7f00:1]', address: '::ffff:7f00:1', port: 80 });
    expect(mapped?.message).toMatch(/^refused \[::ffff:7f00:1\] \(loopback, ipv4Mapped of 127\.0\.0\.1\)/);
  });

  it('lets a public address through on 80 and 443 only, unless allowedPorts says otherwise', () => {
    const pub = { host: 'feeds.example', address: '93.184.215.14' };
    expect(checkDestination(none, { ...pub, port: 80 })).toBeUndefined();
    expect(checkDestination(none, { ...pub, port: 443 })).toBeUndefined();
    const odd = checkDestination(none, { ...pub, port: 8080 });
    expect(odd?.code).toBe('WF_E_FETCH_BLOCKED');
    expect(odd?.message).toMatch(
      /port 8080: not among the allowed ports \(80, 443\).*WIREFEED_ALLOWED_PORTS/,
    );
    expect(
      checkDestination(compileNetworkPolicy({ allowedPorts: [8080] }), { ...pub, port: 8080 }),
    ).toBeUndefined();
    expect(
      checkDestination(compileNetworkPolicy({ allowedPorts: [8080] }), { ...pub, port: 443 }),
    ).toBeDefined();
  });

  it('lets an allow-listed destination through on any port', () => {
    const policy = compileNetworkPolicy({ allowPrivate: ['10.0.0.0/8', 'feeds.internal', '::1'] });
    expect(checkDestination(policy, { host: 'x.lan', address: '10.9.8.7', port: 8080 })).toBeUndefined();
    expect(checkDestination(policy, { host: 'x.lan', address: '10.9.8.7', port: 5432 })).toBeUndefined();
    expect(checkDestination(policy, { host: 'x.lan', address: '11.0.0.1', port: 8080 })).toBeDefined();
    expect(checkDestination(policy, { host: 'x.lan', address: '192.168.0.1', port: 80 })).toBeDefined();
    // A hostname entry covers whatever that name resolves to, however the URL spelled the name.
    expect(
      checkDestination(policy, { host: 'FEEDS.internal.', address: '192.168.0.1', port: 81 }),
    ).toBeUndefined();
    expect(
      checkDestination(policy, { host: 'other.internal', address: '192.168.0.1', port: 80 }),
    ).toBeDefined();
    expect(checkDestination(policy, { host: '[::1]', address: '::1', port: 9000 })).toBeUndefined();
    expect(checkDestination(policy, { host: '[::2]', address: '::2', port: 9000 })).toBeDefined();
  });

  it('narrows an entry with a port to that port', () => {
    const policy = compileNetworkPolicy({ allowPrivate: ['127.0.0.1:8080', 'wire.lan:8443', '[::1]:81'] });
    expect(checkDestination(policy, { host: '127.0.0.1', address: '127.0.0.1', port: 8080 })).toBeUndefined();
    expect(checkDestination(policy, { host: '127.0.0.1', address: '127.0.0.1', port: 8081 })).toBeDefined();
    expect(checkDestination(policy, { host: 'wire.lan', address: '10.0.0.5', port: 8443 })).toBeUndefined();
    expect(checkDestination(policy, { host: 'wire.lan', address: '10.0.0.5', port: 80 })).toBeDefined();
    expect(checkDestination(policy, { host: '[::1]', address: '::1', port: 81 })).toBeUndefined();
    expect(checkDestination(policy, { host: '[::1]', address: '::1', port: 80 })).toBeDefined();
  });

  it('matches an IPv4 entry against the IPv4-mapped form of the same address, and only that', () => {
    const policy = compileNetworkPolicy({ allowPrivate: ['127.0.0.1'] });
    expect(checkDestination(policy, { host: 'h', address: '::ffff:127.0.0.1', port: 80 })).toBeUndefined();
    expect(checkDestination(policy, { host: 'h', address: '::ffff:127.0.0.2', port: 80 })).toBeDefined();
    expect(checkDestination(policy, { host: 'h', address: '127.0.0.2', port: 80 })).toBeDefined();
    expect(checkDestination(policy, { host: 'h', address: '::1', port: 80 })).toBeDefined();
  });
});

function lookupOnce(
  lookup: LookupFunction,
  all: boolean,
): Promise<{ err: Error | null; address: string | LookupAddress[]; family: number | undefined }> {
  return new Promise((resolve) => {
    lookup('feeds.example', { all }, (err, address, family) => resolve({ err, address, family }));
  });
}

describe('guardedLookup', () => {
  const none = compileNetworkPolicy();
  const answering =
    (...addresses: LookupAddress[]): Resolver =>
    async () =>
      addresses;
  const pub4 = { address: '93.184.215.14', family: 4 };
  const pub6 = { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 };

  it('hands back exactly the addresses it checked, in both callback forms', async () => {
    const lookup = guardedLookup(none, 443, answering(pub6, pub4));
    expect(await lookupOnce(lookup, true)).toEqual({ err: null, address: [pub6, pub4], family: undefined });
    expect(await lookupOnce(lookup, false)).toEqual({ err: null, address: pub6.address, family: 6 });
  });

  it('refuses when any one address is private, whichever comes first', async () => {
    for (const order of [
      [pub4, { address: '10.0.0.1', family: 4 }],
      [{ address: '169.254.169.254', family: 4 }, pub4],
      [pub4, { address: '::ffff:127.0.0.1', family: 6 }],
    ]) {
      const { err } = await lookupOnce(guardedLookup(none, 80, answering(...order)), true);
      expect(err).toBeInstanceOf(WirefeedError);
      expect((err as WirefeedError).code).toBe('WF_E_FETCH_BLOCKED');
      expect(err?.message).toMatch(/^refused feeds\.example at /);
    }
  });

  it('refuses a public name on a port that is not allowed', async () => {
    const { err } = await lookupOnce(guardedLookup(none, 8080, answering(pub4)), true);
    expect((err as WirefeedError).code).toBe('WF_E_FETCH_BLOCKED');
    expect(err?.message).toMatch(/port 8080/);
  });

  it('passes resolver failures and empty answers on as errors', async () => {
    const failing: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND feeds.example'), { code: 'ENOTFOUND' });
    };
    expect((await lookupOnce(guardedLookup(none, 80, failing), true)).err?.message).toMatch(/ENOTFOUND/);
    expect((await lookupOnce(guardedLookup(none, 80, answering()), true)).err?.message).toMatch(
      /no addresses/,
    );
  });
});
