import type { ErrorCode } from '@wirefeed/core';

/**
 * The error code an HTTP status stands for, or `undefined` when it is not a failure (2xx, and 304,
 * which answers a conditional request). A 3xx that reaches the caller is a redirect `httpGet` could
 * not follow (no Location), hence WF_E_FETCH_REDIRECTS.
 */
export function classifyStatus(status: number): ErrorCode | undefined {
  if ((status >= 200 && status < 300) || status === 304) return undefined;
  if (status === 429) return 'WF_E_FETCH_HTTP_429';
  if (status >= 400 && status < 500) return 'WF_E_FETCH_HTTP_4XX';
  if (status >= 300 && status < 400) return 'WF_E_FETCH_REDIRECTS';
  // 5xx, and anything outside the registered ranges: the server misbehaved, worth a later retry.
  return 'WF_E_FETCH_HTTP_5XX';
}
