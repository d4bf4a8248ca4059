export { classifyStatus } from './classify-status.ts';
export type { HttpGetOptions, HttpRedirect, HttpResponse } from './http-get.ts';
export { DEFAULT_USER_AGENT, httpGet } from './http-get.ts';
