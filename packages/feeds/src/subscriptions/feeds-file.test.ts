import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedIdFor } from './feed-id.ts';
import { parseFeedsFile, readFeedsFile } from './feeds-file.ts';

const opts = { file: 'feeds.yaml', defaultIntervalMs: 300_000 };

function refusal(text: string): string {
  try {
    parseFeedsFile(text, opts);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('feeds.yaml', () => {
  it('reads full entries and bare URLs, deriving ids and default intervals', () => {
    const feeds = parseFeedsFile(
      `feeds:
  - url: https://example.com/world.rss
    id: example-world
    title: Example World
    interval: 90s
  - https://example.org/feed.json
  - url: ./fixtures/local.xml
`,
      opts,
    );
    expect(feeds).toEqual([
      {
        id: 'example-world',
        url: 'https://example.com/world.rss',
        title: 'Example World',
        intervalMs: 90_000,
      },
      {
        id: feedIdFor('https://example.org/feed.json'),
        url: 'https://example.org/feed.json',
        intervalMs: 300_000,
      },
      { id: feedIdFor('./fixtures/local.xml'), url: './fixtures/local.xml', intervalMs: 300_000 },
    ]);
  });

  it('keeps the ids it always gave, so story ids do not change', () => {
    // The value the scheduler's feedIdFor gave before subscriptions existed.
    expect(feedIdFor('https://example.org/feed.json')).toBe('27a3270b32dc7c37');
  });

  it('reads an empty list as no feeds, and a file that lists nothing as declaring nothing', () => {
    // Only these say "no feeds": the sync removes what the file added before.
    expect(parseFeedsFile('feeds: []\n', opts)).toEqual([]);
    expect(parseFeedsFile('feeds:\n', opts)).toEqual([]);
    expect(parseFeedsFile('# all gone\nfeeds:\n  # - https://a.example/\n', opts)).toEqual([]);
    // An empty file (half written, or just created) says nothing at all: the sync changes nothing.
    expect(parseFeedsFile('', opts)).toBeUndefined();
    expect(parseFeedsFile('# nothing yet\n', opts)).toBeUndefined();
  });

  it('refuses a malformed file, naming the file and the entry', () => {
    expect(refusal('feeds: [')).toMatch(/^feeds\.yaml: not valid YAML: /);
    expect(refusal('feeds:\n  - url: https://a.example/\n    interval: often\n')).toMatch(
      /^feeds\.yaml: feeds\.0(\.interval)?: /,
    );
    expect(refusal('feeds:\n  - url: https://a.example/\n    id: "has space"\n')).toMatch(
      /^feeds\.yaml: feeds\.0/,
    );
    expect(
      refusal('feeds:\n  - url: https://a.example/\n    id: x\n  - url: https://b.example/\n    id: x\n'),
    ).toBe('feeds.yaml: feeds.1: id "x" is already used by feeds.0');
  });

  it('reads a missing file as declaring nothing (not as no feeds), and refuses an unreadable one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wirefeed-feeds-file-'));
    try {
      // `wirefeed start` from another directory must not unsubscribe every feed of the file.
      expect(await readFeedsFile(join(dir, 'absent.yaml'), 60_000)).toBeUndefined();
      await writeFile(join(dir, 'feeds.yaml'), 'feeds:\n  - https://a.example/\n');
      expect(await readFeedsFile(join(dir, 'feeds.yaml'), 60_000)).toHaveLength(1);
      await writeFile(join(dir, 'empty.yaml'), 'feeds: []\n');
      expect(await readFeedsFile(join(dir, 'empty.yaml'), 60_000)).toEqual([]);
      await expect(readFeedsFile(dir, 60_000)).rejects.toThrow(/cannot read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
