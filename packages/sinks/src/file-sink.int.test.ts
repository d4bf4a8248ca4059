import { appendFile, mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFileSink } from './file-sink.ts';
import { toNdjsonLine } from './render.ts';
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

  it('commits concurrent writes together, each story once and each recoverable by its own offset', async () => {
    const path = join(dir, 'group', 'stories.ndjson');
    const m = marks();
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: m });
    const stories = Array.from({ length: 60 }, (_, i) =>
      makeStory({ id: `groupcommit${String(i).padStart(4, '0')}` }),
    );
    const first = await Promise.all(stories.map((story) => sink.write({ story, attempt: 1 })));
    expect(first.every((r) => r === 'written')).toBe(true);
    // The same stories again, all at once and with a duplicate in one batch: nothing is written twice.
    const again = await Promise.all(
      [...stories, ...stories].map((story) => sink.write({ story, attempt: 2 })),
    );
    expect(again.every((r) => r === 'skipped')).toBe(true);
    await sink.close();
    const written = await lines(path);
    expect(written.map((l) => l.id)).toEqual(stories.map((s) => s.id));
  });

  it('does not write for a worker that lost its job (frozen past its lock), and lets the owner write', async () => {
    const path = join(dir, 'fenced', 'stories.ndjson');
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const story = makeStory({ id: 'fencedstory0001' });
    await expect(sink.write({ story, attempt: 1, stillOwner: async () => false })).rejects.toMatchObject({
      code: 'WF_E_SINK_WRITE',
    });
    expect(await lines(path)).toEqual([]);
    expect(await sink.write({ story, attempt: 2, stillOwner: async () => true })).toBe('written');
    await sink.close();
    expect((await lines(path)).map((l) => l.id)).toEqual([story.id]);
  });

  it('writes for the owner when the same story in the same batch was asked by a worker that lost its job', async () => {
    // The old and the new run of one job taken over within this process (or a hand-off beside its
    // job): the copy that came first in the batch fails as lost; the other must not be told
    // "already written" on its strength, or its job completes and the story is never written.
    const path = join(dir, 'dup-lost', 'stories.ndjson');
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const story = makeStory({ id: 'duplostowner001' });
    const busy = sink.write({ story: makeStory({ id: 'duplostbusy0001' }), attempt: 1 });
    // Asked while the first batch is on its way: both copies go in the next batch, the lost one first.
    const lost = sink.write({ story, attempt: 1, stillOwner: async () => false });
    const owner = sink.write({ story, attempt: 2, stillOwner: async () => true });
    await busy;
    await expect(lost).rejects.toMatchObject({ code: 'WF_E_SINK_WRITE' });
    expect(await owner).toBe('written');
    await sink.close();
    expect((await lines(path)).map((l) => l.id)).toEqual(['duplostbusy0001', story.id]);
  });

  it('never writes an older version after a newer one that came in the same batch', async () => {
    // Two versions of a story written inline by two fused jobs at once (a backlog drained after an
    // outage: the sink queue's hold does not see inline writes), the newer one asked first.
    const path = join(dir, 'batch-order', 'stories.ndjson');
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const v1 = makeStory({ id: 'batchorder00001' });
    const v2 = { ...v1, version: 2, contentHash: 'b'.repeat(24) };
    const busy = sink.write({ story: makeStory({ id: 'batchorderbusy1' }), attempt: 1 });
    const second = sink.write({ story: v2, attempt: 1 });
    const first = sink.write({ story: v1, attempt: 1 });
    await busy;
    expect(await second).toBe('written');
    expect(await first).toBe('skipped');
    await sink.close();
    const written = (await lines(path)).filter((l) => l.id === v1.id);
    expect(written.map((l) => l.version)).toEqual([2]);
  });

  it('does not append a line noted under a lock that may have lapsed before the write (a freeze in between)', async () => {
    const path = join(dir, 'deadline', 'stories.ndjson');
    // The replies of every call arrive 400 ms late, as if the process froze after the note.
    const late = async (calls: readonly (() => Promise<unknown>)[]) => {
      await Promise.all(calls.map((call) => call()));
      await new Promise((r) => setTimeout(r, 400));
    };
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks(), sendAll: late });
    const lock = `{${prefix}}:sink:test:lock`;
    const story = makeStory({ id: 'deadlinestory01' });
    // A lock with 300 ms left: by the time the write could go, another worker may own the job.
    await redis.set(lock, 'token-a', 'PX', 300);
    await expect(
      sink.write({ story, attempt: 1, fence: { key: lock, token: 'token-a' } }),
    ).rejects.toMatchObject({ code: 'WF_E_SINK_WRITE' });
    expect(await lines(path)).toEqual([]);
    // With time in hand the same late replies do not stop the write.
    await redis.set(lock, 'token-b', 'PX', 10_000);
    expect(await sink.write({ story, attempt: 2, fence: { key: lock, token: 'token-b' } })).toBe('written');
    await sink.close();
    expect((await lines(path)).map((l) => l.id)).toEqual([story.id]);
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
    const m = marks();
    const first = createFileSink({ name: 'file', path, format: 'ninjs', marks: m });
    await first.write({ story: makeStory({ source: { guid: 'before' } }), attempt: 1 });
    await first.close();
    // The dying process noted the write, appended the line, and never marked it.
    const offset = (await stat(path)).size;
    await m.begin(story, offset);
    await appendFile(path, toNdjsonLine(story, 'ninjs'));
    const after = createFileSink({ name: 'file', path, format: 'ninjs', marks: m });
    expect(await after.write({ story, attempt: 2 })).toBe('skipped');
    expect(await m.has(story)).toBe(true);
    await after.close();
    const written = await lines(path);
    expect(written).toHaveLength(2);
    expect(written[1]?.uri).toBe(`urn:wirefeed:story:${story.id}`);
  });

  it('flushes a line found after a crash to disk before marking it written (fsync always)', async () => {
    // The dying process appended the line and died before its fdatasync: the line is in the page
    // cache only. Marked written without a flush, a power cut would lose a line marked written.
    const path = join(dir, 'crash-unsynced.ndjson');
    const story = makeStory({ source: { guid: 'crash-unsynced' } });
    const m = marks();
    await m.begin(story, 0);
    await appendFile(path, toNdjsonLine(story, 'story'));
    const probe = await open(path, 'r');
    const proto = Object.getPrototypeOf(probe) as { datasync: () => Promise<void> };
    await probe.close();
    const synced = vi.spyOn(proto, 'datasync');
    try {
      const sink = createFileSink({ name: 'file', path, format: 'story', marks: m });
      expect(await sink.write({ story, attempt: 2 })).toBe('skipped');
      await sink.close();
      expect(synced).toHaveBeenCalled();
    } finally {
      synced.mockRestore();
    }
    expect(await m.has(story)).toBe(true);
    expect(await lines(path)).toHaveLength(1);
  });

  it('writes the line when the crash came before the append', async () => {
    const path = join(dir, 'crash-early.ndjson');
    const story = makeStory({ source: { guid: 'crash-early' } });
    const m = marks();
    await m.begin(story, 0);
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: m });
    expect(await sink.write({ story, attempt: 2 })).toBe('written');
    await sink.close();
    expect(await lines(path)).toHaveLength(1);
  });

  it('cuts off a torn last line before appending, so no story fuses with it', async () => {
    const path = join(dir, 'torn.ndjson');
    const whole = makeStory({ source: { guid: 'whole' } });
    await writeFile(path, `${toNdjsonLine(whole, 'story')}{"id":"half-writ`);
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const next = makeStory({ source: { guid: 'next' } });
    await sink.write({ story: next, attempt: 1 });
    await sink.close();
    expect((await lines(path)).map((l) => l.id)).toEqual([whole.id, next.id]);
  });

  it('writes a version number again when its content differs (the dedup window passed)', async () => {
    const path = join(dir, 'reset.ndjson');
    const sink = createFileSink({ name: 'file', path, format: 'story', marks: marks() });
    const story = makeStory({ source: { guid: 'reset' } });
    await sink.write({ story, attempt: 1 });
    expect(await sink.write({ story: { ...story, contentHash: 'f'.repeat(24) }, attempt: 1 })).toBe(
      'written',
    );
    await sink.close();
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
