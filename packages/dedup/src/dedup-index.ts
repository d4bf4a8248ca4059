import type { DedupResult, RedisClient, Story } from '@wirefeed/core';
import { shortHash, WirefeedError } from '@wirefeed/core';
import { CHECK_AND_INSERT_LUA, MARK_FORWARDED_LUA } from './check-and-insert.ts';
import { fingerprintsOf } from './fingerprints.ts';
import type { VerdictPolicy } from './similarity.ts';
import { compare, DEFAULT_VERDICT_POLICY, judgeNear } from './similarity.ts';
import { decodeSketch, encodeSketch, nearProbe, postingField } from './sketch.ts';

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

/** What the index remembers of a story and its cluster, for the dashboard's trace. */
export interface StoryDedupRecord {
  id: string;
  version: number;
  status: DedupResult['status'];
  clusterId: string;
  duplicateOf?: string;
  method: DedupResult['method'];
  similarity?: number;
  /** The cluster this story may copy, when its first version was delivered as a possible copy. */
  possibleDuplicateOf?: string;
  /** The cluster's copies in the order they arrived (the first story itself is the cluster id). */
  members: { id: string; feedId: string; method: string; similarity: number }[];
}

export interface DedupIndex {
  checkAndInsert(story: Story, token: string): Promise<DedupDecision>;
  /** Record that the decision for this content was applied; until then a re-run replays it. */
  markForwarded(story: Pick<Story, 'id' | 'contentHash'>): Promise<void>;
  /** The index's record of a story and its cluster, or undefined when it is not (or no longer) known. */
  describe(storyId: string): Promise<StoryDedupRecord | undefined>;
}

type Reply = Buffer[];
type WithScript = {
  wfDedupCheckAndInsertBuffer(...args: (string | number | Buffer)[]): Promise<Reply>;
  wfDedupMarkForwarded(key: string, hash: string): Promise<number>;
};

const COMMAND = 'wfDedupCheckAndInsert';
const MARK_COMMAND = 'wfDedupMarkForwarded';
const METHODS = new Set(['none', 'guid', 'url', 'body-hash', 'near']);
/** Posting buckets per generation: enough that each stays a compact listpack at a million stories. */
const POSTING_BUCKETS = 65_536;
/** The window is kept as this many generations; a story is remembered for the window plus one. */
const GENERATIONS = 3;
/**
 * Another replica filing a story under our postings between two calls makes us compare it too; each
 * round only brings stories not compared yet, so this bound is only reached under a storm of them.
 */
const MAX_ROUNDS = 200;

export interface DedupIndexOptions {
  redis: RedisClient;
  /** The hash-tagged key prefix, e.g. `{wirefeed}`. */
  prefix: string;
  /** How long a story is remembered (default 72 h). */
  windowSeconds?: number;
  near?: VerdictPolicy;
  /** The clock, for tests of the window. */
  now?: () => number;
}

