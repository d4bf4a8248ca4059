import { createHmac, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A subscription the hub verified with the subscriber. */
export interface HubSubscription {
  topic: string;
  callback: string;
  secret: string | undefined;
  leaseSeconds: number;
  verifiedAt: number;
  leaseUntil: number;
}

/** One intent verification the hub made, and how the callback answered. */
export interface HubVerification {
  mode: 'subscribe' | 'unsubscribe';
  topic: string;
  callback: string;
  status: number;
  confirmed: boolean;
  at: number;
}

export interface PublishOptions {
  contentType?: string;
  /** Replaces the `X-Hub-Signature` the hub would send; `null` sends none. */
  signature?: string | null;
}

/**
 * A tiny WebSub hub on 127.0.0.1, written from the spec and sharing no code with Wirefeed's own:
 * it takes (un)subscription requests, verifies intent against the callback, keeps secret and lease,
 * and `publish` POSTs content to each verified callback, signed `X-Hub-Signature: sha256=…`.
 */
export interface TestHub {
  url: string;
  requests: Array<Record<string, string>>;
  verifications: HubVerification[];
  subscriptions(topic: string): HubSubscription[];
  /** Resolves with the verified subscription of `topic` (the first, or the n-th verification). */
  waitForVerified(topic: string, count?: number, timeoutMs?: number): Promise<HubSubscription>;
  /** Resolves once the callback confirmed an unsubscription of `topic` and no subscriber of it is left. */
  waitForUnsubscribed(topic: string, timeoutMs?: number): Promise<HubVerification>;
  /** POSTs `body` to every verified subscriber of `topic`; resolves with their statuses. */
  publish(topic: string, body: string, options?: PublishOptions): Promise<number[]>;
  close(): Promise<void>;
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(new URLSearchParams(text)));
    req.on('error', reject);
  });
}

export async function startTestHub(options: { maxLeaseSeconds?: number } = {}): Promise<TestHub> {
  const maxLease = options.maxLeaseSeconds ?? 864_000;
  const requests: Array<Record<string, string>> = [];
  const verifications: HubVerification[] = [];
  const active = new Map<string, HubSubscription>();
  const waiters = new Set<() => void>();
  const key = (topic: string, callback: string) => `${topic} ${callback}`;
  const notify = () => {
    for (const waiter of waiters) waiter();
  };

  async function verify(mode: 'subscribe' | 'unsubscribe', form: URLSearchParams): Promise<void> {
    const topic = form.get('hub.topic') ?? '';
    const callback = form.get('hub.callback') ?? '';
    const requested = Number(form.get('hub.lease_seconds') ?? maxLease);
    const leaseSeconds = Math.min(
      Number.isInteger(requested) && requested > 0 ? requested : maxLease,
      maxLease,
    );
    const challenge = randomBytes(12).toString('hex');
    const url = new URL(callback);
    url.searchParams.set('hub.mode', mode);
    url.searchParams.set('hub.topic', topic);
    url.searchParams.set('hub.challenge', challenge);
    if (mode === 'subscribe') url.searchParams.set('hub.lease_seconds', String(leaseSeconds));
    let status = 0;
    let confirmed = false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      status = res.status;
      confirmed = res.ok && (await res.text()) === challenge;
    } catch {
      confirmed = false;
    }
    const at = Date.now();
    verifications.push({ mode, topic, callback, status, confirmed, at });
    if (confirmed && mode === 'subscribe') {
      const secret = form.get('hub.secret') ?? undefined;
      active.set(key(topic, callback), {
        topic,
        callback,
        secret,
        leaseSeconds,
        verifiedAt: at,
        leaseUntil: at + leaseSeconds * 1_000,
      });
    }
    if (confirmed && mode === 'unsubscribe') active.delete(key(topic, callback));
    notify();
  }

  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    readForm(req).then(
      (form) => {
        const fields = Object.fromEntries(form);
        requests.push(fields);
        const mode = form.get('hub.mode');
        const callback = URL.parse(form.get('hub.callback') ?? '');
        if ((mode !== 'subscribe' && mode !== 'unsubscribe') || !form.get('hub.topic') || !callback) {
          res.writeHead(400).end('bad request');
          return;
        }
        // Accepted first, verified after: the asynchronous verification the spec describes.
        res.writeHead(202).end();
        void verify(mode, form);
      },
      () => res.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;

  const subscriptions = (topic: string) => [...active.values()].filter((s) => s.topic === topic);

  /** Resolves with what `probe` finds, checked now and after every verification. */
  function waitUntil<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = probe();
        if (found === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`hub: ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  }

  return {
    url,
    requests,
    verifications,
    subscriptions,
    waitForVerified(topic, count = 1, timeoutMs = 5_000) {
      return waitUntil(
        () => {
          const done = verifications.filter(
            (v) => v.topic === topic && v.mode === 'subscribe' && v.confirmed,
          );
          return done.length >= count ? subscriptions(topic)[0] : undefined;
        },
        timeoutMs,
        `no verified subscription #${count} for ${topic}`,
      );
    },
    waitForUnsubscribed(topic, timeoutMs = 5_000) {
      return waitUntil(
        () =>
          subscriptions(topic).length === 0
            ? verifications.find((v) => v.topic === topic && v.mode === 'unsubscribe' && v.confirmed)
            : undefined,
        timeoutMs,
        `no confirmed unsubscription of ${topic}`,
      );
    },
    async publish(topic, body, publishOptions = {}) {
      return Promise.all(
        subscriptions(topic).map(async (sub) => {
          const headers: Record<string, string> = {
            'content-type': publishOptions.contentType ?? 'application/rss+xml; charset=utf-8',
            link: `<${url}>; rel="hub", <${topic}>; rel="self"`,
          };
          const signature =
            publishOptions.signature !== undefined
              ? publishOptions.signature
              : sub.secret === undefined
                ? null
                : `sha256=${createHmac('sha256', sub.secret).update(body).digest('hex')}`;
          if (signature !== null) headers['x-hub-signature'] = signature;
          const res = await fetch(sub.callback, { method: 'POST', headers, body });
          await res.body?.cancel();
          return res.status;
        }),
      );
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
