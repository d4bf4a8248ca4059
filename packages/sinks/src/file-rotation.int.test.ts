import { appendFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileSink, segmentPath } from './file-sink.ts';
import { toNdjsonLine } from './render.ts';
import { createWrittenMarks } from './written-marks.ts';

describe('file sink rotation', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('rotate');
  let redis: RedisClient;
  let dir: string;
  let n = 0;
  const marks = () => createWrittenMarks({ redis, key: `{${prefix}}:m${n++}` });

  beforeAll(async () => {
    redis = createRedis(url, 'worker');
    dir = await mkdtemp(join(tmpdir(), 'wirefeed-rotate-'));
  });
  afterAll(async () => {
    await dropPrefix(url, prefix);
    redis.disconnect();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts a new file once the current one reaches maxBytes, losing and repeating no line', async () => {
    const sub = join(dir, 'size');
    const stories = Array.from({ length: 12 }, (_, i) => makeStory({ source: { guid: `size-${i}` } }));
    const lineBytes = Buffer.byteLength(toNdjsonLine(stories[0] as never, 'story'));
    const sink = createFileSink({
      name: 'f',
      path: join(sub, 'stories.ndjson'),
      format: 'story',
      marks: marks(),
      rotate: { maxBytes: lineBytes * 4 },
    });
    for (const story of stories) await sink.write({ story, attempt: 1 });
    for (const story of stories) await sink.write({ story, attempt: 2 });
    await sink.close();
    const files = (await readdir(sub)).sort();
    expect(files).toHaveLength(3);
    expect(files).toContain('stories.ndjson');
    const ids: string[] = [];
    for (const f of files) {
      const text = await readFile(join(sub, f), 'utf8');
      ids.push(
        ...text
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { id: string }).id),
      );
    }
    expect(ids.sort()).toEqual(stories.map((s) => s.id).sort());
  });

  it('never renames a full file over an earlier one when the clock gives the same instant again', async () => {
    // Rotated names carry the time to the millisecond; a clock stepped back (NTP, a resumed VM) or a
    // burst of large stories can give a name already taken, and rename(2) replaces it silently.
    const sub = join(dir, 'same-instant');
    const stories = Array.from({ length: 3 }, (_, i) => makeStory({ source: { guid: `instant-${i}` } }));
    const at = new Date('2026-11-27T10:15:00.123Z');
    const sink = createFileSink({
      name: 'f',
      path: join(sub, 'stories.ndjson'),
      format: 'story',
      marks: marks(),
      rotate: { maxBytes: 1 },
      now: () => at,
    });
    for (const story of stories) await sink.write({ story, attempt: 1 });
    await sink.close();
    const ids: string[] = [];
    for (const f of await readdir(sub)) {
      const text = await readFile(join(sub, f), 'utf8');
      ids.push(
        ...text
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { id: string }).id),
      );
    }
    expect(ids.sort()).toEqual(stories.map((s) => s.id).sort());
  });

  it('finds a line a crash left unmarked after the file it went to was rotated', async () => {
    // The dying process appended the line and never marked it; the next process's first write finds
    // the file full and renames it. The retry must look under the new name, not write a second line.
    const sub = join(dir, 'crash-rotated');
    const path = join(sub, 'stories.ndjson');
    const m = marks();
    const crashed = makeStory({ source: { guid: 'rotated-crash' } });
    const first = createFileSink({ name: 'f', path, format: 'story', marks: m });
    await first.write({ story: makeStory({ source: { guid: 'rotated-before' } }), attempt: 1 });
    await first.close();
    const offset = (await stat(path)).size;
    await m.begin(crashed, offset, path);
    await appendFile(path, toNdjsonLine(crashed, 'story'));
    const sink = createFileSink({
      name: 'f',
      path,
      format: 'story',
      marks: m,
      rotate: { maxBytes: offset + 1 },
    });
    expect(await sink.write({ story: makeStory({ source: { guid: 'rotated-after' } }), attempt: 1 })).toBe(
      'written',
    );
    expect(await sink.write({ story: crashed, attempt: 2 })).toBe('skipped');
    await sink.close();
    const ids: string[] = [];
    for (const f of await readdir(sub)) {
      const text = await readFile(join(sub, f), 'utf8');
      ids.push(
        ...text
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { id: string }).id),
      );
    }
    expect(ids.filter((id) => id === crashed.id)).toHaveLength(1);
    expect(await readdir(sub)).toHaveLength(2);
  });

  it('writes one file per UTC day', async () => {
    const sub = join(dir, 'daily');
    let now = new Date('2026-11-26T23:59:59Z');
    const sink = createFileSink({
      name: 'f',
      path: join(sub, 'wire.ndjson'),
      format: 'story',
      marks: marks(),
      rotate: { daily: true },
      now: () => now,
    });
    await sink.write({ story: makeStory({ source: { guid: 'day-1' } }), attempt: 1 });
    now = new Date('2026-11-27T00:00:01Z');
    await sink.write({ story: makeStory({ source: { guid: 'day-2' } }), attempt: 1 });
    await sink.close();
    expect((await readdir(sub)).sort()).toEqual(['wire-2026-11-26.ndjson', 'wire-2026-11-27.ndjson']);
    expect(segmentPath('/x/a.ndjson', now, true)).toBe('/x/a-2026-11-27.ndjson');
  });
});
