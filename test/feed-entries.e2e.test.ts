import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateNinjs } from '@wirefeed/core/testing';
import type { CliResult } from '@wirefeed/testing/cli';
import { ndjson, runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));

interface Rendition {
  name: string;
  href: string;
  contentType?: string;
  width?: number;
  height?: number;
  sizeInBytes?: number;
}
interface Association {
  name: string;
  type: string;
  rel: string;
  headlines?: { value: string }[];
  descriptions?: { role: string; value: string }[];
  by?: string;
  renditions?: Rendition[];
}
interface Doc {
  headlines?: { value: string }[];
  people?: { name: string; rel: string; contactInfo?: { value: string }[] }[];
  subjects?: { name: string; creator?: string; rel: string }[];
  copyrightNotice?: string;
  altIds?: { role: string; value: string }[];
  associations?: Association[];
}

// Two feeds served over HTTP, through `wirefeed process` (the real queues on a real Redis) to the file
// sink in ninjs: an Atom feed whose first entry is empty, and RSS with Media RSS and an enclosure.
describe('entries a feed carries, end to end', () => {
  const redisUrl = testRedisUrl();
  const prefix = uniquePrefix('e2e-feed-entries');
  let server: FeedServer;
  let dir: string;
  let run: CliResult;
  let docs: Doc[] = [];

  beforeAll(async () => {
    server = await startFeedServer();
    server.serve('/empty-entry.xml', fixture('atom-empty-entry.xml'), 'application/atom+xml');
    server.serve('/media.xml', fixture('media-rss.xml'));
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-entries-'));
    const out = join(dir, 'stories.ndjson');
    run = await runCli(
      [
        'process',
        '--format',
        'ninjs',
        '--out',
        out,
        server.url('/empty-entry.xml'),
        server.url('/media.xml'),
      ],
      {
        REDIS_URL: redisUrl,
        WIREFEED_PREFIX: prefix,
        WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
        LOG_LEVEL: 'warn',
      },
    );
    docs = ndjson<Doc>(await readFile(out, 'utf8'));
  }, 90_000);

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await dropPrefix(redisUrl, prefix);
  });

  const byHeadline = (text: string) => docs.find((d) => d.headlines?.[0]?.value === text);

  it('delivers the good entry of an Atom feed with an empty one, and reports the skip', () => {
    expect(run.code, run.stderr).toBe(0);
    const good = byHeadline('Port strike ends after three days of talks');
    expect(good).toBeDefined();
    // The link whose rel is the full IANA URI is the entry's address.
    expect(good?.altIds).toContainEqual({ role: 'canonicalUrl', value: 'https://wire.example/port-strike' });
    // The author's e-mail reaches ninjs as the contributor's contact.
    expect(good?.people).toContainEqual({
      name: 'Ana Ruiz',
      rel: 'author',
      contactInfo: [{ type: 'email', value: 'ana@wire.example' }],
    });
    const skips = ndjson<{ msg: string; position?: number; reason?: string; feedId?: string }>(
      run.stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .join('\n'),
    ).filter((line) => line.msg === 'feed entry skipped');
    expect(skips).toEqual([
      expect.objectContaining({ position: 1, reason: 'entry 1 is empty: no title, link, id or content' }),
    ]);
    expect(run.stderr).not.toMatch(/Cannot read properties/);
  });

  it('carries Media RSS and enclosures to the file sink as ninjs associations with renditions', () => {
    const story = byHeadline('Floods close roads across the valley');
    expect(story).toBeDefined();
    if (!story) return;
    expect(validateNinjs(story).errors).toEqual([]);
    const [picture, audio] = story.associations ?? [];
    expect(picture).toMatchObject({
      name: 'featuremedia',
      rel: 'association',
      type: 'picture',
      headlines: [{ role: 'main', value: 'Flooded road near Grenoble' }],
      descriptions: [
        { role: 'caption', value: 'A car drives through a flooded road near Grenoble, France, on Tuesday.' },
      ],
      by: 'Jean Martin / Photo Wire',
    });
    // Every rendition of the group, the relative one made absolute against the feed's URL, the thumbnail too.
    expect(picture?.renditions?.map((r) => [r.href, r.width, r.height])).toEqual([
      ['https://photos.example/floods/large.jpg', 2048, 1365],
      [server.url('/floods/small.jpg'), 640, 427],
      ['https://photos.example/floods/thumb.jpg', 160, 107],
    ]);
    expect(picture?.renditions?.[0]).toMatchObject({ contentType: 'image/jpeg', sizeInBytes: 812345 });
    expect(audio).toMatchObject({
      type: 'audio',
      renditions: [
        { href: 'https://photos.example/floods/report.mp3', contentType: 'audio/mpeg', sizeInBytes: 1048576 },
      ],
    });
    // The channel's copyright covers the item; the schemed category is the provider's own subject.
    expect(story.copyrightNotice).toBe('Copyright 2026 Photo Wire');
    expect(story.subjects).toContainEqual(expect.objectContaining({ name: 'disaster', creator: 'provider' }));
  });
});
