import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkerServices } from '@wirefeed/cli';
import type { Host } from '@wirefeed/core';
import { loadConfig, nullLogger, startHost } from '@wirefeed/core';
import { createApp } from '@wirefeed/service-dashboard';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Headless Chromium from Debian; `--no-sandbox` because CI runs as root. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

export const ADMIN_TOKEN = 'admin-token-0123456789abcdef';
export const VIEWER_TOKEN = 'viewer-token-0123456789abcdef';

/** The whole pipeline in this process (every service) and the dashboard on a free port. */
export interface DashboardStack {
  base: string;
  host: Host;
  redisUrl: string;
  prefix: string;
  /** A scratch directory; the file sink writes `stories.ndjson` in it. */
  dir: string;
  sinkPath: string;
  /** With `brokenSink`: a second file sink (`file-2`) whose path is a directory, so it fails (EISDIR). */
  brokenSinkPath: string;
  close(): Promise<void>;
}

export async function startDashboardStack(
  name: string,
  options: { brokenSink?: boolean } = {},
): Promise<DashboardStack> {
  const redisUrl = testRedisUrl();
  const prefix = uniquePrefix(name);
  const dir = await mkdtemp(join(tmpdir(), `wirefeed-${name}-`));
  await mkdir(join(dir, 'data'));
  const sinkPath = join(dir, 'stories.ndjson');
  const brokenSinkPath = join(dir, 'second.ndjson');
  if (options.brokenSink) await mkdir(brokenSinkPath);
  const config = loadConfig({
    REDIS_URL: redisUrl,
    WIREFEED_PREFIX: prefix,
    WIREFEED_SINKS: options.brokenSink ? `file:${sinkPath},file:${brokenSinkPath}` : `file:${sinkPath}`,
    WIREFEED_ALLOW_PRIVATE_NETWORKS: '127.0.0.1',
    WIREFEED_FEEDS_FILE: join(dir, 'feeds.yaml'),
    WIREFEED_DATA_DIR: join(dir, 'data'),
    WIREFEED_POLL_INTERVAL: '10s',
    WIREFEED_DASHBOARD_TOKEN: ADMIN_TOKEN,
    WIREFEED_DASHBOARD_VIEWER_TOKEN: VIEWER_TOKEN,
  });
  const log = nullLogger();
  const host = await startHost({ config, log, redisUrl, factories: await loadWorkerServices() });
  const app = createApp(
    {
      producer: host.deps.producer,
      redis: host.deps.connection,
      keyPrefix: host.deps.keyPrefix,
      sinks: config.WIREFEED_SINKS,
      tokens: { admin: ADMIN_TOKEN, viewer: VIEWER_TOKEN },
      log,
      defaultIntervalMs: 10_000,
      liveEveryMs: 500,
    },
    { checks: host.checks },
  );
  // The app as `wirefeed start` serves it: one Fastify app, health routes included.
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    host,
    redisUrl,
    prefix,
    dir,
    sinkPath,
    brokenSinkPath,
    async close() {
      app.server.closeAllConnections();
      await app.close();
      await host.close(2_000);
      await dropPrefix(redisUrl, prefix);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A browser context whose page errors and dialogs are recorded (dialogs accepted). */
export async function openPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page, errors };
}

/** Log in through the login form. */
export async function logIn(page: Page, base: string, token: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill('input[name="token"]', token);
  await Promise.all([page.waitForURL(`${base}/`), page.click('button[type="submit"]')]);
}

export const ARTIFACTS = new URL('../artifacts/', import.meta.url);
