import type { NormalizeJob, RedisClient } from '@wirefeed/core';
import { sha256Hex, WirefeedError } from '@wirefeed/core';
import { REPLAY_MARK } from './replay.ts';

/** One version of a story as the normalizer saw it: enough to find its jobs in every queue. */
export interface IndexedVersion {
  contentHash: string;
  /** The normalize job that made it (the dedup job id follows from the story id and the hash). */
  normalizeJobId: string;
  at: string;
}

/** What the index keeps about one story: searchable fields, its versions, and the raw item for replay. */
export interface IndexedStory {
  id: string;
  headline: string;
  feedId: string;
  urls: string[];
  /** First and latest time the normalizer saw it. */
  firstSeenAt: string;
  lastSeenAt: string;
  versions: IndexedVersion[];
  /** Replays of the story, newest last (at most 5): their normalize jobs start jobs of their own. */
  replays: { normalizeJobId: string; at: string }[];
  /** The latest normalize job's payload (without `run` and `replay`), string fields capped. */
  raw: NormalizeJob;
  /** True when a field of `raw` was cut to fit the cap: a replay then runs the shortened item. */
  rawTruncated: boolean;
}

/** What the normalizer hands the index for each story it makes. */
export interface StoryIndexEntry {
  id: string;
  headline: string;
  feedId: string;
  urls: readonly (string | undefined)[];
  contentHash: string;
  normalizeJobId: string;
  raw: NormalizeJob;
  at?: string;
}

export interface StoryIndexOptions {
  redis: RedisClient;
  /** Hash-tagged key prefix (`{wirefeed}`): every key shares its slot, so the index works on Cluster. */
  prefix: string;
  /** Stories kept in the recent list; older ones drop out of search (their keys expire). Default 20,000. */
  maxStories?: number;
  /** How long a story and its search entries live after it was last seen. Default 7 days. */
  ttlSeconds?: number;
  /** Cap on each string field of the raw item kept. Default 64 KiB. */
  maxFieldChars?: number;
  /** Stories one headline word or feed points at; the oldest are dropped past it. Default 2,000. */
  maxPerTerm?: number;
}

export interface StoryIndex {
  /** Record (or update) a story; one round trip. */
  record(entry: StoryIndexEntry): Promise<void>;
  get(id: string): Promise<IndexedStory | undefined>;
  /** The most recently seen stories, newest first. */
  recent(limit: number, offset?: number): Promise<IndexedStory[]>;
  /**
   * Find stories by story id, by URL (any of the item's link, canonical URL or guid), by `feed:ID`,
   * or by headline words (every word must match; newest first).
   */
  search(query: string, limit?: number): Promise<IndexedStory[]>;
  /** Stories in the recent list. */
  size(): Promise<number>;
}

const STORY_ID = /^[a-z0-9]{8,64}$/;
const MAX_VERSIONS = 20;
const MAX_REPLAYS = 5;
const MAX_WORDS = 24;

/** Lower-cased words of two letters or more, without duplicates: what a headline is searched by. */
export function headlineWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

function capFields(raw: NormalizeJob, max: number): { raw: NormalizeJob; truncated: boolean } {
  let truncated = false;
  const cap = (v: string | undefined) => {
    if (v === undefined || v.length <= max) return v;
    truncated = true;
    return v.slice(0, max);
  };
  const { run: _run, replay: _replay, ...rest } = raw;
  const item = { ...rest.item };
  for (const key of ['contentHtml', 'contentText', 'summary', 'title', 'link', 'guid', 'author'] as const) {
    const v = cap(item[key]);
    if (v !== undefined) item[key] = v;
  }
  item.categories = item.categories.slice(0, 50).map((c) => cap(c) ?? '');
  return { raw: { ...rest, item }, truncated };
}

/**
 * The story index: a bounded record of recent stories in Redis, for the dashboard's search and trace
 * and for `wirefeed replay`. Bounded three ways: a recent list trimmed to `maxStories`, a TTL on every
 * key, and a cap on the raw item's fields and on the stories one search term points at. Search is a
 * small inverted index (one sorted set per headline word, feed and URL, scored by time), so a query
 * costs a ZINTER over a few capped sets, whatever the size of the pipeline.
 */
