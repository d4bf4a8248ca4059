import { describe, expect, it } from 'vitest';
import { loadConfig, parseDuration } from './config.ts';
import { WirefeedError } from './errors.ts';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.WIREFEED_PREFIX).toBe('wirefeed');
    expect(c.WIREFEED_SINKS).toEqual([{ kind: 'file', name: 'file', target: './data/stories.ndjson' }]);
    expect(c.WIREFEED_DASHBOARD_PORT).toBe(3000);
    expect(c.WIREFEED_DASHBOARD_HOST).toBe('127.0.0.1');
    expect(c.WIREFEED_DUPLICATES).toBe('drop');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.WIREFEED_STORY_INDEX_MAX).toBe(20_000);
    expect(c.WIREFEED_STORY_INDEX_MAX_BYTES).toBe(128 * 1024 * 1024);
  });

  it('reads the story index caps as a count and a size', () => {
    const c = loadConfig({ WIREFEED_STORY_INDEX_MAX: '5000', WIREFEED_STORY_INDEX_MAX_BYTES: '1GB' });
    expect(c.WIREFEED_STORY_INDEX_MAX).toBe(5_000);
    expect(c.WIREFEED_STORY_INDEX_MAX_BYTES).toBe(1024 ** 3);
    expect(loadConfig({ WIREFEED_STORY_INDEX_MAX_BYTES: '65536' }).WIREFEED_STORY_INDEX_MAX_BYTES).toBe(
      65_536,
    );
  });

  it('parses a sink list, naming two sinks of one kind apart', () => {
    const c = loadConfig({ WIREFEED_SINKS: 'file:/tmp/a.ndjson, stdout ,file:/tmp/b.ndjson' });
    expect(c.WIREFEED_SINKS.map((s) => s.name)).toEqual(['file', 'stdout', 'file-2']);
  });

  it('accepts redis URLs and cluster seed lists', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://u:p@host:6380/0' }).REDIS_URL).toBe('rediss://u:p@host:6380/0');
    expect(loadConfig({ REDIS_URL: 'a:7000,b:7001' }).REDIS_URL).toBe('a:7000,b:7001');
  });

  it.each([
    ['WIREFEED_DASHBOARD_PORT', 'abc', /WIREFEED_DASHBOARD_PORT: .*port.*"abc"/],
    ['WIREFEED_DASHBOARD_PORT', '70000', /WIREFEED_DASHBOARD_PORT: expected a port from 0 to 65535/],
    ['REDIS_URL', 'http://x', /REDIS_URL: expected redis:\/\//],
    ['WIREFEED_SINKS', 'kafka:x', /WIREFEED_SINKS: unknown sink "kafka"/],
    ['WIREFEED_SINKS', 'file', /WIREFEED_SINKS: sink "file" needs a target/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: .*"loud"/],
    ['WIREFEED_PREFIX', 'a b', /WIREFEED_PREFIX: expected 1–64 letters/],
    ['WIREFEED_DASHBOARD_TOKEN', 'short', /WIREFEED_DASHBOARD_TOKEN: expected at least 16/],
    ['WIREFEED_STORY_INDEX_MAX', '0', /WIREFEED_STORY_INDEX_MAX: .*"0"/],
    ['WIREFEED_STORY_INDEX_MAX_BYTES', '2 TB', /WIREFEED_STORY_INDEX_MAX_BYTES: expected a size/],
    ['WIREFEED_ITEM_BUDGET', '10', /WIREFEED_ITEM_BUDGET: expected a duration such as 10s \(got "10"\)/],
    ['WIREFEED_ITEM_BUDGET', '50ms', /WIREFEED_ITEM_BUDGET: expected at least 100ms/],
    [
      'WIREFEED_CONCURRENCY',
      'abc',
      /WIREFEED_CONCURRENCY: expected a whole number from 1 to 256 \(got "abc"\)/,
    ],
    ['WIREFEED_CONCURRENCY', '0', /WIREFEED_CONCURRENCY: expected a whole number from 1 to 256 \(got "0"\)/],
    ['WIREFEED_STAGE_THREADS', '1.5', /WIREFEED_STAGE_THREADS: expected a whole number from 1 to 64/],
    [
      'WIREFEED_PAUSE_AFTER_ERRORS',
      'ten',
      /WIREFEED_PAUSE_AFTER_ERRORS: expected a whole number, at least 1/,
    ],
  ])('names %s when it is %j', (key, value, message) => {
    let caught: unknown;
    try {
      loadConfig({ [key]: value });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(WirefeedError);
    expect((caught as WirefeedError).code).toBe('WF_E_CONFIG');
    expect((caught as WirefeedError).message).toMatch(message);
  });

  it.each([
    ['WIREFEED_ALLOW_PRIVATE_NETWORKS', '127.0.0.1,127.0.0.0/33', /entry "127.0.0.0\/33": expected a CIDR/],
    ['WIREFEED_ALLOW_PRIVATE_NETWORKS', 'notanip/8', /entry "notanip\/8": expected a CIDR/],
    ['WIREFEED_ALLOW_PRIVATE_NETWORKS', 'feeds.internal:0', /entry "feeds.internal:0": expected a port/],
    ['WIREFEED_ALLOW_PRIVATE_NETWORKS', '*.corp', /entry "\*.corp": wildcards are not supported/],
    [
      'WIREFEED_TRUSTED_PROXIES',
      'xyz',
      /WIREFEED_TRUSTED_PROXIES: entry "xyz": expected an IP address or a CIDR/,
    ],
    ['WIREFEED_TRUSTED_PROXIES', '10.0.0.0/40', /WIREFEED_TRUSTED_PROXIES: entry "10.0.0.0\/40"/],
    ['WIREFEED_TRUSTED_PROXIES', '10.0.0.1:8080', /WIREFEED_TRUSTED_PROXIES: entry "10.0.0.1:8080"/],
  ])('names %s when an entry of %j is malformed, before anything starts', (key, value, message) => {
    expect(() => loadConfig({ [key]: value })).toThrow(message);
  });

  it('takes every form the network guard and fastify take in the address lists', () => {
    const allow =
      '127.0.0.1,localhost,Feeds.Internal:8080,10.0.0.0/8,fd00::/8,::1,[::1],[::1]:8080,[fd00::]/8';
    expect(
      loadConfig({ WIREFEED_ALLOW_PRIVATE_NETWORKS: allow }).WIREFEED_ALLOW_PRIVATE_NETWORKS,
    ).toHaveLength(9);
    const proxies = '10.0.0.1, 10.0.0.0/8, ::1, fd00::/8, 10.0.0.0/255.0.0.0, loopback';
    expect(loadConfig({ WIREFEED_TRUSTED_PROXIES: proxies }).WIREFEED_TRUSTED_PROXIES).toHaveLength(6);
  });

  it.each([
    ['WIREFEED_DASHBOARD_TOKEN', 'short-secret'],
    ['WIREFEED_DASHBOARD_VIEWER_TOKEN', 'tiny-secret'],
    ['REDIS_URL', 'http://user:hunter2-secret@x'],
    ['WIREFEED_SINKS', 'kafka:x,postgres:postgres://u:hunter2-secret@db/x'],
  ])('names %s and its rule but never echoes its value', (key, value) => {
    let message = '';
    try {
      loadConfig({ [key]: value });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(`${key}: `);
    expect(message).not.toContain('secret');
    expect(message).not.toContain(value);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'x', WIREFEED_DASHBOARD_PORT: '-1' })).toThrow(
      /LOG_LEVEL[\s\S]*WIREFEED_DASHBOARD_PORT|WIREFEED_DASHBOARD_PORT[\s\S]*LOG_LEVEL/,
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['90s', 90_000],
    ['5m', 300_000],
    ['2h', 7_200_000],
  ])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it('refuses other forms', () => expect(() => parseDuration('5 minutes')).toThrow(/not a duration/));
});