/** The shared dedup index in Redis: exact (guid, URL, body hash) and near-duplicate layers. */
export function createDedupIndex(deps: DedupIndexOptions): DedupIndex {
  const { redis, prefix } = deps;
  const window = deps.windowSeconds ?? 72 * 3_600;
  const policy = deps.near ?? DEFAULT_VERDICT_POLICY;
  const now = deps.now ?? Date.now;
  const slot = Math.max(1, Math.ceil(window / GENERATIONS));
  if (!(COMMAND in redis)) redis.defineCommand(COMMAND, { numberOfKeys: 3, lua: CHECK_AND_INSERT_LUA });
  if (!(MARK_COMMAND in redis))
    redis.defineCommand(MARK_COMMAND, { numberOfKeys: 1, lua: MARK_FORWARDED_LUA });
  const base = `${prefix}:dedup:`;
  const itemKey = (storyId: string) => `${base}item:${storyId}`;
  const client = redis as unknown as WithScript;

  async function call(args: (string | number | Buffer)[]): Promise<Reply> {
    try {
      return await client.wfDedupCheckAndInsertBuffer(...args);
    } catch (err) {
      throw new WirefeedError('WF_E_REDIS', 'dedup check-and-insert failed', { cause: err });
    }
  }

  return {
    async checkAndInsert(story, token) {
      const fp = fingerprintsOf(story);
      // The index keeps a job's token only to know its own retry: a short digest says as much.
      const tokenDigest = shortHash('token', token).slice(0, 10);
      const probe = story.signals.canceled ? undefined : nearProbe(story.body.text, story.headline);
      const sketch = probe?.sketch;
      const postings: (string | Buffer)[] = [];
      for (const p of sketch?.postings ?? []) postings.push(String(p % POSTING_BUCKETS), postingField(p));
      const generation = Math.floor(now() / 1000 / slot);
      const fixed = [
        itemKey(fp.storyId),
        `${base}url:${fp.urlKey ?? 'none'}`,
        `${base}body:${fp.bodyKey ?? 'none'}`,
        fp.storyId,
        contentKey(fp.contentHash),
        tokenDigest,
        window,
        fp.urlKey ? '1' : '0',
        fp.bodyKey ? '1' : '0',
        story.source.feedId,
        story.signals.canceled ? '1' : '0',
        base,
        generation,
        GENERATIONS + 1,
        window + slot,
        sketch ? encodeSketch(sketch) : '',
      ];
      const compared: string[] = [];
      let copy: { cluster: string; score: number } | undefined;
      let possible: { cluster: string; score: number } | undefined;
      let hint: [string, string, string] = ['', '', ''];
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const reply = await call([...fixed, ...hint, ...postings]);
        if (reply[0]?.toString() !== 'candidates' || !probe) return toDecision(reply);
        // Compare with each new candidate: the most similar certain copy wins, else the most similar
        // possible copy marks the story.
        for (let i = 1; i + 2 < reply.length + 1; i += 3) {
          const id = String(reply[i]);
          compared.push(id);
          const features = compare(probe, decodeSketch(reply[i + 2] as Buffer));
          const verdict = judgeNear(features, policy);
          const found = { cluster: String(reply[i + 1]), score: features.containment };
          if (verdict === 'copy' && found.score > (copy?.score ?? -1)) copy = found;
          if (verdict === 'possible' && found.score > (possible?.score ?? -1)) possible = found;
        }
        hint = copy
          ? [copy.cluster, compared.join(' '), copy.score.toFixed(3)]
          : possible
            ? [`?${possible.cluster}`, compared.join(' '), possible.score.toFixed(3)]
            : ['-', compared.join(' '), ''];
      }
      throw new WirefeedError('WF_E_REDIS', 'dedup check-and-insert kept racing other replicas', {
        details: { storyId: story.id, rounds: MAX_ROUNDS },
      });
    },
    async markForwarded(story) {
      try {
        await client.wfDedupMarkForwarded(itemKey(story.id), contentKey(story.contentHash));
      } catch (err) {
        throw new WirefeedError('WF_E_REDIS', 'dedup mark-forwarded failed', { cause: err });
      }
    },
    async describe(storyId) {
      const [fields, members] = await Promise.all([
        redis.hmget(itemKey(storyId), 'v', 'st', 'dup', 'cl', 'm', 's', 'pd', 'ps'),
        redis.lrange(`${base}cluster:${storyId}`, 0, -1),
      ]);
      const [v, st, dup, cl, m, s, pd, ps] = fields;
      if (!v) return undefined;
      const clusterId = cl || storyId;
      const list = clusterId === storyId ? members : await redis.lrange(`${base}cluster:${clusterId}`, 0, -1);
      return {
        id: storyId,
        version: Number(v),
        status: (st ?? 'unique') as DedupResult['status'],
        clusterId,
        ...(dup ? { duplicateOf: dup } : {}),
        method: (METHODS.has(m ?? '') ? m : 'none') as DedupResult['method'],
        ...(s ? { similarity: Number(s) } : {}),
        ...(pd ? { possibleDuplicateOf: pd, ...(ps ? { similarity: Number(ps) } : {}) } : {}),
        members: list.map((line) => {
          const [id = '', feedId = '', method = '', sim = '1'] = line.split(' ');
          return { id, feedId, method, similarity: Number(sim) };
        }),
      };
    },
  };
}

/** 64 bits of the content hash name a content among one story's versions: plenty, and a quarter the bytes. */
function contentKey(contentHash: string): string {
  return contentHash.slice(0, 16);
}

function toDecision(reply: Reply): DedupDecision {
  const [kind, version, status, duplicateOf, clusterId, method, sim, possibleOf] = reply.map((b) =>
    String(b),
  );
  const similarityValue = sim ? Number(sim) : 1;
  return {
    kind: kind as DecisionKind,
    version: Number(version),
    result: {
      status: status as DedupResult['status'],
      clusterId: clusterId ?? '',
      ...(duplicateOf ? { duplicateOf, similarity: similarityValue } : {}),
      ...(possibleOf ? { possibleDuplicateOf: possibleOf, similarity: similarityValue } : {}),
      method: (METHODS.has(method ?? '') ? method : 'none') as DedupResult['method'],
    },
  };
}
