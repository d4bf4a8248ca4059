import { makeStory } from '@wirefeed/core/testing';
import { describe, expect, it } from 'vitest';
import { tracePage } from './pages.ts';

const ctx = { role: 'viewer', csrf: 'x', path: '/trace' } as const;

describe('trace page: dedup', () => {
  it('shows a possible copy with the story it may copy, as delivered', () => {
    const story = makeStory({
      dedup: {
        status: 'unique',
        clusterId: 'abc12345',
        method: 'near',
        possibleDuplicateOf: 'orig12345',
        similarity: 0.81,
      },
    });
    const page = tracePage(ctx, {
      id: story.id,
      story,
      steps: [],
      versions: [1],
      delivered: [],
      cluster: {
        id: story.id,
        version: 1,
        status: 'unique',
        clusterId: 'abc12345',
        method: 'near',
        possibleDuplicateOf: 'orig12345',
        similarity: 0.81,
        members: [],
      },
    });
    expect(page).toContain('<strong>possible copy</strong> of <a href="/trace/orig12345">orig12345</a>');
    expect(page).toContain('similarity 0.81');
  });

  it('falls back to the story’s own dedup result when the index no longer knows it', () => {
    const story = makeStory({
      dedup: {
        status: 'duplicate',
        clusterId: 'c1',
        method: 'near',
        duplicateOf: 'first1',
        similarity: 0.97,
      },
    });
    const page = tracePage(ctx, { id: story.id, story, steps: [], versions: [1], delivered: [] });
    expect(page).toContain('duplicate of <a href="/trace/first1">first1</a>');
    expect(page).not.toContain('possible copy');
  });
});
