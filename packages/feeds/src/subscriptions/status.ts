import type { Subscription } from './subscription.ts';

/** How a subscription is doing, in one word, for the CLI table and the dashboard. */
export const SubscriptionStatus = {
  active: 'active',
  paused: 'paused',
  erroring: 'erroring',
  /** Used to publish daily or more, and has been silent for three of its usual gaps. */
  quiet: 'quiet',
  /** Offers more new items than one poll takes: taken a slice per poll, the rest counted as waiting. */
  flooding: 'flooding',
} as const;
export type SubscriptionStatus = (typeof SubscriptionStatus)[keyof typeof SubscriptionStatus];

export function subscriptionStatus(sub: Subscription): SubscriptionStatus {
  if (sub.paused) return SubscriptionStatus.paused;
  // The streak, not lastOutcome: a resume ends the streak but keeps the last poll's outcome as history.
  if (sub.state.consecutiveErrors > 0) return SubscriptionStatus.erroring;
  if (sub.state.floodingSince) return SubscriptionStatus.flooding;
  if (sub.state.quietSince) return SubscriptionStatus.quiet;
  return SubscriptionStatus.active;
}
