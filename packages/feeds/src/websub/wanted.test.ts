import { describe, expect, it } from 'vitest';
import { wantedBySubscriptions } from './wanted.ts';

describe('wantedBySubscriptions', () => {
  it('wants a feed while its subscription exists and is not paused', async () => {
    const subs = new Map([
      ['live', { paused: false }],
      ['paused', { paused: true }],
    ]);
    const isWanted = wantedBySubscriptions({ get: async (id) => subs.get(id) });
    expect(await isWanted('live')).toBe(true);
    expect(await isWanted('paused')).toBe(false);
    expect(await isWanted('removed')).toBe(false);
  });
});
