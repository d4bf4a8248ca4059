import type { DedupResult, RedisClient, Story } from '@wirefeed/core';
import { WirefeedError } from '@wirefeed/core';
import { CHECK_AND_INSERT_LUA, MARK_FORWARDED_LUA } from './check-and-insert.ts';
import { fingerprintsOf } from './fingerprints.ts';

export const DecisionKind = {
  unique: 'unique',
  duplicate: 'duplicate',
  update: 'update',
  unchanged: 'unchanged',
  replay: 'replay',
} as const;
export type DecisionKind = (typeof DecisionKind)[keyof typeof DecisionKind];

/** What the index says a story is. `version` is the story's version after this decision. */
export interface DedupDecision {
  kind: DecisionKind;
  version: number;
  result: DedupResult;
}

export interface DedupIndex {
  checkAndInsert(story: Story, token: string): Promise<DedupDecision>;
  /** Record that the decision for this content was applied; until then a re-run replays it. */
  markForwarded(story: Pick<Story, 'id' | 'contentHash'>): Promise<void>;
}

type ScriptReply = [string, number, string, string, string, string];
type WithScript = {
  wfDedupCheckAndInsert(...args: (string | number)[]): Promise<ScriptReply>;
  wfDedupMarkForwarded(key: string, hash: string): Promise<number>;
};

const COMMAND = 'wfDedupCheckAndInsert';
const MARK_COMMAND = 'wfDedupMarkForwarded';
const METHODS = new Set(['none', 'guid', 'url', 'body-hash', 'near']);

/**
 * The shared dedup index in Redis. `prefix` is the hash-tagged key prefix; `windowSeconds` bounds how
 * long a story is remembered (default 72 h).
 */
export function createDedupIndex(deps: {
  redis: RedisClient;
  prefix: string;
  windowSeconds?: number;
}): DedupIndex {
  const { redis, prefix } = deps;
  const window = deps.windowSeconds ?? 72 * 3_600;
  if (!(COMMAND in redis)) redis.defineCommand(COMMAND, { numberOfKeys: 3, lua: CHECK_AND_INSERT_LUA });
  if (!(MARK_COMMAND in redis))
    redis.defineCommand(MARK_COMMAND, { numberOfKeys: 1, lua: MARK_FORWARDED_LUA });
  const itemKey = (storyId: string) => `${prefix}:dedup:item:${storyId}`;
  const client = redis as unknown as WithScript;
  return {
    async checkAndInsert(story, token) {
      const fp = fingerprintsOf(story);
      let reply: ScriptReply;
      try {
        reply = await client.wfDedupCheckAndInsert(
          itemKey(fp.storyId),
          `${prefix}:dedup:url:${fp.urlKey ?? 'none'}`,
          `${prefix}:dedup:body:${fp.bodyKey ?? 'none'}`,
          fp.storyId,
          fp.contentHash,
          token,
          window,
          fp.urlKey ? '1' : '0',
          fp.bodyKey ? '1' : '0',
          story.source.feedId,
        );
      } catch (err) {
        throw new WirefeedError('WF_E_REDIS', 'dedup check-and-insert failed', { cause: err });
      }
      const [kind, version, status, duplicateOf, clusterId, method] = reply;
      return {
        kind: kind as DecisionKind,
        version: Number(version),
        result: {
          status: status as DedupResult['status'],
          clusterId,
          ...(duplicateOf ? { duplicateOf, similarity: 1 } : {}),
          method: (METHODS.has(method) ? method : 'none') as DedupResult['method'],
        },
      };
    },
    async markForwarded(story) {
      try {
        await client.wfDedupMarkForwarded(itemKey(story.id), story.contentHash);
      } catch (err) {
        throw new WirefeedError('WF_E_REDIS', 'dedup mark-forwarded failed', { cause: err });
      }
    },
  };
}
