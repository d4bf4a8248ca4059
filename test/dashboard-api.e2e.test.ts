import { fileURLToPath } from 'node:url';
import { cookiesOf, csrfOf } from '@wirefeed/testing/dashboard-forms';
import { startFeedServer } from '@wirefeed/testing/feed-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardStack } from './support/browser.ts';
import { ADMIN_TOKEN, startDashboardStack, VIEWER_TOKEN } from './support/browser.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/feeds/${name}`, import.meta.url));

describe('dashboard HTTP: auth, roles, CSRF, CSP, API', () => {
  let stack: DashboardStack;
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    stack = await startDashboardStack('dash-api');
  });
  afterAll(async () => {
    await stack?.close();
  });

  /** A logged-in session: its cookies and a CSRF token from a page. */
  async function session(token: string): Promise<{ cookie: string; csrf: string }> {
    const login = await fetch(`${stack.base}/login`);
    let cookie = cookiesOf(login);
    const csrf = csrfOf(await login.text());
    const res = await fetch(`${stack.base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrf, token }),
    });
    expect(res.status).toBe(303);
    const set = res.headers.getSetCookie().find((c) => c.startsWith('wf_session='));
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Strict/i);
    cookie = `${cookie}; ${cookiesOf(res)}`;
    const page = await fetch(`${stack.base}/feeds`, { headers: { cookie } });
    expect(page.status).toBe(200);
    return { cookie, csrf: csrfOf(await page.text()) };
  }

  it('answers 401 without a token, on pages (with the login form) and on the API', async () => {
    for (const path of ['/', '/jobs', '/feeds', '/stories', '/trace', '/trace/abcdefgh12']) {
      const res = await fetch(`${stack.base}${path}`, { redirect: 'manual' });
      expect(res.status, path).toBe(401);
      expect(await res.text()).toContain('name="token"');
    }
    for (const path of ['/api/pipeline', '/api/queues', '/api/feeds', '/api/stories', '/api/events']) {
      const res = await fetch(`${stack.base}${path}`);
      expect(res.status, path).toBe(401);
    }
    expect(
      (await fetch(`${stack.base}/api/pipeline`, { headers: bearer('wrong-token-0123456789') })).status,
    ).toBe(401);
    const forged = await fetch(`${stack.base}/`, { headers: { cookie: 'wf_session=admin.99999999999999' } });
    expect(forged.status).toBe(401);
  });

  it('serves the overview API to a bearer token: every stage in flow order, then the sink', async () => {
    const res = await fetch(`${stack.base}/api/pipeline`, { headers: bearer(VIEWER_TOKEN) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      stages: { name: string; counts: Record<string, number>; workers: number }[];
    };
    expect(body.stages.map((s) => s.name)).toEqual([
      'fetch',
      'normalize',
      'dedup',
      'enrich',
      'deliver',
      'sink file',
    ]);
    expect(body.stages[0]?.counts).toHaveProperty('failed');
    // Every stage runs in this process: each queue has its worker.
    expect(body.stages.every((s) => s.workers >= 1)).toBe(true);
  });

  it('lets a viewer read but not act (403), and an admin act', async () => {
    const viewer = await fetch(`${stack.base}/api/queues/enrich/pause`, {
      method: 'POST',
      headers: bearer(VIEWER_TOKEN),
    });
    expect(viewer.status).toBe(403);
    const admin = await fetch(`${stack.base}/api/queues/enrich/pause`, {
      method: 'POST',
      headers: bearer(ADMIN_TOKEN),
    });
    expect(admin.status).toBe(200);
    const queues = (await (
      await fetch(`${stack.base}/api/queues`, { headers: bearer(VIEWER_TOKEN) })
    ).json()) as {
      queues: { queue: string; paused: boolean }[];
    };
    expect(queues.queues.find((q) => q.queue === 'enrich')?.paused).toBe(true);
    await fetch(`${stack.base}/api/queues/enrich/resume`, { method: 'POST', headers: bearer(ADMIN_TOKEN) });
    expect(
      (await fetch(`${stack.base}/api/queues/nope/pause`, { method: 'POST', headers: bearer(ADMIN_TOKEN) }))
        .status,
    ).toBe(404);
  });

  it('refuses a wrong token at the login form', async () => {
    const login = await fetch(`${stack.base}/login`);
    const res = await fetch(`${stack.base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(login) },
      body: new URLSearchParams({ _csrf: csrfOf(await login.text()), token: 'not-the-token-at-all' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('wf_session='))).toBe(false);
  });

  it('refuses a cross-site POST that rides the session cookie without the CSRF token', async () => {
    const { cookie, csrf } = await session(ADMIN_TOKEN);
    const form = {
      'content-type': 'application/x-www-form-urlencoded',
      cookie,
      origin: 'https://evil.example',
    };
    const noToken = await fetch(`${stack.base}/api/queues/dedup/pause`, {
      method: 'POST',
      redirect: 'manual',
      headers: form,
      body: new URLSearchParams({ _back: '/' }),
    });
    expect(noToken.status).toBe(403);
    const wrongToken = await fetch(`${stack.base}/api/queues/dedup/pause`, {
      method: 'POST',
      redirect: 'manual',
      headers: form,
      body: new URLSearchParams({ _csrf: `${csrf.slice(0, -2)}xx` }),
    });
    expect(wrongToken.status).toBe(403);
    const queues = async () =>
      (
        (await (await fetch(`${stack.base}/api/queues`, { headers: bearer(ADMIN_TOKEN) })).json()) as {
          queues: { queue: string; paused: boolean }[];
        }
      ).queues.find((q) => q.queue === 'dedup')?.paused;
    expect(await queues()).toBe(false);
    // The same request from the page, with its token, goes through.
    const ok = await fetch(`${stack.base}/api/queues/dedup/pause`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrf, _back: '/jobs?queue=dedup' }),
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toMatch(/^\/jobs\?queue=dedup&msg=/);
    expect(await queues()).toBe(true);
    await fetch(`${stack.base}/api/queues/dedup/resume`, { method: 'POST', headers: bearer(ADMIN_TOKEN) });
  });

  it('gives a viewer session 403 on actions even with a valid CSRF token', async () => {
    const { cookie, csrf } = await session(VIEWER_TOKEN);
    const res = await fetch(`${stack.base}/api/queues/fetch/pause`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(res.status).toBe(403);
  });

  it('sends a strict Content-Security-Policy and no inline script or style on pages', async () => {
    const { cookie } = await session(ADMIN_TOKEN);
    for (const path of ['/', '/feeds', '/jobs', '/stories', '/trace']) {
      const res = await fetch(`${stack.base}${path}`, { headers: { cookie } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      const page = await res.text();
      expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    }
  });

  it('serves health, readiness and Prometheus metrics without a token', async () => {
    expect((await fetch(`${stack.base}/healthz`)).status).toBe(200);
    expect((await fetch(`${stack.base}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${stack.base}/metrics`)).text();
    expect(metrics).toMatch(/wirefeed_queue_jobs\{queue="fetch",state="waiting"\} \d+/);
    expect(metrics).toContain('wirefeed_dashboard_requests_total');
  });

  it('manages feeds over the API: http(s) only, list, OPML out and in, remove', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${stack.base}${path}`, {
        method: 'POST',
        headers: { ...bearer(ADMIN_TOKEN), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const local = await post('/api/feeds', { url: '/etc/passwd' });
    expect(local.status).toBe(400);
    expect(((await local.json()) as { error: string }).error).toMatch(/only http and https feed URLs/);
    // Paused at once so the fetcher leaves the (unreachable) feed alone.
    expect(
      (await post('/api/feeds', { url: 'http://127.0.0.1:9/never.xml', id: 'never', title: 'Never' })).status,
    ).toBe(200);
    expect((await post('/api/feeds/never/pause', {})).status).toBe(200);
    expect((await post('/api/feeds', { url: 'http://127.0.0.1:9/never.xml' })).status).toBe(400);
    const list = (await (
      await fetch(`${stack.base}/api/feeds`, { headers: bearer(VIEWER_TOKEN) })
    ).json()) as {
      feeds: { id: string; status: string; errorStreak: number }[];
    };
    expect(list.feeds).toEqual([expect.objectContaining({ id: 'never', status: 'paused', errorStreak: 0 })]);
    const opml = await (
      await fetch(`${stack.base}/api/feeds/opml`, { headers: bearer(VIEWER_TOKEN) })
    ).text();
    expect(opml).toContain('http://127.0.0.1:9/never.xml');
    expect((await post('/api/feeds/never/remove', {})).status).toBe(200);
    const imported = await fetch(`${stack.base}/api/feeds/opml`, {
      method: 'POST',
      headers: { ...bearer(ADMIN_TOKEN), 'content-type': 'text/xml' },
      body: opml,
    });
    expect(await imported.json()).toMatchObject({ added: 1 });
    expect((await post('/api/feeds/never/pause', {})).status).toBe(200);
    expect((await post('/api/feeds/never/remove', {})).status).toBe(200);
    expect((await post('/api/feeds/never/remove', {})).status).toBe(404);
  });

  it("pages and sorts a queue's jobs, cuts large data with a way to see all of it, and cleans in bulk", async () => {
    const get = async <T>(path: string): Promise<T> =>
      (await (await fetch(`${stack.base}${path}`, { headers: bearer(VIEWER_TOKEN) })).json()) as T;
    const post = (path: string, body: unknown) =>
      fetch(`${stack.base}${path}`, {
        method: 'POST',
        headers: { ...bearer(ADMIN_TOKEN), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    // A paused stage holds its jobs in `waiting`, where they can be paged through.
    expect((await post('/api/queues/enrich/pause', {})).status).toBe(200);
    const queue = stack.host.deps.producer.queue('enrich');
    for (let i = 0; i < 30; i++)
      await queue.add('enrich', { n: i, blob: i === 29 ? 'x'.repeat(20_000) : '' }, { jobId: `paged-${i}` });
    type Page = { jobs: { id: string }[]; total: number; page: number; pages: number };
    const first = await get<Page>('/api/queues/enrich/jobs?state=waiting&size=10');
    expect(first).toMatchObject({ total: 30, page: 1, pages: 3 });
    expect(first.jobs.map((j) => j.id).slice(0, 2)).toEqual(['paged-29', 'paged-28']);
    const oldest = await get<Page>('/api/queues/enrich/jobs?state=waiting&size=10&order=asc&page=3');
    expect(oldest.jobs.map((j) => j.id).slice(-2)).toEqual(['paged-28', 'paged-29']);
    type Detail = { data: string; dataChars: number; truncated: boolean; state: string };
    const cut = await get<Detail>('/api/queues/enrich/jobs/paged-29');
    expect(cut).toMatchObject({ truncated: true, state: 'waiting' });
    expect(cut.data.length).toBeLessThan(cut.dataChars);
    const whole = await get<Detail>('/api/queues/enrich/jobs/paged-29?full=1');
    expect(whole.truncated).toBe(false);
    expect(whole.data).toHaveLength(cut.dataChars);
    expect(JSON.parse(whole.data).blob).toHaveLength(20_000);
    // The job page offers the rest behind a link.
    const { cookie } = await session(VIEWER_TOKEN);
    const html = await (await fetch(`${stack.base}/jobs/enrich/paged-29`, { headers: { cookie } })).text();
    expect(html).toContain('id="show-all"');
    const cleaned = await post('/api/queues/enrich/clean', { state: 'waiting' });
    expect(await cleaned.json()).toMatchObject({ removed: 30, more: false });
    expect((await get<Page>('/api/queues/enrich/jobs?state=waiting')).total).toBe(0);
    expect((await post('/api/queues/enrich/resume', {})).status).toBe(200);
  });

  it("shows a story's dedup cluster: the copy another outlet ran, and from which feed", async () => {
    const server = await startFeedServer();
    try {
      server.serve('/world.xml', fixture('world-wire.xml'));
      server.serve('/planet.xml', fixture('outlet-reprint.xml'));
      const add = (url: string, id: string) =>
        fetch(`${stack.base}/api/feeds`, {
          method: 'POST',
          headers: { ...bearer(ADMIN_TOKEN), 'content-type': 'application/json' },
          body: JSON.stringify({ url, id }),
        });
      expect((await add(server.url('/world.xml'), 'world')).status).toBe(200);
      const get = async <T>(path: string): Promise<T> =>
        (await (await fetch(`${stack.base}${path}`, { headers: bearer(VIEWER_TOKEN) })).json()) as T;
      type Stories = { stories: { id: string }[] };
      await expect
        .poll(async () => (await get<Stories>('/api/stories')).stories.length, { timeout: 60_000 })
        .toBe(4);
      expect((await add(server.url('/planet.xml'), 'planet')).status).toBe(200);
      await expect
        .poll(async () => (await get<Stories>('/api/stories')).stories.length, { timeout: 60_000 })
        .toBe(5);
      type Trace = { cluster?: { clusterId: string; members: { id: string; feedId: string }[] } };
      const world = (await get<Stories>('/api/stories/search?q=feed:world')).stories;
      const traces = await Promise.all(world.map((s) => get<Trace>(`/api/stories/${s.id}`)));
      // The first story is the cluster; its members are the copies that came after.
      const copied = traces.find((t) => (t.cluster?.members.length ?? 0) > 0);
      expect(copied?.cluster?.members.map((m) => m.feedId)).toEqual(['planet']);
      const copyId = copied?.cluster?.members.find((m) => m.feedId === 'planet')?.id ?? '';
      // The copy was dropped before delivery; its trace still tells where it went.
      const copy = await get<Trace & { delivered: unknown[] }>(`/api/stories/${copyId}`);
      expect(copy.cluster?.clusterId).toBe(copied?.cluster?.clusterId);
      expect(copy.delivered).toEqual([]);
    } finally {
      await server.close();
    }
    // Two polls of up to 60 s each: under `npm test`'s parallel e2e files the first took over 30 s once.
  }, 150_000);
});
