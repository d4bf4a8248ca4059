import type { Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import type { HttpTransport } from '@wirefeed/http';
import { httpRequest } from '@wirefeed/http';
import { Webhook } from 'standardwebhooks';
import { renderDocument } from './render.ts';
import type { DocumentFormat, Sink } from './sink.ts';
import type { WrittenMarks } from './written-marks.ts';

export interface WebhookSinkOptions {
  name: string;
  url: string;
  /** Standard Webhooks secret, `whsec_` + base64. */
  secret: string;
  format: DocumentFormat;
  marks: WrittenMarks;
  /** Deadline of one POST. Default 10 s. */
  timeoutMs?: number;
  allowPrivate?: readonly string[];
  allowedPorts?: readonly number[];
  transport?: HttpTransport;
  now?: () => Date;
}

/** The event a webhook receives. */
export type WebhookEventType = 'story.published' | 'story.updated' | 'story.canceled';

export function webhookEventType(story: Story): WebhookEventType {
  if (story.signals.canceled) return 'story.canceled';
  return story.version > 1 ? 'story.updated' : 'story.published';
}

/**
 * The message id of one (id, version): stable across retries, so a receiver that dedupes on
 * `webhook-id` (as Standard Webhooks asks) sees one event even if a POST succeeded and the mark was lost.
 */
export function webhookMessageId(story: Pick<Story, 'id' | 'version' | 'contentHash'>): string {
  return `msg_${story.id}_v${story.version}_${story.contentHash.slice(0, 8)}`;
}

const RETRY_AFTER_CAP_MS = 3_600_000;

/** Retry-After as milliseconds from now (delta-seconds or an HTTP date), capped at an hour. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - now;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, ms), RETRY_AFTER_CAP_MS);
}

function excerpt(body: Uint8Array): string {
  const text = new TextDecoder().decode(body.subarray(0, 600));
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/**
 * POST each story as a signed Standard Webhooks event: `{ type, timestamp, data }`, `data` the Story
 * or its ninjs. 2xx: done. 429, 5xx, a timeout or a network error: WF_E_SINK_UNAVAILABLE, retried
 * (`details.retryAfterMs` carries Retry-After for the backoff). Any other status: WF_E_SINK_REJECTED
 * with the status and a body excerpt, not retried (the job goes to the sink's dead letters).
 * Redirects are not followed: a webhook that moved is a configuration to fix.
 */
export function createWebhookSink(options: WebhookSinkOptions): Sink {
  const signer = new Webhook(options.secret);
  const now = options.now ?? (() => new Date());
  return {
    name: options.name,
    kind: 'webhook',
    commitsRecords: true,
    async write({ story, known }) {
      if (known ? known.written : await options.marks.has(story)) return 'skipped';
      const timestamp = now();
      const msgId = webhookMessageId(story);
      const payload = JSON.stringify({
        type: webhookEventType(story),
        timestamp: timestamp.toISOString(),
        data: renderDocument(story, options.format),
      });
      let res: { status: number; headers: Headers; body: Uint8Array };
      try {
        res = await httpRequest(options.url, {
          method: 'POST',
          body: payload,
          headers: {
            'content-type': 'application/json',
            'webhook-id': msgId,
            'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
            'webhook-signature': signer.sign(msgId, timestamp, payload),
          },
          deadlineMs: options.timeoutMs ?? 10_000,
          maxBytes: 64 * 1024,
          maxRedirects: 0,
          ...(options.allowPrivate ? { allowPrivate: options.allowPrivate } : {}),
          ...(options.allowedPorts ? { allowedPorts: options.allowedPorts } : {}),
          ...(options.transport ? { transport: options.transport } : {}),
        });
      } catch (err) {
        const wf = err as WirefeedError;
        const status = wf.details?.status;
        if (wf.code === 'WF_E_FETCH_TOO_LARGE' && typeof status === 'number') {
          // The receiver answered; only its body was over our cap. The status decides, as for any
          // answer: a 2xx whose body echoes the document back was delivered, a 503 page is retried.
          res = { status, headers: new Headers(), body: new TextEncoder().encode('(body over 64 KiB)') };
        } else if (wf.code === 'WF_E_FETCH_TIMEOUT' || wf.code === 'WF_E_FETCH_NETWORK') {
          throw new WirefeedError('WF_E_SINK_UNAVAILABLE', `webhook ${options.name}: ${wf.message}`, {
            cause: err,
          });
        } else {
          throw new WirefeedError('WF_E_SINK_REJECTED', `webhook ${options.name}: ${wf.message}`, {
            cause: err,
            details: { code: wf.code },
          });
        }
      }
      if (res.status >= 200 && res.status < 300) {
        await options.marks.mark(story);
        return 'written';
      }
      const details = { status: res.status, body: excerpt(res.body) };
      const message = `webhook ${options.name}: HTTP ${res.status} ${details.body}`.trim();
      if (res.status === 429 || res.status >= 500) {
        const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'));
        throw new WirefeedError('WF_E_SINK_UNAVAILABLE', message, {
          details: { ...details, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) },
        });
      }
      throw new WirefeedError('WF_E_SINK_REJECTED', message, { details });
    },
    async close() {},
  };
}
