import { setTimeout } from 'node:timers/promises';
import type { DedupResult, RedisClient, Story } from '@wirefeed/core';
import { shortHash, WirefeedError } from '@wirefeed/core';
import { CHECK_AND_INSERT_LUA, DESCRIBE_LUA, MARK_FORWARDED_LUA, SETTLE_LUA } from './check-and-insert.ts';
import { fnv1a } from './hash.ts';
import type { DedupPrep } from './prepare.ts';
import { prepareDedup } from './prepare.ts';
import type { VerdictPolicy } from './similarity.ts';
import { compare, DEFAULT_VERDICT_POLICY, judgeNear } from './similarity.ts';
import type { NearProbe } from './sketch.ts';
import { decodeSketch } from './sketch-codec.ts';

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
  /** `prep`: `prepareDedup(story)` made ahead (on a task thread); computed here when absent. */
  checkAndInsert(story: Story, token: string, prep?: DedupPrep): Promise<DedupDecision>;
  /** Record that the decision for this content was applied; until then a re-run replays it. */
  markForwarded(story: Pick<Story, 'id' | 'contentHash'>): Promise<void>;
  /**
   * Take the mark back: the story never reached its sinks, so the next sighting of this content
   * replays it instead of calling it unchanged. False when the index does not know the content.
   */
  unmarkForwarded(story: Pick<Story, 'id' | 'contentHash'>): Promise<boolean>;
  /** The index's record of a story and its cluster, or undefined when it is not (or no longer) known. */
  describe(storyId: string): Promise<StoryDedupRecord | undefined>;
}

type Reply = Buffer[];
type Args = (string | number | Buffer)[];
type WithScript = {
  wfDedupCheckAndInsertBuffer(...args: Args): Promise<Reply>;
  wfDedupSettleBuffer(...args: Args): Promise<Reply>;
  wfDedupMarkForwarded(...args: Args): Promise<number>;
  wfDedupDescribeBuffer(...args: Args): Promise<Reply>;
};

const COMMAND = 'wfDedupCheckAndInsert';
const SETTLE_COMMAND = 'wfDedupSettle';
const MARK_COMMAND = 'wfDedupMarkForwarded';
const DESCRIBE_COMMAND = 'wfDedupDescribe';
const METHODS = new Set(['none', 'guid', 'url', 'body-hash', 'near']);
/** Settle calls a copy of a racing, still pending story makes before naming that story's own id. */
const MAX_WAITS = 8;
/** The window is kept as this many generations, plus the one being filled. */
const GENERATIONS = 3;

export interface DedupIndexOptions {
  redis: RedisClient;
  /** The hash-tagged key prefix, e.g. `{wirefeed}`. */
  prefix: string;
  /** How long a story is remembered (default 72 h). */
  windowSeconds?: number;
  /** At most this many stories are remembered (default 1,000,000); the oldest generation goes first. */
  maxStories?: number;
  /** At most this many bytes of records and entries (default 256 MiB); Redis adds ≈ 5–10 %. */
  maxBytes?: number;
  near?: VerdictPolicy;
  /** The clock, for tests of the window. */
  now?: () => number;
}

const pow2 = (n: number) => 2 ** Math.min(16, Math.max(0, Math.ceil(Math.log2(Math.max(1, n)))));

/**
 * Table sizes of a generation of `perGen` stories: posting, id, exact and cluster buckets of a few
 * KB each (id buckets smaller, so an id's one-byte tail rarely meets another).
 */
export function layoutFor(perGen: number): string {
  return [perGen / 150, perGen / 128, perGen / 400, perGen / 2_000].map(pow2).join(' ');
}

