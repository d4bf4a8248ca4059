import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { WirefeedError } from './errors.ts';
import { createHealthServer } from './health.ts';
import { nullLogger } from './logger.ts';
import type { Host } from './service-host.ts';
import { createStageService, startHost } from './service-host.ts';
import { makeStory } from './story-fixtures.ts';
import { jobIds, Stage } from './topology.ts';

describe('Prometheus metrics of a running stage', () => {
  const url = testRedisUrl();
  const prefix = uniquePrefix('metrics');
  let host: Host;
  let base: string;
  const server = { close: () => {} };

  beforeAll(async () => {
    host = await startHost({
      config: loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' }),
      log: nullLogger(),
      redisUrl: url,
      factories: [
        (deps) =>
          createStageService(deps, {
            name: 'enricher',
            queue: Stage.enrich,
            handler: async (job: { story: { headline: string } }) => {
              if (job.story.headline === 'poison')
                throw new WirefeedError('WF_E_BAD_PAYLOAD', 'cannot take this story');
              return { outcome: 'unrouted' };
            },
          }),
      ],
    });
    const http = createHealthServer({ checks: host.checks });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    server.close = () => http.close();
  });
  afterAll(async () => {
    server.close();
    await host.close();
    await dropPrefix(url, prefix);
  });

  it('counts jobs by stage and outcome, times them, and reports queue depth on /metrics', async () => {
    const good = makeStory({ id: 'metricsgood0001' });
    const bad = makeStory({ id: 'metricsbad00001', headline: 'poison' });
    await host.deps.producer.add(
      [good, bad].map((story) => ({
        queue: Stage.enrich,
        jobId: jobIds.enrich(story.id, 1),
        data: { story },
      })),
    );
    const scrape = async () => (await fetch(`${base}/metrics`)).text();
    await expect
      .poll(scrape, { timeout: 10_000 })
      .toMatch(/wirefeed_jobs_total\{stage="enrich",outcome="failed"\} 1/);
    const text = await scrape();
    expect(text).toMatch(/wirefeed_jobs_total\{stage="enrich",outcome="unrouted"\} 1/);
    expect(text).toMatch(/wirefeed_stage_duration_seconds_count\{stage="enrich"\} 2/);
    expect(text).toMatch(/wirefeed_queue_jobs\{queue="enrich",state="failed"\} 1/);
    expect(text).toMatch(/wirefeed_process_resident_memory_bytes \d+/);
  });
});