export function createStoryIndex(options: StoryIndexOptions): StoryIndex {
  const { redis, prefix } = options;
  const maxStories = options.maxStories ?? 20_000;
  const ttl = options.ttlSeconds ?? 7 * 86_400;
  const maxField = options.maxFieldChars ?? 64 * 1024;
  const maxPerTerm = options.maxPerTerm ?? 2_000;
  const storyKey = (id: string) => `${prefix}:si:story:${id}`;
  const recentKey = `${prefix}:si:recent`;
  const wordKey = (w: string) => `${prefix}:si:w:${w}`;
  const feedKey = (feedId: string) => `${prefix}:si:feed:${feedId}`;
  const urlKey = (url: string) => `${prefix}:si:url:${sha256Hex(url.trim()).slice(0, 32)}`;

  const parse = (text: string | null): IndexedStory | undefined => {
    if (!text) return undefined;
    try {
      return JSON.parse(text) as IndexedStory;
    } catch {
      return undefined;
    }
  };

  const getMany = async (ids: readonly string[]): Promise<IndexedStory[]> => {
    if (ids.length === 0) return [];
    const texts = await redis.mget(...ids.map(storyKey));
    return texts.map(parse).filter((s): s is IndexedStory => s !== undefined);
  };

  const get = async (id: string) => (STORY_ID.test(id) ? parse(await redis.get(storyKey(id))) : undefined);

  return {
    async record(entry) {
      const at = entry.at ?? new Date().toISOString();
      const score = Date.parse(at);
      const before = await get(entry.id);
      const { raw, truncated } = capFields(entry.raw, maxField);
      const urls = [...new Set(entry.urls.filter((u): u is string => !!u && u.length <= 2_048))].slice(0, 4);
      const replay = entry.normalizeJobId.includes(REPLAY_MARK);
      let versions = before?.versions ?? [];
      if (!replay || !versions.some((v) => v.contentHash === entry.contentHash)) {
        versions = versions.filter((v) => v.contentHash !== entry.contentHash);
        versions.push({ contentHash: entry.contentHash, normalizeJobId: entry.normalizeJobId, at });
      }
      const replays = [
        ...(before?.replays ?? []),
        ...(replay ? [{ normalizeJobId: entry.normalizeJobId, at }] : []),
      ];
      const story: IndexedStory = {
        id: entry.id,
        headline: entry.headline.slice(0, 1_000),
        feedId: entry.feedId,
        urls,
        firstSeenAt: before?.firstSeenAt ?? at,
        lastSeenAt: at,
        versions: versions.slice(-MAX_VERSIONS),
        replays: replays.slice(-MAX_REPLAYS),
        raw,
        rawTruncated: truncated,
      };
      const terms = [...headlineWords(story.headline).map(wordKey), feedKey(story.feedId)];
      const multi = redis.multi();
      multi.set(storyKey(story.id), JSON.stringify(story), 'EX', ttl);
      multi.zadd(recentKey, score, story.id);
      // Keep the newest maxStories: rank 0 is the oldest.
      multi.zremrangebyrank(recentKey, 0, -maxStories - 1);
      for (const key of terms) {
        multi.zadd(key, score, story.id);
        multi.zremrangebyrank(key, 0, -maxPerTerm - 1);
        multi.expire(key, ttl);
      }
      for (const url of urls) multi.set(urlKey(url), story.id, 'EX', ttl);
      const results = await multi.exec();
      const failed = results?.find(([err]) => err);
      if (!results || failed) {
        throw new WirefeedError(
          'WF_E_REDIS',
          `story index write failed: ${failed?.[0]?.message ?? 'aborted'}`,
        );
      }
    },

    get,

    async recent(limit, offset = 0) {
      const ids = await redis.zrevrange(recentKey, offset, offset + limit - 1);
      return getMany(ids);
    },

    async search(query, limit = 50) {
      const q = query.trim();
      if (!q) return [];
      if (STORY_ID.test(q)) {
        const hit = await get(q);
        if (hit) return [hit];
      }
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(q) || /^urn:/i.test(q)) {
        const id = await redis.get(urlKey(q));
        return id ? getMany([id]) : [];
      }
      const feed = /^feed:(\S+)$/i.exec(q)?.[1];
      if (feed) return getMany(await redis.zrevrange(feedKey(feed), 0, limit - 1));
      const words = headlineWords(q).slice(0, 8);
      if (words.length === 0) return [];
      // ZINTER scores by sum; every member's score is its time, so the order is still newest first.
      const ids =
        words.length === 1
          ? await redis.zrevrange(wordKey(words[0] as string), 0, limit - 1)
          : ((await redis.call('ZINTER', String(words.length), ...words.map(wordKey))) as string[])
              .reverse()
              .slice(0, limit);
      // Entries of stories that expired or were trimmed are skipped by the read.
      return getMany(ids);
    },

    size: () => redis.zcard(recentKey),
  };
}