/** A story id as the scripts carry it: 12 packed bytes for the usual 24 hex digits. */
export function encodeId(id: string): Buffer {
  if (/^[0-9a-f]{24}$/.test(id)) return Buffer.concat([Buffer.of(0x8c), Buffer.from(id, 'hex')]);
  const raw = Buffer.from(id, 'utf8');
  if (raw.length > 127)
    throw new WirefeedError('WF_E_REDIS', 'story id too long for the dedup index', { details: { id } });
  return Buffer.concat([Buffer.of(raw.length), raw]);
}

export function decodeId(e: Buffer | undefined): string {
  if (!e || e.length === 0) return '';
  const n = e[0] as number;
  if (n === 0x8c && e.length === 13) return e.subarray(1).toString('hex');
  return e.subarray(1, 1 + n).toString('utf8');
}

/** Bucket source (32 bits) and tail of a hex digest, for the id and exact tables. */
function hexKey(hex: string, tailBytes: number): [number, Buffer] {
  const h = /^[0-9a-f]{24,}$/.test(hex) ? hex : shortHash('dedup-key', hex);
  return [Number.parseInt(h.slice(0, 8), 16), Buffer.from(h.slice(8, 8 + 2 * tailBytes), 'hex')];
}

/** The shared dedup index in Redis: exact (guid, URL, body hash) and near-duplicate layers. */
export function createDedupIndex(deps: DedupIndexOptions): DedupIndex {
  const { redis, prefix } = deps;
  const window = deps.windowSeconds ?? 72 * 3_600;
  const maxStories = deps.maxStories ?? 1_000_000;
  const maxBytes = deps.maxBytes ?? 256 * 1024 ** 2;
  const policy = deps.near ?? DEFAULT_VERDICT_POLICY;
  const now = deps.now ?? Date.now;
  const span = Math.max(1, Math.ceil(window / GENERATIONS));
  const perGen = Math.max(1, Math.ceil(maxStories / (GENERATIONS + 1)));
  const perBytes = Math.max(1, Math.floor(maxBytes / (GENERATIONS + 1)));
  const layout = layoutFor(perGen);
  if (!(COMMAND in redis)) redis.defineCommand(COMMAND, { numberOfKeys: 1, lua: CHECK_AND_INSERT_LUA });
  if (!(SETTLE_COMMAND in redis)) redis.defineCommand(SETTLE_COMMAND, { numberOfKeys: 1, lua: SETTLE_LUA });
  if (!(MARK_COMMAND in redis))
    redis.defineCommand(MARK_COMMAND, { numberOfKeys: 1, lua: MARK_FORWARDED_LUA });
  if (!(DESCRIBE_COMMAND in redis))
    redis.defineCommand(DESCRIBE_COMMAND, { numberOfKeys: 1, lua: DESCRIBE_LUA });
  const base = `${prefix}:dedup:`;
  const stateKey = `${base}state`;
  const client = redis as unknown as WithScript;
  const idArgs = (storyId: string): Args => {
    const [src, tail] = hexKey(storyId, 1);
    return [encodeId(storyId), src, tail];
  };

  // Verdicts decided here and recorded with mark-forwarded (same handler, same process). A job that
  // never gets there leaves its story pending: its retry compares again.
  const toSettle = new Map<string, Args>();
  function remember(storyId: string, contentHash: string, args: Args): void {
    toSettle.set(`${storyId} ${contentHash}`, args);
    if (toSettle.size > 10_000) toSettle.delete(toSettle.keys().next().value as string);
  }

  async function call(command: typeof COMMAND | typeof SETTLE_COMMAND, args: Args): Promise<Reply> {
    try {
      return await client[`${command}Buffer`](...args);
    } catch (err) {
      throw new WirefeedError('WF_E_REDIS', 'dedup check-and-insert failed', { cause: err });
    }
  }

  return {
    async checkAndInsert(story, token, ahead) {
      const prep = ahead ?? prepareDedup(story);
      const fp = prep.fingerprints;
      // 4 bits of the job's token, kept with the content for diagnosis: they do not decide a replay
      // (see check-and-insert.ts), as 1 re-poll in 16 would pass for a retry.
      const tokenDigest = Number.parseInt(shortHash('token', token).slice(0, 1), 16);
      const sketch = prep.probe?.sketch;
      const sketchBytes = prep.sketch
        ? Buffer.from(prep.sketch.buffer, prep.sketch.byteOffset, prep.sketch.byteLength)
        : undefined;
      const [urlSrc, urlTail] = fp.urlKey ? hexKey(fp.urlKey, 5) : ['', ''];
      const [bodySrc, bodyTail] = fp.bodyKey ? hexKey(fp.bodyKey, 5) : ['', ''];
      const fixed: Args = [
        stateKey,
        base,
        Math.floor(now() / 1000),
        span,
        perGen,
        perBytes,
        layout,
        window + span,
        ...idArgs(fp.storyId),
        contentKey(fp.contentHash),
        tokenDigest,
        urlSrc,
        urlTail,
        bodySrc,
        bodyTail,
        fnv1a(story.source.feedId) & 0xff,
        story.source.feedId,
        story.signals.canceled ? '1' : '0',
        sketchBytes ?? '',
      ];
      const postings = (sketch?.postings ?? []).map(String);
      const reply = await call(COMMAND, [...fixed, ...postings]);
      const head = reply[0]?.toString();
      if ((head !== 'candidates' && head !== 'recompare') || !prep.probe) return toDecision(reply);
      const probe: NearProbe = { ...prep.probe, topSet: new Set(prep.probe.tops) };
      const asReplay = (d: DedupDecision): DedupDecision =>
        head === 'recompare' ? { ...d, kind: 'replay' } : d;
      // Stories filed before this one under its postings: the most similar certain copy wins, else
      // the most similar possible copy marks the story; the index already holds it as unique. A
      // story whose own verdict is pending is chosen only when no settled one qualifies.
      type Found = { cluster: Buffer; score: number; pending: boolean };
      const better = (a: Found, b: Found | undefined) =>
        !b || (a.pending === b.pending ? a.score > b.score : !a.pending);
      let copy: Found | undefined;
      let possible: Found | undefined;
      for (let i = 1; i + 2 < reply.length; i += 3) {
        const features = compare(probe, decodeSketch(reply[i + 1] as Buffer));
        const verdict = judgeNear(features, policy);
        const found = {
          cluster: reply[i] as Buffer,
          score: features.containment,
          pending: String(reply[i + 2]) === '1',
        };
        if (verdict === 'copy' && better(found, copy)) copy = found;
        if (verdict === 'possible' && better(found, possible)) possible = found;
      }
      const best = copy ?? possible;
      const verdict = copy ? 'copy' : possible ? 'possible' : 'unique';
      const similarity = best ? Math.round(best.score * 1000) : '';
      const settleArgs = (force: boolean, mark: boolean): Args => [
        stateKey,
        base,
        ...idArgs(fp.storyId),
        contentKey(fp.contentHash),
        verdict,
        best?.cluster ?? '',
        similarity,
        story.source.feedId,
        urlSrc,
        urlTail,
        bodySrc,
        bodyTail,
        window + span,
        force ? '1' : '0',
        mark ? '1' : '0',
      ];
      if (verdict !== 'copy') {
        // Unique, or a possible copy: a story of its own either way, its cluster its own id, as the
        // pending record already says. The mark follows with mark-forwarded, the call every decision
        // ends with: no call now.
        remember(fp.storyId, fp.contentHash, settleArgs(true, true));
        return asReplay(settledDecision(fp.storyId, verdict, best?.cluster, Number(similarity)));
      }
      // A copy is recorded at once, so later copies name its cluster. A copy of a story racing this
      // one (its verdict not recorded yet) waits a few ms for that story's cluster.
      for (let wait = 0; best?.pending && wait < MAX_WAITS; wait++) {
        const settled = await call(SETTLE_COMMAND, settleArgs(false, false));
        if (settled[0]?.toString() !== 'wait') return asReplay(toDecision(settled));
        await setTimeout(1 + wait);
      }
      return asReplay(toDecision(await call(SETTLE_COMMAND, settleArgs(true, false))));
    },
    async markForwarded(story) {
      const key = `${story.id} ${story.contentHash}`;
      const settle = toSettle.get(key);
      toSettle.delete(key);
      try {
        if (settle) await call(SETTLE_COMMAND, settle);
        else
          await client.wfDedupMarkForwarded(
            stateKey,
            base,
            ...idArgs(story.id),
            contentKey(story.contentHash),
          );
      } catch (err) {
        throw new WirefeedError('WF_E_REDIS', 'dedup mark-forwarded failed', { cause: err });
      }
    },
    async unmarkForwarded(story) {
      try {
        const known = await client.wfDedupMarkForwarded(
          stateKey,
          base,
          ...idArgs(story.id),
          contentKey(story.contentHash),
          '0',
        );
        return known === 1;
      } catch (err) {
        throw new WirefeedError('WF_E_REDIS', 'dedup unmark-forwarded failed', { cause: err });
      }
    },
    async describe(storyId) {
      const reply = await client.wfDedupDescribeBuffer(stateKey, base, ...idArgs(storyId));
      if (reply.length === 0) return undefined;
      const [v, st, dup, , m, s, pd, ps] = reply.slice(0, 8).map((b) => b.toString());
      const members: StoryDedupRecord['members'] = [];
      for (let i = 8; i + 3 < reply.length; i += 4) {
        members.push({
          id: decodeId(reply[i]),
          feedId: String(reply[i + 1]),
          method: String(reply[i + 2]),
          similarity: Number(String(reply[i + 3])),
        });
      }
      const duplicateOf = decodeId(reply[2]);
      const possibleOf = decodeId(reply[6]);
      return {
        id: storyId,
        version: Number(v),
        status: (st ?? 'unique') as DedupResult['status'],
        clusterId: decodeId(reply[3]) || storyId,
        ...(dup ? { duplicateOf } : {}),
        method: (METHODS.has(m ?? '') ? m : 'none') as DedupResult['method'],
        ...(s ? { similarity: Number(s) } : {}),
        ...(pd ? { possibleDuplicateOf: possibleOf, ...(ps ? { similarity: Number(ps) } : {}) } : {}),
        members: members.slice(-100),
      };
    },
  };
}

