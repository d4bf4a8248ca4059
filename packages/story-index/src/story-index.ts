import type { NormalizeJob, RedisClient } from '@wirefeed/core';
import { sha256Hex, WirefeedError } from '@wirefeed/core';
import { RECORD_STORY_LUA } from './record-story.ts';
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
  /** Stories kept; past it the least recently seen are evicted with all their keys. Default 20,000. */
  maxStories?: number;
  /**
   * Bytes of the stories' records kept (headline, URLs, versions, the raw item), Redis's own overhead
   * not counted; past it the least recently seen are evicted. Default 128 MiB.
   */
  maxBytes?: number;
  /** Stories last seen this long before the newest one are evicted. Default 7 days. */
  maxAgeSeconds?: number;
  /** Cap on each string field of the raw item kept. Default 64 KiB. */
  maxFieldChars?: number;
  /** Stories one headline word or feed points at; the oldest are dropped past it. Default 2,000. */
  maxPerTerm?: number;
}

/** How full the index is. */
export interface StoryIndexUsage {
  stories: number;
  /** Bytes of the records, as counted against `maxBytes`. */
  bytes: number;
}

export interface StoryIndex {
  /** Record (or update) a story, evicting what falls outside the bounds; one round trip. */
  record(entry: StoryIndexEntry): Promise<void>;
  get(id: string): Promise<IndexedStory | undefined>;
  /** The most recently seen stories, newest first. */
  recent(limit: number, offset?: number): Promise<IndexedStory[]>;
  /**
   * Find stories by story id, by URL (any of the item's link, canonical URL or guid), by `feed:ID`,
   * or by headline words (every word must match; newest first).
   */
  search(query: string, limit?: number): Promise<IndexedStory[]>;
  /** Stories in the index. */
  size(): Promise<number>;
  usage(): Promise<StoryIndexUsage>;
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

const COMMAND = 'wfStoryIndexRecord';
/** Evictions one record may do: a lowered cap is reached over the next records, never in one long call. */
const MAX_EVICTIONS_PER_CALL = 64;

type WithScript = RedisClient & {
  [COMMAND](...args: (string | number)[]): Promise<[number, number, number]>;
};

/**
 * The story index: a bounded record of recent stories in Redis, for the dashboard's search and trace
 * and for `wirefeed replay`. Bounded by configuration, not by time alone: at most `maxStories`
 * stories and `maxBytes` of records (the least recently seen are evicted with every key they hold),
 * none older than `maxAgeSeconds` before the newest, each raw field capped, and each search term
 * pointing at `maxPerTerm` stories at most. Search is a small inverted index (one sorted set per
 * headline word and feed, one key per URL), so a query costs a ZINTER over a few capped sets.
 */
export function createStoryIndex(options: StoryIndexOptions): StoryIndex {
  const { redis, prefix } = options;
  const maxStories = options.maxStories ?? 20_000;
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
  const maxAgeMs = (options.maxAgeSeconds ?? 7 * 86_400) * 1000;
  const maxField = options.maxFieldChars ?? 64 * 1024;
  const maxPerTerm = options.maxPerTerm ?? 2_000;
  if (!(COMMAND in redis)) redis.defineCommand(COMMAND, { lua: RECORD_STORY_LUA });
  const client = redis as WithScript;
  const base = `${prefix}:si:`;
  const storyKey = (id: string) => `${base}s:${id}`;
  const recentKey = `${base}recent`;
  const bytesKey = `${base}bytes`;
  const wordTerm = (w: string) => `word:${w}`;
  const feedTerm = (feedId: string) => `by-feed:${feedId}`;
  const linkKey = (url: string) => `link:${sha256Hex(url.trim()).slice(0, 32)}`;

  /** A record's lines: size, first seen, filed, versions, replays, meta, raw (see record-story.ts). */
  const parse = (text: string | null): IndexedStory | undefined => {
    const lines = text?.split('\n');
    if (lines?.length !== 7) return undefined;
    const [, first, , versions, replays, meta, raw] = lines as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    try {
      const m = JSON.parse(meta) as Pick<
        IndexedStory,
        'id' | 'headline' | 'feedId' | 'urls' | 'lastSeenAt' | 'rawTruncated'
      >;
      return {
        id: m.id,
        headline: m.headline,
        feedId: m.feedId,
        urls: m.urls,
        firstSeenAt: first,
        lastSeenAt: m.lastSeenAt,
        versions: JSON.parse(versions) as IndexedVersion[],
        replays: replays ? (JSON.parse(replays) as IndexedStory['replays']) : [],
        raw: JSON.parse(raw) as NormalizeJob,
        rawTruncated: m.rawTruncated,
      };
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
      // Normalized, so the record's time is always a plain ISO string (an invalid one throws here).
      const at = new Date(entry.at ?? Date.now()).toISOString();
      const { raw, truncated } = capFields(entry.raw, maxField);
      const urls = [...new Set(entry.urls.filter((u): u is string => !!u && u.length <= 2_048))].slice(0, 4);
      const headline = entry.headline.slice(0, 1_000);
      const meta = {
        id: entry.id,
        headline,
        feedId: entry.feedId,
        urls,
        lastSeenAt: at,
        rawTruncated: truncated,
      };
      const terms = [...headlineWords(headline).map(wordTerm), feedTerm(entry.feedId)];
      const filed = [...terms, ...new Set(urls.map(linkKey))];
      const keys = [storyKey(entry.id), recentKey, bytesKey, ...filed.map((k) => base + k)];
      try {
        await client[COMMAND](
          keys.length,
          ...keys,
          entry.id,
          Date.parse(at),
          at,
          JSON.stringify(meta),
          JSON.stringify(raw),
          entry.contentHash,
          entry.normalizeJobId,
          entry.normalizeJobId.includes(REPLAY_MARK) ? '1' : '0',
          JSON.stringify(filed),
          terms.length,
          base,
          maxStories,
          maxBytes,
          maxAgeMs,
          maxPerTerm,
          MAX_VERSIONS,
          MAX_REPLAYS,
          MAX_EVICTIONS_PER_CALL,
        );
      } catch (err) {
        throw new WirefeedError('WF_E_REDIS', 'story index write failed', { cause: err });
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
        const id = await redis.get(base + linkKey(q));
        return id ? getMany([id]) : [];
      }
      const feed = /^feed:(\S+)$/i.exec(q)?.[1];
      if (feed) return getMany(await redis.zrevrange(base + feedTerm(feed), 0, limit - 1));
      const words = headlineWords(q).slice(0, 8);
      if (words.length === 0) return [];
      const wordKeys = words.map((w) => base + wordTerm(w));
      // ZINTER scores by sum; every member's score is its time, so the order is still newest first.
      const ids =
        wordKeys.length === 1
          ? await redis.zrevrange(wordKeys[0] as string, 0, limit - 1)
          : ((await redis.call('ZINTER', String(wordKeys.length), ...wordKeys)) as string[])
              .reverse()
              .slice(0, limit);
      return getMany(ids);
    },

    size: () => redis.zcard(recentKey),

    async usage() {
      const [stories, bytes] = await Promise.all([redis.zcard(recentKey), redis.get(bytesKey)]);
      return { stories, bytes: Number(bytes ?? 0) };
    },
  };
}
