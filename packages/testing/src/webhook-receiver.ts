// A local webhook receiver that verifies Standard Webhooks signatures, as a subscriber's would.
import { once } from 'node:events';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

export interface WebhookReceiver extends AsyncDisposable {
  url: string;
  port: number;
  /** Events whose signature verified, in arrival order; one per webhook-id (duplicates counted apart). */
  events: ReceivedEvent[];
  /**
   * Verified events answered with a 2xx, in the order the answers went out: what a receiver that
   * applies an event before it answers has applied, in order (`respond` may take `delayMs` to apply).
   */
  answered: ReceivedEvent[];
  /** Requests that arrived with the same webhook-id as an earlier verified one. */
  duplicates: number;
  /** Requests whose signature did not verify. */
  rejected: number;
  /** What to answer next; default 204. */
  respond: (event: ReceivedEvent) => {
    status: number;
    headers?: Record<string, string>;
    body?: string;
    delayMs?: number;
  };
  /** Stop listening (the port stays reserved for `up`). */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string, port = 0): Promise<WebhookReceiver> {
  const verifier = new Webhook(secret);
  let server: Server | undefined;
  const receiver: WebhookReceiver = {
    url: '',
    port,
    events: [],
    answered: [],
    duplicates: 0,
    rejected: 0,
    respond: () => ({ status: 204 }),
    async down() {
      const s = server;
      server = undefined;
      if (!s) return;
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    },
    async up() {
      const s = createServer(async (req, res) => {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const body = Buffer.concat(chunks).toString('utf8');
        let payload: { type: string; data: Record<string, unknown> };
        try {
          payload = verifier.verify(body, req.headers as Record<string, string>) as typeof payload;
        } catch {
          receiver.rejected += 1;
          res.writeHead(401).end('bad signature');
          return;
        }
        const event = { id: String(req.headers['webhook-id']), type: payload.type, data: payload.data };
        const answer = receiver.respond(event);
        if (answer.status >= 200 && answer.status < 300) {
          if (receiver.events.some((e) => e.id === event.id)) receiver.duplicates += 1;
          else receiver.events.push(event);
        }
        if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
        if (answer.status >= 200 && answer.status < 300) receiver.answered.push(event);
        res.writeHead(answer.status, answer.headers).end(answer.body ?? '');
      });
      s.listen(receiver.port, '127.0.0.1');
      await once(s, 'listening');
      receiver.port = (s.address() as AddressInfo).port;
      receiver.url = `http://127.0.0.1:${receiver.port}/hook`;
      server = s;
    },
    close() {
      return receiver.down();
    },
    [Symbol.asyncDispose]() {
      return receiver.down();
    },
  };
  await receiver.up();
  return receiver;
}
