import { describe, expect, it } from 'vitest';
import { verifyIntent } from './intent.ts';
import type { HubState } from './store.ts';

const topic = 'https://news.example.com/feed.xml';
const pending: HubState = { url: 'https://hub.example/', topic, secret: 's', state: 'pending' };
const q = (params: Record<string, string>) => new URLSearchParams(params);
const subscribeQuery = (extra: Record<string, string> = {}) =>
  q({
    'hub.mode': 'subscribe',
    'hub.topic': topic,
    'hub.challenge': 'c-123',
    'hub.lease_seconds': '3600',
    ...extra,
  });

describe('verifyIntent', () => {
  it('echoes the challenge for a pending or live subscription to that topic, with the lease', () => {
    expect(verifyIntent(subscribeQuery(), { hub: pending })).toEqual({
      accept: true,
      mode: 'subscribe',
      challenge: 'c-123',
      leaseSeconds: 3600,
    });
    expect(verifyIntent(subscribeQuery(), { hub: { ...pending, state: 'subscribed' } }).accept).toBe(true);
  });

  it('refuses an unknown topic, an unknown feed, and a failed subscription', () => {
    expect(
      verifyIntent(subscribeQuery({ 'hub.topic': 'https://evil.example/' }), { hub: pending }).accept,
    ).toBe(false);
    expect(verifyIntent(subscribeQuery(), {}).accept).toBe(false);
    expect(verifyIntent(subscribeQuery(), { hub: { ...pending, state: 'failed' } }).accept).toBe(false);
  });

  it('compares topics exactly', () => {
    expect(verifyIntent(subscribeQuery({ 'hub.topic': `${topic}/` }), { hub: pending }).accept).toBe(false);
  });

  it('refuses a missing or oversized challenge, a missing topic, an unknown mode', () => {
    const noChallenge = subscribeQuery();
    noChallenge.delete('hub.challenge');
    expect(verifyIntent(noChallenge, { hub: pending }).accept).toBe(false);
    expect(
      verifyIntent(subscribeQuery({ 'hub.challenge': 'x'.repeat(2_000) }), { hub: pending }).accept,
    ).toBe(false);
    expect(verifyIntent(q({ 'hub.mode': 'subscribe', 'hub.challenge': 'c' }), { hub: pending }).accept).toBe(
      false,
    );
    expect(verifyIntent(subscribeQuery({ 'hub.mode': 'publish' }), { hub: pending }).accept).toBe(false);
  });

  it('leaves a missing or nonsense lease undefined', () => {
    const answer = verifyIntent(subscribeQuery({ 'hub.lease_seconds': '-5' }), { hub: pending });
    expect(answer).toMatchObject({ accept: true, leaseSeconds: undefined });
  });

  it('confirms an unsubscribe only when one is pending for that topic', () => {
    const query = q({ 'hub.mode': 'unsubscribe', 'hub.topic': topic, 'hub.challenge': 'bye' });
    expect(verifyIntent(query, { unsubscribing: { topic } })).toEqual({
      accept: true,
      mode: 'unsubscribe',
      challenge: 'bye',
    });
    // A live subscription is no reason to agree to end it.
    expect(verifyIntent(query, { hub: { ...pending, state: 'subscribed' } }).accept).toBe(false);
  });

  it('acknowledges a denial for its topic', () => {
    const query = q({ 'hub.mode': 'denied', 'hub.topic': topic, 'hub.reason': 'no thanks' });
    expect(verifyIntent(query, { hub: pending })).toEqual({
      accept: true,
      mode: 'denied',
      reason: 'no thanks',
    });
    expect(verifyIntent(query, {}).accept).toBe(false);
  });
});
