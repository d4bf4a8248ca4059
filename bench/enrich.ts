import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Story } from '@wirefeed/core';
import { enrichStory, loadGazetteer } from '@wirefeed/enrich';
import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import nlp from 'compromise';
import { cpuRate } from './measure.ts';
import type { BenchContext } from './run.ts';
import { wireFeed } from './wire-stories.ts';

// Fixed rather than read from the environment: the figure is a per-story rate, N only smooths it.
const STORY_N = 500;
// compromise takes tens of milliseconds a story: a smaller round keeps the run short.
const BASELINE_N = 25;
const ENRICHER_MAIN = fileURLToPath(new URL('../services/enricher/src/main.ts', import.meta.url));

/**
 * One core, no Redis: `enrichStory` (every default enricher) on ~3 KB normalized wire stories, and
 * compromise alone (people, organizations, places) on the same stories, in the same run; then the
 * enricher service's resident memory once its data is loaded.
 */
export async function run(ctx: BenchContext): Promise<void> {
  const xml = wireFeed(STORY_N);
  const url = 'https://wire.example.com/world.rss';
  const { items } = await parseFeed(xml, { url });
  const now = new Date('2026-11-26T12:00:00.000Z');
  const stories: Story[] = items.map((item) =>
    normalizeItem(item, { feedId: 'bench', feedUrl: url, fetchedAt: now.toISOString(), now }),
  );
  const meanBytes = stories.reduce((n, s) => n + s.headline.length + s.body.text.length, 0) / stories.length;

  const t0 = performance.now();
  loadGazetteer();
  const loadMs = performance.now() - t0;
  console.log(
    `one core (thread CPU time), ${stories.length} normalized wire stories of ${(meanBytes / 1024).toFixed(1)} KB of text on average:`,
  );
  console.log(`  gazetteer build (once per process):  ${loadMs.toFixed(0)} ms`);
  const ours = await cpuRate(stories.length, () => {
    for (const story of stories) enrichStory(story);
  });
  console.log(`  enrichStory (all enrichers):         ${ours.toFixed(0)} stories/s`);
  const sample = stories.slice(0, BASELINE_N);
  const baseline = await cpuRate(sample.length, () => {
    for (const story of sample) {
      const doc = nlp(`${story.headline}\n${story.body.text}`);
      doc.people().out('array');
      doc.organizations().out('array');
      doc.places().out('array');
    }
  });
  console.log(`  compromise (people+orgs+places):     ${baseline.toFixed(1)} stories/s`);
  console.log(`  ratio enrichStory / compromise:      ${(ours / baseline).toFixed(0)}×`);
  const rss = await serviceRss(ctx.redisUrl);
  console.log(
    rss === undefined
      ? '  enricher service RSS:                 not measured (the service did not start)'
      : `  enricher service RSS, data loaded:   ${rss} MB`,
  );
}

// Start the real enricher service (services/enricher/src/main.ts) against the bench's Redis, wait
// until it says it is consuming (the gazetteer is built before that), read its VmRSS, stop it.
async function serviceRss(redisUrl: string): Promise<number | undefined> {
  const child = spawn(process.execPath, [ENRICHER_MAIN], {
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      WIREFEED_HEALTH_PORT: '0',
      WIREFEED_PREFIX: 'bench-enrich',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const started = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 20_000);
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (/"msg":"[^"]*(start|listen|ready|consum)/i.test(out)) {
          clearTimeout(timer);
          resolve(true);
        }
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (!started || child.pid === undefined) return undefined;
    // Let start-up garbage settle before reading.
    await new Promise((r) => setTimeout(r, 1500));
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } finally {
    child.kill('SIGTERM');
  }
}
