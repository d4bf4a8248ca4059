import { request } from 'node:http';
import { cookiesOf, csrfOf } from '@wirefeed/testing/dashboard-forms';
import { dropPrefix, testRedisUrl, uniquePrefix } from '@wirefeed/testing/redis';
import type { StartProcess } from '@wirefeed/testing/start-process';
import { startWirefeed } from '@wirefeed/testing/start-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TOKEN = 'configured-admin-token-7f3a9c21e5';

/** One login attempt from a fresh login page: the answer, and the cookies it set. */
async function login(base: string, token: string, headers: Record<string, string> = {}) {
  const page = await fetch(`${base}/login`, { headers });
  const cookie = cookiesOf(page);
  const res = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, ...headers },
    body: new URLSearchParams({ _csrf: csrfOf(await page.text()), token }),
  });
  return { res, cookie: `${cookie}; ${cookiesOf(res)}`, setCookies: res.headers.getSetCookie() };
}

/** A GET with a Host header of the test's choosing (fetch sets its own). */
function statusWithHost(base: string, path: string, host: string): Promise<number> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const lines = (wf: StartProcess, msg: string) => wf.logLines().filter((l) => l.msg === msg);

describe('dashboard auth as an attacker sees it (wirefeed service dashboard, real processes)', () => {
  const url = testRedisUrl();
  const prefixes = [uniquePrefix('auth-https'), uniquePrefix('auth-proxy')];
  let https: StartProcess;
  let proxied: StartProcess;

  beforeAll(async () => {
    const common = { REDIS_URL: url, LOG_LEVEL: 'info', WIREFEED_FEEDS_FILE: '/nonexistent/feeds.yaml' };
    [https, proxied] = await Promise.all([
      // Behind an https public URL, with a configured token.
      startWirefeed(
        {
          ...common,
          WIREFEED_PREFIX: prefixes[0] as string,
          WIREFEED_DASHBOARD_TOKEN: TOKEN,
          WIREFEED_PUBLIC_URL: 'https://wire.example.test',
        },
        { args: ['service', 'dashboard'] },
      ),
      // Behind a trusted proxy on loopback, with a generated token.
      startWirefeed(
        { ...common, WIREFEED_PREFIX: prefixes[1] as string, WIREFEED_TRUSTED_PROXIES: '127.0.0.1' },
        { args: ['service', 'dashboard'] },
      ),
    ]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([https?.stop(), proxied?.stop()]);
    for (const p of prefixes) await dropPrefix(url, p);
  });

  it('never prints a configured token; prints a generated one once', async () => {
    await login(https.base, TOKEN);
    await login(https.base, 'a-wrong-token-0123456789');
    await fetch(`${https.base}/api/pipeline`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(https.stdout()).not.toContain(TOKEN);
    expect(https.stderr()).not.toContain(TOKEN);
    expect(https.stderr()).toMatch(/token: the one in WIREFEED_DASHBOARD_TOKEN/);
    const generated = /token: (\S+) \(generated/.exec(proxied.stderr())?.[1] ?? '';
    expect(generated).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(proxied.stderr().split(generated)).toHaveLength(2);
    expect(proxied.stdout()).not.toContain(generated);
  });

  it('ends a session on logout: its cookie no longer logs anyone in', async () => {
    const { res, cookie } = await login(https.base, TOKEN);
    expect(res.status).toBe(303);
    expect((await fetch(`${https.base}/api/pipeline`, { headers: { cookie } })).status).toBe(200);
    const page = await fetch(`${https.base}/feeds`, { headers: { cookie } });
    const out = await fetch(`${https.base}/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ _csrf: csrfOf(await page.text()) }),
    });
    expect(out.status).toBe(303);
    // The copy kept by whoever had it: refused, page and API.
    expect((await fetch(`${https.base}/api/pipeline`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${https.base}/feeds`, { headers: { cookie } })).status).toBe(401);
  });

  it('sets Secure on the session and CSRF cookies behind an https public URL, or an https trusted proxy', async () => {
    const direct = await login(https.base, TOKEN);
    const session = direct.setCookies.find((c) => c.startsWith('wf_session='));
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/HttpOnly/i);
    const generated = /token: (\S+) \(generated/.exec(proxied.stderr())?.[1] ?? '';
    const viaProxy = await login(proxied.base, generated, { 'x-forwarded-proto': 'https' });
    expect(viaProxy.setCookies.find((c) => c.startsWith('wf_session='))).toMatch(/; Secure/i);
    expect(viaProxy.setCookies.find((c) => c.startsWith('_csrf='))).toBeUndefined();
    const plain = await login(proxied.base, generated);
    expect(plain.setCookies.find((c) => c.startsWith('wf_session='))).not.toMatch(/Secure/i);
  });

  it('answers the 11th bad login within a minute 429, logs every failure, and then refuses even the right token', async () => {
    // Failures earlier in this minute count (the first test made one).
    const before = lines(https, 'dashboard authentication failed').length;
    const statuses: number[] = [];
    for (let i = before; i < 11; i++)
      statuses.push((await login(https.base, `wrong-token-${i}-0123456789`)).res.status);
    expect(statuses).toEqual([...Array(10 - before).fill(401), 429]);
    expect((await login(https.base, TOKEN)).res.status).toBe(429);
    await expect.poll(() => lines(https, 'dashboard authentication rate limited').length).toBeGreaterThan(0);
    const failed = lines(https, 'dashboard authentication failed').slice(before);
    expect(failed.length).toBeGreaterThanOrEqual(10 - before);
    expect(failed[0]).toMatchObject({ ip: '127.0.0.1', via: 'login' });
    expect(https.stdout()).not.toContain('wrong-token-');
  });

  it('limits bad bearer tokens the same way', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await fetch(`${proxied.base}/api/pipeline`, {
        headers: { authorization: `Bearer wrong-bearer-${i}-0123456789` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const generated = /token: (\S+) \(generated/.exec(proxied.stderr())?.[1] ?? '';
    const right = await fetch(`${proxied.base}/api/pipeline`, {
      headers: { authorization: `Bearer ${generated}` },
    });
    expect(right.status).toBe(429);
    await expect
      .poll(() => lines(proxied, 'dashboard authentication failed').filter((l) => l.via === 'bearer').length)
      .toBeGreaterThanOrEqual(10);
  });

  it('answers only its own Host names, on every path: /healthz, /readyz, /metrics, the API, the callback', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics', '/login', '/api/pipeline', '/websub/x']) {
      expect(await statusWithHost(https.base, path, 'rebound.attacker.example'), path).toBe(421);
    }
    const { port } = new URL(https.base);
    expect(await statusWithHost(https.base, '/readyz', `127.0.0.1:${port}`)).toBe(200);
    expect(await statusWithHost(https.base, '/readyz', `localhost:${port}`)).toBe(200);
    // The public URL's host is its own too.
    expect(await statusWithHost(https.base, '/healthz', 'wire.example.test')).toBe(200);
  });
});
