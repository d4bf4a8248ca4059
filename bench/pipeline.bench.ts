/**
 * `npm run bench`: N synthetic stories through the real pipeline, and in the same run N jobs through a
 * raw BullMQ chain with the same hops and no work. Prints both rates and their ratio; the ratio is
 * the figure to compare across machines. Then, on one core and without Redis, raw feed parsing next
 * to normalizeItem over realistic ~3 KB wire stories, and their ratio.
 *
 *   BENCH_N=2000 npm run bench
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PIPELINE_SERVICES } from '@wirefeed/cli';
import type { Config, FetchJob } from '@wirefeed/core';
import {
  createRedis,
  jobIds,
  loadConfig,
  nullLogger,
  readRun,
  STAGES,
  Stage,
  startHost,
  startLocalRedis,
  startRun,
} from '@wirefeed/core';
import { parseFeed } from '@wirefeed/feeds';
import { normalizeItem } from '@wirefeed/normalize';
import { Queue, Worker } from 'bullmq';

const N = Number(process.env.BENCH_N ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const WORDS =
  'government minister said market bank election talks city police court energy prices growth officials report week'.split(
    ' ',
  );

function syntheticFeed(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    // Distinct bodies, so dedup keeps every story and the sink writes N lines.
    const words = Array.from(
      { length: 120 },
      (_, j) => WORDS[(i * 7 + j * 13 + ((i * j) % 5)) % WORDS.length],
    );
    const body = `<p>LONDON (Reuters) - Story ${i}: ${words.slice(0, 60).join(' ')}.</p><p>${words.slice(60).join(' ')} ${i}.</p>`;
    items.push(
      `<item><title>Synthetic story ${i} on ${words[0]} ${words[1]}</title><link>https://bench.example/${i}</link><guid>bench-${i}</guid><pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate><content:encoded><![CDATA[${body}]]></content:encoded></item>`,
    );
  }
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench</title>${items.join('')}</channel></rss>`;
}

async function pipelineRate(redisUrl: string, feedPath: string, outPath: string): Promise<number> {
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const base = loadConfig({ WIREFEED_PREFIX: prefix, LOG_LEVEL: 'silent' });
  const config: Config = {
    ...base,
    WIREFEED_SINKS: [{ kind: 'file', name: 'out', target: outPath }],
    WIREFEED_CONCURRENCY: CONCURRENCY,
  };
  const host = await startHost({ config, log: nullLogger(), redisUrl, factories: PIPELINE_SERVICES });
  const { connection, producer, keyPrefix } = host.deps;
  const run = { id: randomBytes(6).toString('hex') };
  await startRun(connection, keyPrefix, run.id, 1);
  const t0 = performance.now();
  const data: FetchJob = { feedId: 'bench', url: feedPath, run };
  await producer.add([{ queue: Stage.fetch, jobId: jobIds.fetch('bench', run), data }]);
  let summary = await readRun(connection, keyPrefix, run.id);
  while (!summary.done) {
    await new Promise((r) => setTimeout(r, 20));
    summary = await readRun(connection, keyPrefix, run.id);
  }
  const seconds = (performance.now() - t0) / 1000;
  if (summary.counts.delivered !== N)
    throw new Error(`pipeline delivered ${summary.counts.delivered} of ${N}`);
  await host.close();
  return N / seconds;
}

/** The same hops (fetch → normalize → dedup → enrich → deliver → sink) with workers that do nothing but pass on. */
async function rawChainRate(redisUrl: string): Promise<number> {
  const prefix = `{rawbench-${randomBytes(4).toString('hex')}}`;
  const hops = [...STAGES, 'sink.out'];
  const connection = createRedis(redisUrl, 'worker');
  const queues = hops.map((name) => new Queue(name, { connection, prefix }));
  let done = 0;
  let resolveDone: () => void = () => {};
  const finished = new Promise<void>((r) => (resolveDone = r));
  const workers = hops.map(
    (name, i) =>
      new Worker(
        name,
        async (job) => {
          const next = queues[i + 1];
          if (i === 0) {
            await next?.addBulk(
              Array.from({ length: N }, (_, k) => ({ name: 'x', data: { k }, opts: { jobId: `j-${k}` } })),
            );
          } else if (next) await next.add('x', job.data, { jobId: `${name}-${job.id}` });
          else if (++done === N) resolveDone();
        },
        { connection, prefix, concurrency: name.startsWith('sink') ? 1 : CONCURRENCY },
      ),
  );
  const t0 = performance.now();
  await queues[0]?.add('poll', {});
  await finished;
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
  connection.disconnect();
  return N / seconds;
}

