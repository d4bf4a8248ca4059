import { randomBytes } from 'node:crypto';
import type { RedisClient } from '@wirefeed/core';
import { createRedis } from '@wirefeed/core';
import { makeStory } from '@wirefeed/core/testing';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { WebhookReceiver } from '@wirefeed/testing/webhook-receiver';
import { startWebhookReceiver } from '@wirefeed/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookSink, parseRetryAfter } from './webhook-sink.ts';
import { createWrittenMarks } from './written-marks.ts';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;

describe('webhook sink against a local receiver that verifies signatures', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('webhook');
  let redis: RedisClient;
  let receiver: WebhookReceiver;
  let n = 0;
  const sink = (overrides: { secret?: string; allowPrivate?: string[] } = {}) =>
    createWebhookSink({
      name: 'hook',
      url: receiver.url,
      secret: overrides.secret ?? SECRET,
      format: 'ninjs',
      marks: createWrittenMarks({ redis, key: `{${prefix}}:hook:${n++}:written` }),
      allowPrivate: overrides.allowPrivate ?? ['127.0.0.1'],
      timeoutMs: 2_000,
    });

  beforeAll(async () => {
    redis = createRedis(url, 'worker');
    receiver = await startWebhookReceiver(SECRET);
  });
  afterAll(async () => {
    await receiver.close();
    await dropPrefix(url, prefix);
    redis.disconnect();
  });

  it('POSTs a signed ninjs event once, however often the job runs', async () => {
    receiver.events.length = 0;
    const s = sink();
    const story = makeStory({ source: { guid: 'hook-once' } });
    expect(await s.write({ story, attempt: 1 })).toBe('written');
    expect(await s.write({ story, attempt: 2 })).toBe('skipped');
    expect(receiver.events).toHaveLength(1);
    expect(receiver.events[0]?.type).toBe('story.published');
    expect(receiver.events[0]?.data.uri).toBe(`urn:wirefeed:story:${story.id}`);
    expect(receiver.duplicates).toBe(0);
  });

  it('sends the same webhook-id again if the mark was lost after a 2xx, so the receiver can drop it', async () => {
    receiver.events.length = 0;
    const before = receiver.duplicates;
    const marks = createWrittenMarks({ redis, key: `{${prefix}}:hook:lost:written` });
    const s = createWebhookSink({
      name: 'hook',
      url: receiver.url,
      secret: SECRET,
      format: 'story',
      marks,
      allowPrivate: ['127.0.0.1'],
    });
    const story = makeStory({ source: { guid: 'hook-lost-mark' } });
    await s.write({ story, attempt: 1 });
    // The process died after the receiver answered and before the mark was saved.
    await redis.del(`{${prefix}}:hook:lost:written`);
    await s.write({ story, attempt: 2 });
    expect(receiver.events).toHaveLength(1);
    expect(receiver.duplicates).toBe(before + 1);
  });

  it('sends story.updated for later versions and story.canceled for a kill', async () => {
    receiver.events.length = 0;
    const s = sink();
    const v1 = makeStory({ source: { guid: 'hook-types' } });
    await s.write({ story: { ...v1, version: 2 }, attempt: 1 });
    await s.write({ story: { ...v1, version: 3, signals: { ...v1.signals, canceled: true } }, attempt: 1 });
    expect(receiver.events.map((e) => e.type)).toEqual(['story.updated', 'story.canceled']);
    expect(receiver.events[1]?.data.pubStatus).toBe('canceled');
  });

  it('signs so that a receiver with another secret refuses it, and the 401 is not retried', async () => {
    const wrong = sink({ secret: `whsec_${randomBytes(24).toString('base64')}` });
    const before = receiver.rejected;
    await expect(
      wrong.write({ story: makeStory({ source: { guid: 'hook-wrong' } }), attempt: 1 }),
    ).rejects.toMatchObject({
      code: 'WF_E_SINK_REJECTED',
      retryable: false,
      details: { status: 401, body: 'bad signature' },
    });
    expect(receiver.rejected).toBe(before + 1);
  });

  it('retries 5xx and 429, carrying Retry-After; dead-letters other 4xx with status and body', async () => {
    const s = sink();
    const story = makeStory({ source: { guid: 'hook-status' } });
    receiver.respond = () => ({ status: 429, headers: { 'retry-after': '7' } });
    await expect(s.write({ story, attempt: 1 })).rejects.toMatchObject({
      code: 'WF_E_SINK_UNAVAILABLE',
      retryable: true,
      details: { status: 429, retryAfterMs: 7_000 },
    });
    receiver.respond = () => ({ status: 503 });
    await expect(s.write({ story, attempt: 2 })).rejects.toMatchObject({ code: 'WF_E_SINK_UNAVAILABLE' });
    receiver.respond = () => ({ status: 422, body: '{"error":"headline too long"}' });
    await expect(s.write({ story, attempt: 3 })).rejects.toMatchObject({
      code: 'WF_E_SINK_REJECTED',
      retryable: false,
      details: { status: 422, body: '{"error":"headline too long"}' },
    });
    receiver.respond = () => ({ status: 204 });
    expect(await s.write({ story, attempt: 4 })).toBe('written');
  });

  it('classifies an answer by its status even when its body is over the 64 KiB read cap', async () => {
    // A receiver that echoes the document back, or a proxy's 503 page with a stack trace: the status
    // says what happened; a body we do not read must not turn an accepted POST into a dead letter.
    const big = 'x'.repeat(100 * 1024);
    const s = sink();
    const story = makeStory({ source: { guid: 'hook-big-answer' } });
    receiver.respond = () => ({ status: 503, body: big });
    await expect(s.write({ story, attempt: 1 })).rejects.toMatchObject({
      code: 'WF_E_SINK_UNAVAILABLE',
      retryable: true,
      details: { status: 503 },
    });
    receiver.respond = () => ({ status: 400, body: big });
    await expect(s.write({ story, attempt: 2 })).rejects.toMatchObject({
      code: 'WF_E_SINK_REJECTED',
      details: { status: 400 },
    });
    receiver.respond = () => ({ status: 200, body: big });
    expect(await s.write({ story, attempt: 3 })).toBe('written');
    expect(await s.write({ story, attempt: 4 })).toBe('skipped');
    receiver.respond = () => ({ status: 204 });
  });

  it('retries when the receiver is down', async () => {
    const s = sink();
    await receiver.down();
    await expect(
      s.write({ story: makeStory({ source: { guid: 'hook-down' } }), attempt: 1 }),
    ).rejects.toMatchObject({
      code: 'WF_E_SINK_UNAVAILABLE',
      retryable: true,
    });
    await receiver.up();
  });

  it('refuses a private-network receiver that is not allow-listed', async () => {
    const s = sink({ allowPrivate: [] });
    await expect(
      s.write({ story: makeStory({ source: { guid: 'hook-guard' } }), attempt: 1 }),
    ).rejects.toMatchObject({ code: 'WF_E_SINK_REJECTED', details: { code: 'WF_E_FETCH_BLOCKED' } });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, capped at an hour', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('999999', now)).toBe(3_600_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
