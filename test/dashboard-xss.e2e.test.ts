import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedServer } from '@wirefeed/testing/feed-server';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardStack } from './support/browser.ts';
import { ADMIN_TOKEN, hasChromium, launchBrowser, logIn, startDashboardStack } from './support/browser.ts';

// Every payload would set window.pwned (or open a dialog) if it ever ran.
const HOSTILE_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>&lt;script&gt;window.pwned='channel'&lt;/script&gt;Hostile Wire</title>
  <link>javascript:window.pwned='channel-link'</link>
  <description>x</description>
  <item>
    <title>&lt;script&gt;window.pwned='title'&lt;/script&gt;&lt;img src=x onerror="window.pwned='title-img'"&gt; Hostile headline about harbour pilots</title>
    <link>javascript:window.pwned='link'</link>
    <guid isPermaLink="false">hostile-1</guid>
    <pubDate>Thu, 26 Nov 2026 10:00:00 GMT</pubDate>
    <dc:creator>&lt;img src=x onerror="window.pwned='byline'"&gt;</dc:creator>
    <category>&lt;script&gt;window.pwned='category'&lt;/script&gt;</category>
    <description><![CDATA[<p>HARBOUR CITY - Pilots <script>window.pwned='body-script'</script> went on strike.<img src=x onerror="window.pwned='body-img'"> <a href="javascript:window.pwned='body-link'">details</a> <svg onload="window.pwned='svg'"></svg> <iframe src="javascript:window.pwned='iframe'"></iframe> The port authority said talks would resume on Friday, and ships were waiting offshore.</p>]]></description>
  </item>
</channel>
</rss>`;

interface Recorder {
  errors: string[];
  dialogs: string[];
  console: string[];
}

/** Nothing ran in the page or any of its frames, and no markup of the feed's came through as markup. */
async function assertInert(page: Page, rec: Recorder, label: string): Promise<void> {
  for (const frame of page.frames()) {
    const flag = await frame
      .evaluate(() => (globalThis as unknown as { pwned?: string }).pwned)
      .catch(() => undefined);
    expect(flag, `${label}: ${frame.url()}`).toBeUndefined();
  }
  const found = await page.evaluate(() => {
    type El = { tagName: string; getAttributeNames(): string[]; getAttribute(n: string): string | null };
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): Iterable<El> } })
      .document;
    const hits: string[] = [];
    for (const el of doc.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name) ?? '';
        if (/^on/i.test(name)) hits.push(`${el.tagName} ${name}`);
        if ((name === 'href' || name === 'src') && /^\s*javascript:/i.test(value))
          hits.push(`${el.tagName} ${name}`);
      }
      if (el.tagName === 'SCRIPT' && !/^\/static\/app\.js$/.test(el.getAttribute('src') ?? ''))
        hits.push('SCRIPT');
    }
    return hits;
  });
  expect(found, label).toEqual([]);
  expect(rec.errors, label).toEqual([]);
  expect(rec.dialogs, label).toEqual([]);
  // Had a script been injected, the policy or the sandbox would have blocked it and said so: no script
  // may even try. (Images the sanitizer kept are blocked by the frame's policy; that is fine.)
  expect(
    rec.console.filter((m) =>
      /script-src|script-src-elem|Blocked script execution|Refused to execute/i.test(m),
    ),
    label,
  ).toEqual([]);
}

describe.skipIf(!hasChromium())('dashboard over a hostile feed, in headless Chromium', () => {
  let stack: DashboardStack;
  let feeds: FeedServer;
  let browser: Browser;
  let storyId = '';

  beforeAll(async () => {
    stack = await startDashboardStack('dash-xss');
    const file = join(stack.dir, 'hostile.xml');
    await writeFile(file, HOSTILE_FEED);
    feeds = await startFeedServer();
    feeds.serve('/hostile.xml', file);
    browser = await launchBrowser();
    const res = await fetch(`${stack.base}/api/feeds`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        url: feeds.url('/hostile.xml'),
        id: 'hostile',
        title: `<script>window.pwned='feed-title'</script><img src=x onerror="window.pwned='feed-title-img'">`,
        tags: '<b onmouseover=alert(1)>tag</b>',
      }),
    });
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.close();
    await stack?.close();
  });

  it('executes nothing from the feed on any page: overview, stories, feeds, search, trace, jobs', async () => {
    await expect
      .poll(
        async () => {
          const body = (await (
            await fetch(`${stack.base}/api/stories`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
          ).json()) as { stories: { id: string }[] };
          storyId = body.stories[0]?.id ?? '';
          return body.stories.length;
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    const context = await browser.newContext();
    const page = await context.newPage();
    const rec: Recorder = { errors: [], dialogs: [], console: [] };
    page.on('pageerror', (err) => rec.errors.push(err.message));
    page.on('dialog', (dialog) => {
      rec.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (msg) => rec.console.push(msg.text()));
    await logIn(page, stack.base, ADMIN_TOKEN);

    const sinkJob = `s-file-${storyId}-v1`;
    const pages = [
      '/',
      '/stories',
      '/feeds',
      `/trace?q=${encodeURIComponent('harbour pilots')}`,
      `/trace/${storyId}`,
      '/jobs?queue=sink.file&state=completed',
      `/jobs/sink.file/${sinkJob}`,
      `/jobs/sink.file/${sinkJob}?full=1`,
    ];
    for (const path of pages) {
      await page.goto(`${stack.base}${path}`);
      // Give anything that could run (an onerror on a broken image, a live update) the chance to.
      await page.waitForTimeout(300);
      await assertInert(page, rec, path);
    }

    // The feed's values are there, as text.
    await page.goto(`${stack.base}/feeds`);
    expect(await page.locator('tr[data-feed="hostile"] b').first().textContent()).toContain('<script>');
    await page.goto(`${stack.base}/trace/${storyId}`);
    expect(await page.locator('#trace-headline').textContent()).toContain(
      'Hostile headline about harbour pilots',
    );
    expect(await page.locator('pre.raw').textContent()).toContain("javascript:window.pwned='link'");
    // The body sits in a sandboxed frame, and what the sanitizer left of it runs nothing there either.
    expect(await page.locator('iframe.feed-html').getAttribute('sandbox')).toBe('');
    const frameText = await page.frameLocator('iframe.feed-html').locator('body').textContent();
    expect(frameText).toContain('went on strike');
    // Clicking what is left of the body's link cannot run it.
    const link = page.frameLocator('iframe.feed-html').locator('a').first();
    if ((await link.count()) > 0) await link.click({ timeout: 2_000 }).catch(() => undefined);
    await page.waitForTimeout(300);
    await assertInert(page, rec, 'after clicking the body link');
    await context.close();
  });
});
