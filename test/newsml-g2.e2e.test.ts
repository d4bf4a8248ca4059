// NewsML-G2 and NITF through the whole pipeline (`wirefeed process`: real queues on a real Redis, a
// local HTTP server serving the documents, the file sink): a higher G2 version of an item is delivered
// as the story's next version, the same version again is not, a G2 kill withdraws the story, and a news
// message's pictures arrive at the sink with their renditions.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NinjsDocument, Story } from '@wirefeed/core';
import { cliBudgetMs, ndjson, runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/newsml-g2/agency/${name}`, import.meta.url));
const G2_TYPE = 'application/vnd.iptc.g2.newsitem+xml; charset=utf-8';

describe('NewsML-G2 and NITF end to end, through wirefeed process', () => {
  const prefix = uniquePrefix('e2e-g2');
  const redisUrl = testRedisUrl();
  const env = { REDIS_URL: redisUrl, WIREFEED_PREFIX: prefix, WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1' };
  let server: FeedServer;
  let dir: string;
  let run = 0;

  // One run of `process` over the item the server currently serves; its output as ninjs documents.
  async function processItem(format: 'ninjs' | 'story' = 'ninjs') {
    run += 1;
    const out = join(dir, `run-${run}.ndjson`);
    const r = await runCli(['process', '--format', format, '--out', out, server.url('/dpa/item.xml')], env);
    const text = await readFile(out, 'utf8').catch(() => '');
    return { ...r, text };
  }

  beforeAll(async () => {
    server = await startFeedServer();
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-e2e-g2-'));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await dropPrefix(redisUrl, prefix);
  });

  it(
    'delivers a G2 update as the next version and a G2 kill as the last, withdrawn; a resend is nothing new',
    async () => {
      server.serve('/dpa/item.xml', fixture('dpa-item-v1.xml'), G2_TYPE);
      const first = await processItem();
      expect(first.stderr).toMatch(/1 item\(s\) read, 1 delivered/);
      expect(first.code).toBe(0);
      const [v1] = ndjson<NinjsDocument>(first.text);
      expect(v1).toMatchObject({
        version: '1',
        pubStatus: 'usable',
        by: 'Lena Vogel',
        located: 'Hamburg, Deutschland',
      });

      server.serve('/dpa/item.xml', fixture('dpa-item-v2.xml'), G2_TYPE);
      const second = await processItem();
      expect(second.code).toBe(0);
      const [v2] = ndjson<NinjsDocument>(second.text);
      expect(v2).toMatchObject({ uri: v1?.uri, version: '2', pubStatus: 'usable', edNote: 'Update.' });
      expect(v2?.bodies?.[1]?.value).toMatch(/nach Angaben der Wasserschutzpolizei/);

      const resent = await processItem();
      expect(resent.stderr).toMatch(/1 item\(s\) read, 0 delivered, 0 duplicate\(s\) dropped, 1 unchanged/);
      expect(ndjson(resent.text)).toHaveLength(0);

      // The kill repeats version 2's text word for word: its higher G2 version makes it the next version.
      server.serve('/dpa/item.xml', fixture('dpa-item-v3-canceled.xml'), G2_TYPE);
      const killed = await processItem('story');
      expect(killed.code).toBe(0);
      const [v3] = ndjson<Story>(killed.text);
      expect(v3).toMatchObject({ version: 3, signals: { canceled: true }, dedup: { status: 'update' } });
      expect(v1?.uri).toContain(v3?.id);
    },
    cliBudgetMs(4),
  );

  it("delivers a news message's text with its pictures in all renditions, and the package with its items", async () => {
    server.serve('/dpa/message.xml', fixture('dpa-news-message.xml'), G2_TYPE);
    const out = join(dir, 'message.ndjson');
    const r = await runCli(
      ['process', '--format', 'ninjs', '--out', out, server.url('/dpa/message.xml')],
      env,
    );
    expect(r.stderr).toMatch(/2 item\(s\) read, 2 delivered/);
    expect(r.code).toBe(0);
    const docs = ndjson<NinjsDocument>(await readFile(out, 'utf8'));
    const text = docs.find((d) => d.headlines?.[0]?.value === 'Bundestag beschließt Wärmegesetz');
    const pictures = text?.associations?.filter((a) => a.type === 'picture') ?? [];
    expect(pictures).toHaveLength(2);
    expect(pictures[0]).toMatchObject({
      name: 'featuremedia',
      by: 'dpa/Kay Nietfeld',
      descriptions: [{ role: 'caption', value: 'Abgeordnete stimmen im Bundestag über das Wärmegesetz ab.' }],
    });
    const renditions = pictures.map((p) =>
      ('renditions' in p ? (p.renditions ?? []) : []).map((x) => x.href),
    );
    expect(renditions).toEqual([
      [
        'https://media.dpa-example.com/pa/240309-0815/base.jpeg',
        'https://media.dpa-example.com/pa/240309-0815/preview.jpeg',
        'https://media.dpa-example.com/pa/240309-0815/thumb.jpeg',
      ],
      [
        'https://media.dpa-example.com/pa/240309-0816/base.jpeg',
        'https://media.dpa-example.com/pa/240309-0816/preview.jpeg',
        // Relative in the document: resolved against where it was served from.
        server.url('/pa/240309-0816/thumb.jpeg'),
      ],
    ]);
    const pkg = docs.find((d) => d !== text);
    expect(pkg?.associations?.map((a) => a.type)).toEqual(['text', 'picture', 'picture']);
  });

  it('reads a NITF document from a local file', async () => {
    const out = join(dir, 'nitf.ndjson');
    const r = await runCli(
      ['process', '--format', 'ninjs', '--out', out, fixture('nitf-standalone.xml')],
      env,
    );
    expect(r.code).toBe(0);
    const [doc] = ndjson<NinjsDocument>(await readFile(out, 'utf8'));
    expect(doc).toMatchObject({
      headlines: [
        { role: 'main', value: 'Storm closes ports along the Baltic coast' },
        { role: 'sub', value: 'Ferries to Sweden and Finland cancelled' },
      ],
      by: 'John Roe',
      located: 'Rostock, Mecklenburg-Vorpommern, Germany',
    });
  });
});
