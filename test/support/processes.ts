import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { freePort } from '@wirefeed/core';
import { CLI_BIN } from './run-cli.ts';

/** The pipeline services that carry items, in flow order (the scheduler and dashboard aside). */
export const STAGE_SERVICES = ['fetcher', 'normalizer', 'deduplicator', 'enricher', 'deliverer'] as const;
export type StageService = (typeof STAGE_SERVICES)[number];

/** The queues each stage service's workers take jobs from (the file sink's, for the deliverer). */
export const QUEUES_OF: Record<StageService, string[]> = {
  fetcher: ['fetch'],
  normalizer: ['normalize'],
  deduplicator: ['dedup'],
  enricher: ['enrich'],
  deliverer: ['deliver', 'sink.file'],
};

/** A `wirefeed service NAME` child process with its health port and what its logs said. */
export interface ServiceProcess {
  readonly name: string;
  /** A label unique among the processes of a test (`enricher#2`). */
  readonly label: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly healthUrl: string;
  /** `job done` log lines per queue (LOG_LEVEL=debug), `story delivered` lines under `sink.<name>`. */
  readonly jobsDone: Map<string, number>;
  /** The last log lines (stdout and stderr), for a failure message. */
  readonly tail: string[];
  /** Every warn/error log line (level ≥ 40), for a failure message. */
  readonly problems: string[];
  /** Resolves with the exit code and signal once the process is gone. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly alive: boolean;
  kill(signal?: NodeJS.Signals): void;
  /** GET /readyz: its status code, or 0 when the process does not answer. */
  readyStatus(): Promise<number>;
  /** Wait until /readyz answers 200. */
  waitReady(timeoutMs?: number): Promise<void>;
}

async function httpStatus(url: string, timeoutMs = 3_000): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

let counter = 0;

/**
 * Start one service as a real process on this Node (24), with a free health port; its pino lines are
 * read as they come to count finished jobs per queue.
 */
