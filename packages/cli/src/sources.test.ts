import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSource } from './sources.ts';
import { UsageError } from './usage-error.ts';

const config = { WIREFEED_ALLOW_PRIVATE_NETWORKS: [], WIREFEED_ALLOWED_PORTS: [80, 443] };

describe('resolveSource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirefeed-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // A tab inside a URL is dropped by the URL parser: checked as parsed, another URL would be fetched.
  it.each([
    ['a tab in the host', 'https://exa\tmple.com/feed.xml'],
    ['a newline in the scheme', 'ht\ntp://example.com/feed.xml'],
    ['a control character before the scheme', '\u0001https://example.com/feed.xml'],
  ])('refuses %s as a usage error, for process and feeds add alike', async (_, arg) => {
    for (const command of ['process', 'feeds add'] as const) {
      const refusal = resolveSource(arg, command, config);
      await expect(refusal).rejects.toBeInstanceOf(UsageError);
      await expect(refusal).rejects.toThrow(/not a usable feed URL: it holds a control character/);
    }
  });

  it('still takes a feed file, made absolute', async () => {
    const file = join(dir, 'wire.xml');
    writeFileSync(file, '<rss/>');
    expect(await resolveSource(file, 'process', config)).toBe(file);
  });

  it('still refuses a private address, as a usage error', async () => {
    await expect(resolveSource('http://10.0.0.1/feed.xml', 'feeds add', config)).rejects.toThrow(
      /refused 10\.0\.0\.1 \(private\)/,
    );
  });
});
