import type { Story } from '@wirefeed/core';
import type { DedupDecision } from './dedup-index.ts';

export type DuplicatePolicy = 'drop' | 'mark';

/** Where a story goes after dedup: on to enrichment (with its version and result), or dropped and why. */
export type Routing = { forward: Story } | { drop: 'duplicate' | 'unchanged' };

/**
 * Pure: apply the index's decision and the duplicate policy. Only a certain copy (status `duplicate`)
 * is ever dropped; a possible copy is a unique story with a mark, delivered under either policy. A
 * replayed decision routes exactly as the first one did, so a retried job re-emits the same job ids.
 */
export function routeDecision(story: Story, decision: DedupDecision, policy: DuplicatePolicy): Routing {
  if (decision.kind === 'unchanged') return { drop: 'unchanged' };
  if (decision.result.status === 'duplicate' && policy === 'drop') return { drop: 'duplicate' };
  return { forward: { ...story, version: decision.version, dedup: decision.result } };
}

/**
 * Pure: the decision in words, for the job's log in the dashboard ("duplicate of 3f2a… by near
 * match, similarity 0.93; dropped"): what the index said, how it knew, and what happened to the story.
 */
export function describeDecision(decision: DedupDecision, routing: Routing): string {
  const { result } = decision;
  const of = result.duplicateOf ?? result.possibleDuplicateOf;
  const verdict =
    decision.kind === 'unique' && result.possibleDuplicateOf ? 'possible duplicate' : decision.kind;
  const parts = [
    `${verdict}${of ? ` of ${of}` : ''}`,
    result.method === 'none' ? 'no earlier story matched' : `by ${result.method} match`,
    ...(result.similarity !== undefined ? [`similarity ${result.similarity.toFixed(2)}`] : []),
    `version ${decision.version}`,
  ];
  return `${parts.join(', ')}; ${'drop' in routing ? `dropped (${routing.drop})` : 'forwarded'}`;
}
