import type { HttpRequestOptions, HttpResponse } from './http-request.ts';
import { httpRequest } from './http-request.ts';

export type HttpGetOptions = Omit<HttpRequestOptions, 'method' | 'body'>;

/**
 * GET a URL through the guarded client: see `httpRequest` for the deadline, size cap, redirect rules,
 * the private-network guard and the errors it rejects with.
 */
export function httpGet(url: string, options: HttpGetOptions = {}): Promise<HttpResponse> {
  return httpRequest(url, { ...options, method: 'GET', body: undefined });
}
