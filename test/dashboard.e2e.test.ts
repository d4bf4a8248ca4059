import { mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from '@wirefeed/testing/cli';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardStack } from './support/browser.ts';
import {
  ADMIN_TOKEN,
  ARTIFACTS,
  hasChromium,
  launchBrowser,
  logIn,
  openPage,
  startDashboardStack,
  VIEWER_TOKEN,
} from './support/browser.ts';

/** The little of the DOM the tests touch inside the page (the project's lib has no DOM types). */
interface BrowserDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));
const shot = (name: string) => fileURLToPath(new URL(name, ARTIFACTS));
const lines = async (path: string) =>
  (await readFile(path, 'utf8').catch(() => '')).split('\n').filter((l) => l.trim()).length;

describe.skipIf(!hasChromium())('dashboard in headless Chromium, over the whole pipeline in process', () => {
  let stack: DashboardStack;
  let feeds: FeedServer;
  let browser: Browser;
  let admin: Page;
  let adminErrors: string[];

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    stack = await startDashboardStack('dash-ui', { brokenSink: true });
    feeds = await startFeedServer();
    feeds.serve('/world.xml', fixture('world-wire.xml'));
    browser = await launchBrowser();
    const opened = await openPage(browser);
    admin = opened.page;
    adminErrors = opened.errors;
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.close();
    await stack?.close();
  });

  const count = (page: Page, queue: string, state: string) =>
    page.locator(`[data-count="${queue}:${state}"]`).textContent();

  it('logs in, adds a feed, and watches counts move and stories appear without a reload', async () => {
    await logIn(admin, stack.base, ADMIN_TOKEN);
    expect(await admin.locator('h1').textContent()).toBe('Pipeline');
    expect(await count(admin, 'sink.file', 'completed')).toBe('0');
    await admin.locator('#live-state[data-state="connected"]').waitFor();
    // Marks this document: a reload or navigation would lose it.
    await admin.evaluate(() => {
      (globalThis as unknown as { stillHere: boolean }).stillHere = true;
    });

    // A second tab adds the feed through the Feeds page's form.
    const tab = await admin.context().newPage();
    await tab.goto(`${stack.base}/feeds`);
    await tab.fill('#add-feed input[name="url"]', feeds.url('/world.xml'));
    await tab.fill('#add-feed input[name="id"]', 'world');
    await tab.fill('#add-feed input[name="title"]', 'Example World Wire');
    await Promise.all([tab.waitForURL(/\/feeds\?msg=/), tab.click('#add-feed button[type="submit"]')]);
    expect(await tab.locator('.flash').textContent()).toContain('added world');
    expect(await tab.locator('tr[data-feed="world"]').count()).toBe(1);

    // The overview, untouched, fills in by itself.
    await expect.poll(() => count(admin, 'sink.file', 'completed'), { timeout: 30_000 }).toBe('4');
    await expect.poll(() => admin.locator('#stories li').count(), { timeout: 10_000 }).toBe(4);
    expect(await count(admin, 'normalize', 'completed')).toBe('4');
    expect(Number(await admin.locator('[data-metric="sink.file:hour"]').textContent())).toBe(4);
    const headlines = await admin.locator('#stories li .headline').allTextContents();
    expect(headlines).toContain('President Xi calls for greater Beijing-Baku exchanges');
    expect(await admin.evaluate(() => (globalThis as unknown as { stillHere?: boolean }).stillHere)).toBe(
      true,
    );
    await admin.screenshot({ path: shot('dashboard-overview.png'), fullPage: true });

    await expect
      .poll(
        async () => {
          await tab.reload();
          return tab.locator('tr[data-feed="world"] td.items').textContent();
        },
        { timeout: 15_000 },
      )
      .toBe('4');
    // Polled fine (the fixture's items are years old, so the feed also counts as quiet).
    expect(await tab.locator('tr[data-feed="world"] td.status').textContent()).toMatch(/^(active|quiet)/);
    expect(await tab.locator('tr[data-feed="world"] td.streak').textContent()).toBe('0');
    expect(await tab.locator('tr[data-feed="world"] td.error').textContent()).toBe('');
    await tab.screenshot({ path: shot('dashboard-feeds.png'), fullPage: true });

    // Fetch now polls the feed outside its schedule.
    const fetched = async () =>
      (
        (await (
          await fetch(`${stack.base}/api/pipeline`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
        ).json()) as { stages: { queue: string; counts: { completed: number } }[] }
      ).stages.find((s) => s.queue === 'fetch')?.counts.completed ?? 0;
    const before = await fetched();
    await Promise.all([
      tab.waitForURL(/\/feeds/),
      tab.locator('tr[data-feed="world"]').getByRole('button', { name: 'Fetch now' }).click(),
    ]);
    expect(await tab.locator('.flash').textContent()).toContain('fetching world');
    await expect.poll(fetched, { timeout: 10_000 }).toBe(before + 1);
    await tab.close();
  });

  it("opens a story's trace: its path through the stages, enrichment and where it was delivered", async () => {
    await Promise.all([
      admin.waitForURL(/\/trace\/[a-z0-9]+$/),
      admin
        .getByRole('link', { name: 'President Xi calls for greater Beijing-Baku exchanges' })
        .first()
        .click(),
    ]);
    expect(await admin.locator('#trace-headline').textContent()).toBe(
      'President Xi calls for greater Beijing-Baku exchanges',
    );
    const stages = await admin.locator('#trace-steps tbody tr td:first-child').allTextContents();
    expect(stages).toEqual(expect.arrayContaining(['normalize', 'dedup', 'enrich', 'deliver', 'sink file']));
    expect(
      await admin.locator('#trace-steps tbody tr', { hasText: 'sink file' }).first().textContent(),
    ).toContain('completed');
    expect(await admin.locator('#delivered').textContent()).toContain('file · v1');
    expect(await admin.locator('table.kv', { hasText: 'people' }).textContent()).toContain('Xi Jinping');
    // The body is shown in a sandboxed frame.
    expect(await admin.locator('iframe.feed-html').getAttribute('sandbox')).toBe('');
    expect(await admin.frameLocator('iframe.feed-html').locator('body').textContent()).toContain(
      'Azerbaijani President Ilham Aliyev',
    );
    await admin.screenshot({ path: shot('dashboard-trace.png'), fullPage: true });

    // Search by headline words leads to the same story.
    await admin.goto(`${stack.base}/trace?q=${encodeURIComponent('Beijing Baku')}`);
    expect(await admin.locator('ul.results li').count()).toBe(1);
  });

  it("shows a failing sink's jobs, refuses a viewer's retry (403), and retries them for an admin once it recovers", async () => {
    // `file-2` writes into a directory: every write fails with EISDIR and is retried with backoff.
    const api = async <T>(path: string): Promise<T> =>
      (await (
        await fetch(`${stack.base}${path}`, { headers: { authorization: `Bearer ${VIEWER_TOKEN}` } })
      ).json()) as T;
    type Jobs = { jobs: { id: string; failedReason?: string; attemptsMade: number }[]; total: number };
    await expect
      .poll(
        async () =>
          (await api<Jobs>('/api/queues/sink.file-2/jobs?state=delayed')).jobs.filter((j) =>
            /EISDIR/.test(j.failedReason ?? ''),
          ).length,
        {
          timeout: 20_000,
        },
      )
      .toBe(4);
    // One story at its last attempt lands in the failed set at once.
    const delivered = (await stack.host.deps.producer.queue('sink.file').getJobs(['completed'], 0, 0))[0];
    await stack.host.deps.producer.add([
      { queue: 'sink.file-2', jobId: 'last-attempt', data: delivered?.data, opts: { attempts: 1 } },
    ]);
    await expect
      .poll(async () => (await api<Jobs>('/api/queues/sink.file-2/jobs?state=failed')).total, {
        timeout: 10_000,
      })
      .toBe(1);

    await admin.goto(`${stack.base}/`);
    await expect.poll(() => count(admin, 'sink.file-2', 'failed'), { timeout: 5_000 }).toBe('1');
    expect(await admin.locator('section.stage[data-queue="sink.file-2"]').getAttribute('class')).toContain(
      'has-failed',
    );
    await admin.goto(`${stack.base}/jobs?queue=sink.file-2&state=failed`);
    const row = admin.locator('tr[data-job="last-attempt"]');
    expect(await row.locator('td.error').textContent()).toMatch(/EISDIR/);

    // A viewer sees the failure but has no button, and the server refuses the action itself.
    const viewer = await openPage(browser);
    await logIn(viewer.page, stack.base, VIEWER_TOKEN);
    await viewer.page.goto(`${stack.base}/jobs?queue=sink.file-2&state=failed`);
    expect(await viewer.page.locator('tr[data-job="last-attempt"] td.error').textContent()).toMatch(/EISDIR/);
    expect(await viewer.page.locator('tr[data-job="last-attempt"] button').count()).toBe(0);
    const status = await viewer.page.evaluate(async () => {
      const doc = (globalThis as unknown as { document: BrowserDocument }).document;
      const csrf = doc.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
      const res = await fetch('/api/queues/sink.file-2/jobs/last-attempt/retry', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf }),
      });
      return res.status;
    });
    expect(status).toBe(403);
    await viewer.context.close();
    expect(await api<Jobs>('/api/queues/sink.file-2/jobs?state=failed')).toMatchObject({ total: 1 });

    // The sink recovers; the admin retries the failed job, then runs the retrying ones now.
    await rm(stack.brokenSinkPath, { recursive: true });
    await Promise.all([admin.waitForURL(/msg=/), row.getByRole('button', { name: 'Retry' }).click()]);
    await admin.goto(`${stack.base}/jobs?queue=sink.file-2&state=delayed`);
    if ((await admin.getByRole('button', { name: 'Retry all now' }).count()) > 0) {
      await Promise.all([
        admin.waitForURL(/msg=/),
        admin.getByRole('button', { name: 'Retry all now' }).click(),
      ]);
    }
    await expect.poll(() => lines(stack.brokenSinkPath), { timeout: 20_000 }).toBe(4);
    await admin.goto(`${stack.base}/`);
    await expect.poll(() => count(admin, 'sink.file-2', 'failed'), { timeout: 10_000 }).toBe('0');
    await expect.poll(() => count(admin, 'sink.file-2', 'completed'), { timeout: 10_000 }).toBe('5');
    expect(adminErrors).toEqual([]);
  });

  it('replays a story from its kept raw item: from the trace page (admin) and with wirefeed replay', async () => {
    const api = async <T>(path: string): Promise<T> =>
      (await (
        await fetch(`${stack.base}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
      ).json()) as T;
    const { stories } = await api<{ stories: { id: string; headline: string }[] }>(
      '/api/stories/search?q=ECB%20rates',
    );
    const id = stories[0]?.id ?? '';
    expect(id).toMatch(/^[a-z0-9]+$/);
    const normalized = async () =>
      (
        await api<{ stages: { queue: string; counts: { completed: number } }[] }>('/api/pipeline')
      ).stages.find((s) => s.queue === 'normalize')?.counts.completed;
    const before = (await normalized()) ?? 0;

    await admin.goto(`${stack.base}/trace/${id}`);
    await Promise.all([
      admin.waitForURL(/msg=/),
      admin.getByRole('button', { name: 'Replay from raw item' }).click(),
    ]);
    expect(await admin.locator('.flash').textContent()).toContain(`replaying ${id}`);
    await expect.poll(normalized, { timeout: 15_000 }).toBe(before + 1);
    // The replay's own jobs (fresh ids: the first pass's are still kept) are on the trace, down to the sink.
    type Trace = { steps: { stage: string; jobId: string; state: string }[] };
    await expect
      .poll(
        async () =>
          (await api<Trace>(`/api/stories/${id}`)).steps.some(
            (s) => s.stage === 'sink file (replay)' && s.state === 'completed',
          ),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);

    const env = { REDIS_URL: stack.redisUrl, WIREFEED_PREFIX: stack.prefix };
    const cli = await runCli(['replay', id], env);
    expect(cli.stdout).toContain(`replaying ${id}`);
    expect(cli.code).toBe(0);
    await expect.poll(normalized, { timeout: 15_000 }).toBe(before + 2);
    const unknown = await runCli(['replay', 'zzzzzzzz00'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not in the story index/);
  });
});
