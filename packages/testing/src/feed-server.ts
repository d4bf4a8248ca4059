import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A feed server on 127.0.0.1: each route answers a fixture file (`serve`) or a body held in memory
 * (`set`), changeable mid-test to stand for a feed updating; `delayMs` holds every answer back, as a
 * slow upstream would.
 */
export interface FeedServer extends AsyncDisposable {
  readonly port: number;
  url(route: string): string;
  /** Answer `route` with a fixture file; `delayMs`: this route answers only after this long. */
  serve(route: string, file: string, contentType?: string, delayMs?: number): void;
  /** Answer `route` with `body` (RSS unless `contentType` says otherwise). */
  set(route: string, body: string, contentType?: string): void;
  /** Held back from every answer, on top of a route's own delay. */
  delayMs: number;
  /** The paths asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

const RSS = 'application/rss+xml; charset=utf-8';

interface Route {
  body: () => Promise<string | Buffer>;
  contentType: string;
  delayMs: number;
}

export async function startFeedServer(delayMs = 0): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const route = routes.get(path);
    const answer = () => {
      if (!route) {
        res.writeHead(404).end('not found');
        return;
      }
      route.body().then(
        (body) => res.writeHead(200, { 'content-type': route.contentType }).end(body),
        () => res.writeHead(500).end('fixture missing'),
      );
    };
    const wait = feeds.delayMs + (route?.delayMs ?? 0);
    if (wait > 0) setTimeout(answer, wait);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const feeds: FeedServer = {
    port,
    delayMs,
    requests,
    url: (route) => `http://127.0.0.1:${port}${route}`,
    serve(route, file, contentType = RSS, routeDelayMs = 0) {
      routes.set(route, { body: () => readFile(file), contentType, delayMs: routeDelayMs });
    },
    set(route, body, contentType = RSS) {
      routes.set(route, { body: async () => body, contentType, delayMs: 0 });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
  return feeds;
}
