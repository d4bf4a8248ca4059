export type { HostLimiter } from './host-limiter.ts';
export { createHostLimiter } from './host-limiter.ts';
export { maxAgeMs, retryAfterMs } from './http-hints.ts';
export type { IntervalInput } from './interval.ts';
export { backoffInterval, INTERVAL_STEPS_MS, pollInterval } from './interval.ts';
export type { PollDecision, PollPolicy, PollResult } from './outcome.ts';
export { applyPollResult } from './outcome.ts';
export { countNewItems, newestItemTime, publishingRate } from './rate.ts';