/** 24 bits of the content hash name a content among one story's versions (a handful): plenty. */
function contentKey(contentHash: string): Buffer {
  return Buffer.from(hexKey(contentHash, 3)[1]);
}

/** The decision settle would reply for a verdict on a settled cluster, without asking it. */
function settledDecision(
  storyId: string,
  verdict: 'copy' | 'possible' | 'unique',
  cluster: Buffer | undefined,
  similarity: number,
): DedupDecision {
  const sim = similarity / 1000;
  if (verdict === 'copy') {
    const clusterId = decodeId(cluster);
    return {
      kind: 'duplicate',
      version: 1,
      result: { status: 'duplicate', clusterId, duplicateOf: clusterId, similarity: sim, method: 'near' },
    };
  }
  if (verdict === 'possible') {
    return {
      kind: 'unique',
      version: 1,
      result: {
        status: 'unique',
        clusterId: storyId,
        possibleDuplicateOf: decodeId(cluster),
        similarity: sim,
        method: 'near',
      },
    };
  }
  return { kind: 'unique', version: 1, result: { status: 'unique', clusterId: storyId, method: 'none' } };
}

function toDecision(reply: Reply): DedupDecision {
  const [kind, version, status, , , method, sim] = reply.map((b) => String(b));
  const duplicateOf = decodeId(reply[3]);
  const clusterId = decodeId(reply[4]);
  const possibleOf = decodeId(reply[7]);
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
