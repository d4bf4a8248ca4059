export type { FetchedFeed } from './after-fetch.ts';
export { hubStateInSubscriptions, subscribeAfterFetch } from './after-fetch.ts';
export type { HubDiscovery } from './discover.ts';
export { discoverHub, parseLinkHeader } from './discover.ts';
export type { HubRequest, HubResult, PostForm } from './hub-client.ts';
export { guardedPost, newSecret, subscribe, unsubscribe } from './hub-client.ts';
export type { PushContext, PushedJobs, PushLimits } from './ingest.ts';
export { normalizeJobsForPush } from './ingest.ts';
export type { IntentAnswer, IntentExpectation } from './intent.ts';
export { verifyIntent } from './intent.ts';
export type { LeasePlan, LeasePlanOptions } from './lease.ts';
export { isPushLive, leasePlan, PUSHED_POLL_INTERVAL_MS, pollIntervalWithPush } from './lease.ts';
export type { SignatureCheck, SignatureStart, SignatureStream } from './signature.ts';
export {
  checkSignature,
  SignatureAlgorithm,
  signBody,
  startSignatureCheck,
  verifySignature,
} from './signature.ts';
export type { HubState, HubStateStore, PendingUnsubscribe, WebSubStore } from './store.ts';
export { CLAIM_DUE_RENEWALS_LUA, createMemoryWebSubStore, createRedisWebSubStore } from './store.ts';
export type { IsWanted } from './wanted.ts';
export { wantedBySubscriptions } from './wanted.ts';
export type { EnsureOutcome, HubTarget, VerificationAnswer, WebSub, WebSubOptions } from './websub.ts';
export { callbackKeyMatches, createServiceWebSub, createWebSub } from './websub.ts';
