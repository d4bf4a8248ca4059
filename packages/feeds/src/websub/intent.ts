import type { HubState } from './store.ts';

/** What the subscriber is waiting for, for one feed: checked against a hub's verification request. */
export interface IntentExpectation {
  /** The feed's hub subscription, if it has one. */
  hub?: HubState | undefined;
  /** An unsubscription we asked for and the hub has not confirmed yet. */
  unsubscribing?: { topic: string } | undefined;
}

/**
 * The answer to a verification request (`GET callback?hub.mode=…`). Accepted subscribe and
 * unsubscribe requests echo the challenge with a 2xx; `denied` is acknowledged with an empty 2xx;
 * anything else is refused with 404, as the spec asks when the subscriber does not agree.
 */
export type IntentAnswer =
  | { accept: true; mode: 'subscribe'; challenge: string; leaseSeconds: number | undefined }
  | { accept: true; mode: 'unsubscribe'; challenge: string }
  | { accept: true; mode: 'denied'; reason: string | undefined }
  | { accept: false; reason: string };

// A challenge is echoed back verbatim: a bound keeps the callback from being used as a reflector.
const MAX_CHALLENGE = 1_024;

function challengeOf(query: URLSearchParams): string | undefined {
  const challenge = query.get('hub.challenge');
  return challenge && challenge.length <= MAX_CHALLENGE ? challenge : undefined;
}

/**
 * Decides a hub's intent verification. A subscribe is confirmed only for the topic of a pending or
 * live subscription (hubs re-verify on renewal), an unsubscribe only for one we asked for; topics
 * are compared exactly, as the hub knows them. Pure.
 */
export function verifyIntent(query: URLSearchParams, expected: IntentExpectation): IntentAnswer {
  const mode = query.get('hub.mode');
  const topic = query.get('hub.topic');
  if (!topic) return { accept: false, reason: 'no hub.topic' };
  const { hub, unsubscribing } = expected;
  switch (mode) {
    case 'subscribe': {
      if (!hub || hub.topic !== topic) return { accept: false, reason: 'no subscription for this topic' };
      if (hub.state !== 'pending' && hub.state !== 'subscribed') {
        return { accept: false, reason: `subscription is ${hub.state ?? 'not requested'}` };
      }
      const challenge = challengeOf(query);
      if (!challenge) return { accept: false, reason: 'no or oversized hub.challenge' };
      const lease = Number(query.get('hub.lease_seconds') ?? '');
      const leaseSeconds = Number.isInteger(lease) && lease > 0 ? lease : undefined;
      return { accept: true, mode, challenge, leaseSeconds };
    }
    case 'unsubscribe': {
      if (unsubscribing?.topic !== topic)
        return { accept: false, reason: 'no unsubscription for this topic' };
      const challenge = challengeOf(query);
      if (!challenge) return { accept: false, reason: 'no or oversized hub.challenge' };
      return { accept: true, mode, challenge };
    }
    case 'denied': {
      if (!hub || hub.topic !== topic) return { accept: false, reason: 'no subscription for this topic' };
      return { accept: true, mode, reason: query.get('hub.reason') ?? undefined };
    }
    default:
      return { accept: false, reason: 'unknown hub.mode' };
  }
}
