import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import { describeDecision, routeDecision } from './decide.ts';
import type { DedupDecision } from './dedup-index.ts';

const story = makeStory({ dedup: undefined });
const decision = (d: Partial<DedupDecision> & Pick<DedupDecision, 'kind'>): DedupDecision => ({
  version: 1,
  result: { status: 'unique', clusterId: story.id, method: 'none' },
  ...d,
});

describe('routeDecision', () => {
  it('forwards a unique story with its result', () => {
    const r = routeDecision(story, decision({ kind: 'unique' }), 'drop');
    expect('forward' in r && r.forward.dedup?.status).toBe('unique');
  });

  it('drops an unchanged story whatever the policy', () => {
    expect(routeDecision(story, decision({ kind: 'unchanged' }), 'mark')).toEqual({ drop: 'unchanged' });
  });

  it('drops duplicates under drop, and forwards them marked under mark', () => {
    const dup = decision({
      kind: 'duplicate',
      result: { status: 'duplicate', clusterId: 'abc', duplicateOf: 'abc', method: 'url', similarity: 1 },
    });
    expect(routeDecision(story, dup, 'drop')).toEqual({ drop: 'duplicate' });
    const marked = routeDecision(story, dup, 'mark');
    expect('forward' in marked && marked.forward.dedup).toMatchObject({
      status: 'duplicate',
      duplicateOf: 'abc',
    });
  });

  it('forwards a possible duplicate under drop too, with its mark: only certain copies are dropped', () => {
    const possible = decision({
      kind: 'unique',
      result: {
        status: 'unique',
        clusterId: story.id,
        possibleDuplicateOf: 'abc',
        similarity: 0.6,
        method: 'near',
      },
    });
    for (const policy of ['drop', 'mark'] as const) {
      const r = routeDecision(story, possible, policy);
      expect('forward' in r && r.forward.dedup).toEqual(possible.result);
    }
  });

  it('gives an update its new version', () => {
    const r = routeDecision(
      story,
      decision({
        kind: 'update',
        version: 3,
        result: { status: 'update', clusterId: story.id, method: 'guid' },
      }),
      'drop',
    );
    expect('forward' in r && r.forward.version).toBe(3);
  });

  it('routes a replay exactly like the decision it replays', () => {
    const r = routeDecision(
      story,
      decision({
        kind: 'replay',
        version: 2,
        result: { status: 'update', clusterId: story.id, method: 'guid' },
      }),
      'drop',
    );
    expect('forward' in r && r.forward.version).toBe(2);
  });
});

describe('describeDecision', () => {
  it('says what the index decided, how it knew, and where the story went', () => {
    const dup = decision({
      kind: 'duplicate',
      result: {
        status: 'duplicate',
        clusterId: 'abc',
        duplicateOf: 'abc',
        method: 'near',
        similarity: 0.934,
      },
    });
    expect(describeDecision(dup, routeDecision(story, dup, 'drop'))).toBe(
      'duplicate of abc, by near match, similarity 0.93, version 1; dropped (duplicate)',
    );
    const fresh = decision({ kind: 'unique' });
    expect(describeDecision(fresh, routeDecision(story, fresh, 'drop'))).toBe(
      'unique, no earlier story matched, version 1; forwarded',
    );
    const possible = decision({
      kind: 'unique',
      result: {
        status: 'unique',
        clusterId: 'x',
        possibleDuplicateOf: 'def',
        method: 'near',
        similarity: 0.71,
      },
    });
    expect(describeDecision(possible, routeDecision(story, possible, 'drop'))).toBe(
      'possible duplicate of def, by near match, similarity 0.71, version 1; forwarded',
    );
  });
});
