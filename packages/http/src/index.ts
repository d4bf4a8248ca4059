export { checkUrl } from './check-url.ts';
export { classifyStatus } from './classify-status.ts';
export type { HttpGetOptions } from './http-get.ts';
export { httpGet } from './http-get.ts';
export type {
  HttpRedirect,
  HttpRequestOptions,
  HttpResponse,
  HttpTransport,
} from './http-request.ts';
export { DEFAULT_USER_AGENT, httpRequest } from './http-request.ts';
export type { AddressClass, NetworkGuardOptions, NetworkPolicy, Resolver } from './network-guard.ts';
export { classifyAddress, compileNetworkPolicy, DEFAULT_ALLOWED_PORTS } from './network-guard.ts';
