/**
 * The one error catalog. Codes are stable (logs, dashboards and subscriptions store them); `retryable`
 * decides whether a failed job is retried with backoff or moved straight to the failed set.
 */
export const ErrorCatalog = {
  WF_E_CONFIG: { retryable: false, summary: 'invalid configuration' },
  WF_E_BAD_PAYLOAD: { retryable: false, summary: 'job payload does not match its queue contract' },
  WF_E_FETCH_TIMEOUT: { retryable: true, summary: 'feed fetch exceeded its deadline' },
  WF_E_FETCH_NETWORK: { retryable: true, summary: 'network error while fetching' },
  WF_E_FETCH_HTTP_4XX: { retryable: false, summary: 'feed server answered with a client error' },
  WF_E_FETCH_HTTP_429: { retryable: true, summary: 'feed server asked us to slow down' },
  WF_E_FETCH_HTTP_5XX: { retryable: true, summary: 'feed server failed' },
  WF_E_FETCH_TOO_LARGE: { retryable: false, summary: 'response exceeded the size cap' },
  WF_E_FETCH_REDIRECTS: { retryable: false, summary: 'too many or invalid redirects' },
  WF_E_FETCH_HOST_BUSY: { retryable: true, summary: 'too many fetches to this host in flight' },
  WF_E_FETCH_BLOCKED: { retryable: false, summary: 'URL not allowed (scheme, port or private network)' },
  WF_E_FILE_READ: { retryable: false, summary: 'could not read a local feed file' },
  WF_E_FEED_PARSE: { retryable: false, summary: 'feed could not be parsed' },
  WF_E_ITEM_INVALID: { retryable: false, summary: 'feed item cannot become a story' },
  WF_E_ITEM_TOO_COMPLEX: {
    retryable: false,
    summary: 'feed item is over a work limit (HTML depth or elements, time or memory per item)',
  },
  WF_E_ENRICH: { retryable: true, summary: 'enrichment failed' },
  WF_E_SINK_WRITE: { retryable: true, summary: 'sink write failed' },
  WF_E_SINK_CONFIG: { retryable: false, summary: 'sink is misconfigured' },
  WF_E_REDIS: { retryable: true, summary: 'Redis command failed' },
  WF_E_INTERNAL: { retryable: true, summary: 'unexpected internal error' },
  WF_E_SINK_REJECTED: { retryable: false, summary: 'sink refused the story (e.g. a webhook 4xx)' },
  WF_E_SINK_UNAVAILABLE: { retryable: true, summary: 'sink unavailable (5xx, 429, timeout); retried' },
} as const;

export type ErrorCode = keyof typeof ErrorCatalog;

export class WirefeedError extends Error {
  override readonly name = 'WirefeedError';
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; retryable?: boolean; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? ErrorCatalog[code].retryable;
    this.details = options.details;
  }
}

export function isWirefeedError(err: unknown): err is WirefeedError {
  return err instanceof WirefeedError;
}

/** Wrap any thrown value as a WirefeedError, keeping the original as `cause`. */
export function toWirefeedError(err: unknown, fallback: ErrorCode = 'WF_E_INTERNAL'): WirefeedError {
  if (err instanceof WirefeedError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new WirefeedError(fallback, message, { cause: err });
}