export async function spawnService(name: string, env: Record<string, string>): Promise<ServiceProcess> {
  const port = await freePort();
  counter += 1;
  const label = `${name}#${counter}`;
  const child = spawn(process.execPath, [CLI_BIN, 'service', name], {
    env: { ...process.env, ...env, WIREFEED_HEALTH_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const jobsDone = new Map<string, number>();
  const tail: string[] = [];
  const problems: string[] = [];
  const keep = (line: string) => {
    tail.push(line.length > 600 ? `${line.slice(0, 600)}…` : line);
    if (tail.length > 40) tail.shift();
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    if (line.includes('"job done"') || line.includes('"story delivered"')) {
      try {
        const entry = JSON.parse(line) as { queue?: string };
        if (entry.queue) jobsDone.set(entry.queue, (jobsDone.get(entry.queue) ?? 0) + 1);
      } catch {
        // A line cut short by a kill: not counted.
      }
      return;
    }
    if (/"level":(4|5|6)\d/.test(line) && problems.length < 500) problems.push(line.slice(0, 2_000));
    keep(line);
  });
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const healthUrl = `http://127.0.0.1:${port}`;
  const proc: ServiceProcess = {
    name,
    label,
    child,
    pid: child.pid ?? 0,
    healthUrl,
    jobsDone,
    tail,
    problems,
    exited,
    get alive() {
      return child.exitCode === null && child.signalCode === null;
    },
    kill(signal = 'SIGKILL') {
      if (proc.alive) child.kill(signal);
    },
    readyStatus: () => httpStatus(`${healthUrl}/readyz`),
    async waitReady(timeoutMs = 60_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (!proc.alive) throw new Error(`${label} exited before it was ready:\n${tail.join('\n')}`);
        if ((await httpStatus(`${healthUrl}/readyz`, 1_000)) === 200) return;
        await new Promise((r) => setTimeout(r, 150));
      }
      throw new Error(`${label} not ready in ${timeoutMs} ms:\n${tail.join('\n')}`);
    },
  };
  return proc;
}

/** Start several services at once and wait until every one is ready. */
export async function spawnReady(
  names: readonly string[],
  env: Record<string, string>,
  timeoutMs = 90_000,
): Promise<ServiceProcess[]> {
  const procs = await Promise.all(names.map((n) => spawnService(n, env)));
  try {
    await Promise.all(procs.map((p) => p.waitReady(timeoutMs)));
  } catch (err) {
    await stopAll(procs, 'SIGKILL');
    throw err;
  }
  return procs;
}

/** Signal every process still alive and wait for all of them to exit. */
export async function stopAll(
  procs: readonly ServiceProcess[],
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  for (const p of procs) p.kill(signal);
  await Promise.all(
    procs.map((p) =>
      Promise.race([
        p.exited,
        new Promise((r) => setTimeout(r, 15_000)).then(() => {
          p.kill('SIGKILL');
          return p.exited;
        }),
      ]),
    ),
  );
}

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'bank rates inflation minister talks election court police energy prices growth report market city storm vaccine league coach strike union budget trade tariff summit treaty army border rebels port harbour flood drought harvest wheat oil gas pipeline satellite rocket museum festival film award hospital doctors nurses school teachers students bridge railway airport airline merger shares profit loss debt bond yield currency export import factory workers wages pension reform protest parliament senate governor mayor village river mountain island coast fishermen farmers miners'.split(
    ' ',
  );
const NAMES =
  'Amina Okafor,Tom Fischer,Raj Patel,Maria Lopez,David Chen,Sarah Kelly,Lena Berg,Omar Haddad,Yuki Tanaka,Ivan Petrov,Grace Mensah,Luis Moreno,Anna Kowalska,Kofi Boateng,Mei Lin,Jonas Weber'.split(
    ',',
  );
const PLACES =
  'Nairobi,Lagos,Lima,Oslo,Hanoi,Quito,Accra,Dhaka,Tbilisi,Manila,Porto,Krakow,Mombasa,Cusco'.split(',');

/** A distinct wire-like story body (no two seeds give near-duplicates): a lead with names, 120 words. */
export function storyText(seed: number, revision = 0): string {
  const rand = seeded(seed * 7919 + 17);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const lead = `${pick(PLACES).toUpperCase()} (Wire) - Officials ${pick(NAMES)} and ${pick(NAMES)} said on Tuesday that ${seed + 3} ${pick(WORDS)} ${pick(WORDS)} plans in ${pick(PLACES)} would go ahead.`;
  const paragraphs = [lead];
  for (let p = 0; p < 4; p++) {
    paragraphs.push(`${Array.from({ length: 30 }, () => pick(WORDS)).join(' ')}, ${pick(NAMES)} said.`);
  }
  if (revision > 0) paragraphs.push(`Updated with figures from revision ${revision} of the ministry report.`);
  return paragraphs.join('\n\n');
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of `count` distinct stories, guids `<feedId>-<n>`; `revision` edits every body. */
export function wireFeedXml(feedId: string, firstSeed: number, count: number, revision = 0): string {
  const items = Array.from({ length: count }, (_, n) => {
    const seed = firstSeed + n;
    const date = new Date(Date.UTC(2026, 10, 20, 8, 0, 0) + seed * 60_000).toUTCString();
    return `<item><title>${escapeXml(`Story ${seed} from ${feedId}`)}</title><guid isPermaLink="false">${feedId}-${n}</guid><link>https://${feedId}.example/${n}</link><pubDate>${date}</pubDate><description>${escapeXml(storyText(seed, revision).replace(/\n\n/g, '<br/><br/>'))}</description></item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${feedId}</title><link>https://${feedId}.example/</link><description>test wire</description>${items.join('')}</channel></rss>`;
}

/** Feeds served from memory on 127.0.0.1, each response held back `delayMs` (a slow upstream). */
export interface WireFeedServer {
  readonly port: number;
  url(route: string): string;
  set(route: string, body: string): void;
  delayMs: number;
  close(): Promise<void>;
}

export async function startWireFeedServer(delayMs = 0): Promise<WireFeedServer> {
  const routes = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = routes.get((req.url ?? '/').split('?')[0] ?? '/');
    setTimeout(() => {
      if (body === undefined) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    }, feeds.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const feeds: WireFeedServer = {
    port,
    delayMs,
    url: (route) => `http://127.0.0.1:${port}${route}`,
    set: (route, body) => void routes.set(route, body),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return feeds;
}

/** One line of an NDJSON story sink, as far as the invariants need it. */
export interface SinkLine {
  id: string;
  version: number;
  source: { feedId: string; guid?: string };
  headline: string;
}

/** Every line of a file sink (a missing file is empty). A line that does not parse fails the test. */
export async function readSink(path: string): Promise<SinkLine[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as SinkLine;
      } catch {
        throw new Error(`sink line ${i + 1} is not JSON: ${l.slice(0, 200)}`);
      }
    });
}

/** `id@version` keys that occur more than once. */
export function repeated(lines: readonly Pick<SinkLine, 'id' | 'version'>[]): string[] {
  const seen = new Map<string, number>();
  for (const l of lines) seen.set(`${l.id}@${l.version}`, (seen.get(`${l.id}@${l.version}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k, n]) => `${k}×${n}`);
}

/** Sleep, for pacing a scenario (never to assert on timing). */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