// ---- One core, no Redis: raw parsing next to the normalizer, on ~3 KB wire stories. ----

// Fixed rather than read from the environment: the figure is a per-story rate, N only smooths it.
const STORY_N = 500;
const STORY_SECONDS = 4;
const PLACES = ['WASHINGTON', 'LONDON', 'BRUSSELS', 'NEW YORK', 'TOKYO', 'NAIROBI', 'SAO PAULO', 'BERLIN'];
const AGENCIES = ['Reuters', 'AP', 'AFP'];
const PEOPLE = ['Maria Lopez', 'David Chen', 'Amina Okafor', 'Tom Fischer', 'Sarah Kelly', 'Raj Patel'];
const SUBJECTS = [
  'The central bank',
  'Officials in the capital',
  'The finance ministry',
  'Opposition lawmakers',
  'A spokesman for the company',
  'Analysts at several banks',
  'The country’s largest union',
  'Residents of the coastal town',
  'The prime minister',
  'Investors',
];
const VERBS = ['said', 'warned', 'told reporters', 'argued', 'acknowledged', 'added', 'insisted'];
const CLAIMS = [
  'that the decision would be reviewed before the end of the year',
  'that prices for food and energy had risen faster than expected in October',
  'that talks with the rebels were likely to resume next week',
  'that it had no plans to cut jobs at its plants in the north',
  'that the new rules could slow growth in the short term',
  'that the vote was delayed because of a dispute over the budget',
  'that there was “no evidence” of wrongdoing by the firm',
  'that thousands of people had been moved to shelters overnight',
  'that the agreement would open the market to foreign banks',
  'that the court’s ruling left many questions unanswered',
];
const TAILS = [
  'according to a statement released on Thursday',
  'in an interview with local television',
  'although it gave no further details',
  'as the storm moved inland',
  'citing people familiar with the matter',
  'while markets in Asia were closed for a holiday',
  '',
  '',
];
const ASIDES = [
  'It was not immediately clear how many people were affected.',
  'The government has denied the claims.',
  'Shares in the company fell 4.2% in early trading & recovered later.',
  'Neither side responded to requests for comment.',
  'The index is up about 11% so far this year.',
  'Police said the investigation was continuing.',
];

