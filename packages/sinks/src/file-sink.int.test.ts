import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPrefix, testRedisUrl, uniquePrefix } from '../../../test/support/redis-harness.ts';
import { createFileSink } from './file-sink.ts';
import { createStdoutSink } from './stdout-sink.ts';
import { createWrittenMarks } from './written-marks.ts';

const lines = async (path: string) =>
  (await readFile(path, 'utf8').catch(() => ''))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('file and stdout sinks on a real Redis', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('sinks');
  let redis: RedisClient;
  let dir: string;
  let n = 0;
  const marks = () => createWrittenMarks({ redis, key: `{${prefix}}:sink:test:${n++}:written` });

  beforeAll(async () => {
    redis = createRedis(url, 'worker');
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-sink-'));
  });
  afterAll(async () => {
    await dropPrefix(url, prefix);
    redis.disconnect();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one NDJSON line per (id, version), however often asked', async () => {
    const path = join(dir, 'a', 'stories.ndjson');
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const v1 = makeStory();
    const v2 = { ...v1, version: 2 };
    expect(await sink.write({ story: v1, attempt: 1 })).toBe('written');
    expect(await sink.write({ story: v1, attempt: 2 })).toBe('skipped');
    expect(await sink.write({ story: v2, attempt: 1 })).toBe('written');
    await Promise.all(Array.from({ length: 10 }, () => sink.write({ story: v2, attempt: 1 })));
    await sink.close();
    const written = await lines(path);
    expect(written.map((l) => [l.id, l.version])).toEqual([
      [v1.id, 1],
      [v1.id, 2],
    ]);
  });

  it('does not write twice when a crash fell between the append and the mark', async () => {
    const path = join(dir, 'crash.ndjson');
    const story = makeStory({ source: { guid: 'crash' } });
    // The first process appended and died before marking: a fresh mark set stands for the lost mark.
    const before = createFileSink({ name: 'file', path, format: 'ninjs', marks: marks() });
    await before.write({ story, attempt: 1 });
    await before.close();
    const after = createFileSink({ name: 'file', path, format: 'ninjs', marks: marks() });
    expect(await after.write({ story, attempt: 2 })).toBe('skipped');
    await after.close();
    const written = await lines(path);
    expect(written).toHaveLength(1);
    expect(written[0]?.uri).toBe(`urn:wirefeed:story:${story.id}`);
  });

  it('keeps lines whole under concurrent writes of different stories', async () => {
    const path = join(dir, 'many.ndjson');
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const stories = Array.from({ length: 50 }, (_, i) => makeStory({ source: { guid: `many-${i}` } }));
    await Promise.all(stories.map((story) => sink.write({ story, attempt: 1 })));
    await sink.close();
    const written = await lines(path);
    expect(new Set(written.map((l) => l.id)).size).toBe(50);
  });

  it('fails with WF_E_SINK_WRITE when the file cannot be written', async () => {
    const notADir = join(dir, 'plain-file');
    await writeFile(notADir, 'x');
    const sink = createFileSink({
      name: 'file',
      path: join(notADir, 'x.ndjson'),
      format: 'story',
      marks: marks(),
    });
    await expect(sink.write({ story: makeStory(), attempt: 1 })).rejects.toMatchObject({
      code: 'WF_E_SINK_WRITE',
    });
  });

  it('writes to a stream once per (id, version)', async () => {
    const stream = new PassThrough();
    let text = '';
    stream.on('data', (c: Buffer) => (text += c.toString()));
    const sink = createStdoutSink({ name: 'stdout', format: 'story', marks: marks(), stream });
    const story = makeStory({ source: { guid: 'stream' } });
    await sink.write({ story, attempt: 1 });
    await sink.write({ story, attempt: 2 });
    expect(text.trim().split('\n')).toHaveLength(1);
  });
});
