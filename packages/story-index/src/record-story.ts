/**
 * record-story: file one story in the story index and evict what falls outside its bounds, in one
 * call (one round trip, atomic: a story is never half filed, and the byte count never drifts).
 *
 * KEYS[1] story key    {p}:si:s:<id>        string: seven lines — size (bytes of the six after it),
 *                                           first seen (ISO), filed (JSON list of the term and link
 *                                           keys it is filed under, without the base), versions (JSON
 *                                           list, ≤ 20), replays (JSON list, ≤ 5, or empty), meta (JSON:
 *                                           id, headline, feedId, urls, lastSeenAt, rawTruncated), raw
 *                                           (JSON: the normalize job). One string, not a hash: a hash
 *                                           of long values costs ~400 B more per story. JSON never
 *                                           holds a raw newline, so lines split safely.
 * KEYS[2] recent       {p}:si:recent        sorted set: id → last seen (ms)
 * KEYS[3] bytes        {p}:si:bytes         string: sum of every filed story's size
 * KEYS[4 .. 3+n]       {p}:si:word:<word>, {p}:si:by-feed:<feedId>   sorted sets id → last seen
 * KEYS[4+n ..]         {p}:si:link:<sha>    string: id of the story last seen with that URL
 * Keys of evicted stories are built from ARGV[11] (all under the same hash tag, one slot on Cluster).
 *
 * ARGV[1] id   ARGV[2] score (ms)   ARGV[3] at (ISO)   ARGV[4] meta JSON   ARGV[5] raw JSON
 * ARGV[6] content hash   ARGV[7] normalize job id   ARGV[8] '1' when the job is a replay
 * ARGV[9] filed: JSON list of KEYS[4..] without the base   ARGV[10] n, the number of term keys
 * ARGV[11] base '{p}:si:'   ARGV[12] max stories   ARGV[13] max bytes   ARGV[14] max age (ms)
 * ARGV[15] max stories per term   ARGV[16] max versions   ARGV[17] max replays
 * ARGV[18] max evictions in this call
 *
 * Returns { stories, bytes, evicted } after the call.
 * - A version is recorded once per content hash (a new pass of the same content moves it last); a
 *   replay of content already seen is recorded as a replay, not a version.
 * - The story is filed under its latest headline's words, its feed and its latest URLs: terms and
 *   links of an earlier version that are not in the new one are dropped (a link only if it still
 *   names this story).
 * - Eviction, oldest first: stories last seen more than max age before this one, then while the
 *   index holds more than max stories or max bytes (never the last story left). Each eviction
 *   removes the story's hash, its entries in every term it is filed under and its links, so memory
 *   follows the caps, not time.
 */
export const RECORD_STORY_LUA = `
local id, score, at = ARGV[1], tonumber(ARGV[2]), ARGV[3]
local meta, raw, hash, jobId, replay = ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8] == '1'
local filed, nTerms, base = ARGV[9], tonumber(ARGV[10]), ARGV[11]
local maxStories, maxBytes, maxAge = tonumber(ARGV[12]), tonumber(ARGV[13]), tonumber(ARGV[14])
local maxPerTerm, maxVersions, maxReplays = tonumber(ARGV[15]), tonumber(ARGV[16]), tonumber(ARGV[17])
local maxEvictions = tonumber(ARGV[18])

-- The first n lines of a record: size, first seen, filed, versions, replays.
local function lines(record, n)
  local out, pos = {}, 1
  for i = 1, n do
    local nl = string.find(record, '\\n', pos, true)
    out[i] = string.sub(record, pos, nl - 1)
    pos = nl + 1
  end
  return out
end

local function unfile(storyId, list, keep)
  for _, suffix in ipairs(cjson.decode(list)) do
    if not (keep and keep[suffix]) then
      local key = base .. suffix
      if string.sub(suffix, 1, 5) == 'link:' then
        if redis.call('GET', key) == storyId then redis.call('DEL', key) end
      else
        redis.call('ZREM', key, storyId)
      end
    end
  end
end

local old = redis.call('GET', KEYS[1])
local cur = old and lines(old, 5) or {}
local versions = cur[4] and cjson.decode(cur[4]) or {}
local seen = false
for _, v in ipairs(versions) do
  if v.contentHash == hash then seen = true end
end
if not (replay and seen) then
  local kept = {}
  for _, v in ipairs(versions) do
    if v.contentHash ~= hash then kept[#kept + 1] = v end
  end
  kept[#kept + 1] = { contentHash = hash, normalizeJobId = jobId, at = at }
  while #kept > maxVersions do table.remove(kept, 1) end
  versions = kept
end
local replays = cur[5] or ''
if replay then
  local list = replays ~= '' and cjson.decode(replays) or {}
  list[#list + 1] = { normalizeJobId = jobId, at = at }
  while #list > maxReplays do table.remove(list, 1) end
  replays = cjson.encode(list)
end

if cur[3] then
  local keep = {}
  for _, suffix in ipairs(cjson.decode(filed)) do keep[suffix] = true end
  unfile(id, cur[3], keep)
end

local body = (cur[2] or at) .. '\\n' .. filed .. '\\n' .. cjson.encode(versions) .. '\\n' .. replays ..
  '\\n' .. meta .. '\\n' .. raw
local size = #body
redis.call('SET', KEYS[1], size .. '\\n' .. body)
redis.call('INCRBY', KEYS[3], size - tonumber(cur[1] or '0'))
redis.call('ZADD', KEYS[2], score, id)
for i = 4, 3 + nTerms do
  redis.call('ZADD', KEYS[i], score, id)
  redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -maxPerTerm - 1)
end
for i = 4 + nTerms, #KEYS do redis.call('SET', KEYS[i], id) end

local evicted = 0
local function evict(victim)
  local skey = base .. 's:' .. victim
  local record = redis.call('GET', skey)
  if record then
    local v = lines(record, 3)
    unfile(victim, v[3], nil)
    redis.call('DECRBY', KEYS[3], v[1])
    redis.call('DEL', skey)
  end
  redis.call('ZREM', KEYS[2], victim)
  evicted = evicted + 1
end
for _, victim in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. (score - maxAge),
    'LIMIT', 0, maxEvictions)) do
  if victim ~= id then evict(victim) end
end
local stories = redis.call('ZCARD', KEYS[2])
local bytes = tonumber(redis.call('GET', KEYS[3]))
while evicted < maxEvictions and stories > 1 and (stories > maxStories or bytes > maxBytes) do
  evict(redis.call('ZRANGE', KEYS[2], 0, 0)[1])
  stories = stories - 1
  bytes = tonumber(redis.call('GET', KEYS[3]))
end
return { stories, bytes, evicted }
`;