// mulberry32: a small seeded generator, so every run (and every machine) benchmarks the same text.
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wireStory(i: number): { title: string; html: string; summary: string } {
  const rand = seeded(i + 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const sentence = (): string => {
    const tail = pick(TAILS);
    const s = `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(CLAIMS)}${tail ? `, ${tail}` : ''}.`;
    return rand() < 0.25 ? `${s} ${pick(ASIDES)}` : s;
  };
  const inline = (s: string): string => {
    const r = rand();
    if (r < 0.15) return s.replace(/^(\S+ \S+)/, '<strong>$1</strong>');
    if (r < 0.3) return s.replace(/(\S+)\.$/, '<a href="/markets/story-$1">$1</a>.');
    if (r < 0.4) return s.replace(/“([^”]+)”/, '&#8220;<em>$1</em>&#8221;');
    return s.replace(/’/g, '&rsquo;');
  };
  const agency = pick(AGENCIES);
  const lead = sentence();
  const paragraphs = [`${pick(PLACES)}, Nov 26 (${agency}) - ${inline(lead)} ${inline(sentence())}`];
  paragraphs.push(
    `<figure><img src="https://img.example.com/${i}.jpg" alt="Protesters gather in the square" width="640"><figcaption>Protesters gather &amp; march, Nov 25.</figcaption></figure>`,
  );
  while (paragraphs.join('').length < 2700) {
    paragraphs.push(
      `${inline(sentence())} ${inline(sentence())}&nbsp;${rand() < 0.5 ? inline(sentence()) : ''}`,
    );
  }
  paragraphs.push(`(Reporting by ${pick(PEOPLE)}; Editing by ${pick(PEOPLE)})`);
  const html = paragraphs
    .map((p) => (p.startsWith('<figure') ? p : `<p class="story-text">${p.trim()}</p>`))
    .join('\n');
  const who = pick(SUBJECTS).replace(/^The (\w)/, (_, c: string) => c.toUpperCase());
  const title = `${rand() < 0.3 ? 'UPDATE 2-' : ''}${who} ${pick(VERBS)} talks may resume`;
  return { title, html, summary: lead.replace(/’/g, '&rsquo;') };
}

function wireFeed(n: number): string {
  const items = Array.from({ length: n }, (_, i) => {
    const { title, html, summary } = wireStory(i);
    return `<item><title>${title}</title><link>https://wire.example.com/world/${i}?utm_source=rss</link><guid>wire-${i}</guid><pubDate>Thu, 26 Nov 2026 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate><dc:creator>By ${PEOPLE[i % PEOPLE.length]?.toUpperCase()}</dc:creator><category>World</category><description>${summary}</description><content:encoded><![CDATA[${html}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title><link>https://wire.example.com/</link><language>en-us</language>${items.join('')}</channel></rss>`;
}

/**
 * Runs `round` (which handles `perRound` stories) in slices of `STORY_SECONDS / 4`; stories per
 * second of this thread's CPU time in the best slice. CPU time leaves out waiting for a core, and
 * the best slice the one the machine's other work disturbed least.
 */
async function rate(perRound: number, round: () => unknown): Promise<number> {
  // Warm-up: V8 needs a second or so of this loop before the parser and sanitizer run optimized,
  // and a worker that normalizes all day runs them optimized.
  const warm = performance.now();
  while (performance.now() - warm < 1500) await round();
  let best = 0;
  for (let slice = 0; slice < 4; slice++) {
    let stories = 0;
    const t0 = performance.now();
    const cpu0 = process.threadCpuUsage();
    while (performance.now() - t0 < (STORY_SECONDS * 1000) / 4) {
      await round();
      stories += perRound;
    }
    const cpu = process.threadCpuUsage(cpu0);
    best = Math.max(best, stories / ((cpu.user + cpu.system) / 1e6));
  }
  return best;
}

async function perCoreRates(): Promise<void> {
  const xml = wireFeed(STORY_N);
  const url = 'https://wire.example.com/world.rss';
  const { items } = await parseFeed(xml, { url });
  const ctx = {
    feedId: 'bench',
    feedUrl: url,
    fetchedAt: '2026-11-26T12:00:00.000Z',
    now: new Date('2026-11-26T12:00:00.000Z'),
  };
  const meanBytes = items.reduce((sum, it) => sum + (it.contentHtml?.length ?? 0), 0) / items.length;
  console.log(
    `one core (thread CPU time), ${items.length} wire stories of ${(meanBytes / 1024).toFixed(1)} KB HTML on average:`,
  );
  const parse = await rate(items.length, () => parseFeed(xml, { url }));
  console.log(`  raw parsing (parseFeed):           ${parse.toFixed(0)} stories/s`);
  const normalize = await rate(items.length, () => {
    for (const item of items) normalizeItem(item, ctx);
  });
  console.log(`  normalizeItem:                     ${normalize.toFixed(0)} stories/s`);
  console.log(`  ratio normalize / parse:           ${(normalize / parse).toFixed(2)}`);
}

const dir = await mkdtemp(join(tmpdir(), 'wirefeed-bench-'));
const local = process.env.REDIS_URL ? undefined : await startLocalRedis();
const redisUrl = process.env.REDIS_URL ?? local?.url ?? '';
try {
  const feedPath = join(dir, 'feed.xml');
  await writeFile(feedPath, syntheticFeed(N));
  console.log(
    `wirefeed bench: ${N} stories, concurrency ${CONCURRENCY}, Redis ${redisUrl}${local ? ' (private)' : ''}`,
  );
  const raw = await rawChainRate(redisUrl);
  console.log(`raw BullMQ chain (6 hops, no work): ${raw.toFixed(0)} jobs/s`);
  const pipeline = await pipelineRate(redisUrl, feedPath, join(dir, 'out.ndjson'));
  console.log(`wirefeed pipeline (6 stages):        ${pipeline.toFixed(0)} stories/s`);
  console.log(`ratio pipeline / raw chain:          ${(pipeline / raw).toFixed(2)}`);
  await perCoreRates();
} finally {
  await local?.stop();
  await rm(dir, { recursive: true, force: true });
}
