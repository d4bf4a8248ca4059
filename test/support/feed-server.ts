import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A feed server on 127.0.0.1: route → fixture file, changeable mid-test to simulate a feed updating. */
export interface FeedServer {
  url(route: string): string;
  /** `delayMs`: answer only after this long, as a slow feed server would. */
  serve(route: string, file: string, contentType?: string, delayMs?: number): void;
  requests: string[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, { file: string; contentType: string; delayMs: number }>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    const answer = () =>
      readFile(route.file).then(
        (body) => res.writeHead(200, { 'content-type': route.contentType }).end(body),
        () => res.writeHead(500).end('fixture missing'),
      );
    if (route.delayMs > 0) setTimeout(answer, route.delayMs);
    else void answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (route) => `http://127.0.0.1:${port}${route}`,
    serve(route, file, contentType = 'application/rss+xml; charset=utf-8', delayMs = 0) {
      routes.set(route, { file, contentType, delayMs });
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
