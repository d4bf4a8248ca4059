/**
 * check-and-insert: decide, atomically, what a story is to the index, and record it.
 *
 * KEYS[1] item key   {p}:dedup:item:<storyId>   hash: v (latest version), st (status), dup (duplicate
 *                                                of), cl (cluster), m (method), and one field per content
 *                                                seen: c:<hash> = "<version>|<status>|<token>|<forwarded 0/1>"
 * KEYS[2] url key    {p}:dedup:url:<urlKey>      string: "<feedId> <storyId>" of the first story seen
 *                                                with that canonical URL
 * KEYS[3] body key   {p}:dedup:body:<bodyKey>    string: first story id seen with that body
 * ARGV[1] story id   ARGV[2] content hash   ARGV[3] job token   ARGV[4] window (seconds)
 * ARGV[5] '1' when KEYS[2] is meaningful     ARGV[6] '1' when KEYS[3] is meaningful
 * ARGV[7] feed id
 *
 * Returns { kind, version, status, duplicateOf, clusterId, method } where kind is
 * unique | duplicate | update | unchanged | replay.
 * - A content seen before keeps its own version, whatever came since (no stale text as a new version).
 * - `replay`: the same job retried (same token), or a decision recorded but never forwarded (its job
 *   failed after recording): the decision is handed back so it is applied, never dropped as unchanged.
 * - A copy's own versions stay copies, and never claim the URL or body keys.
 * - A URL shared by items of one feed with different guids (live blogs, section-page links) does not
 *   make them copies: the feed's own ids say they are different items.
 * All keys share the prefix hash tag, so the script is single-slot on Redis Cluster.
 */
export const CHECK_AND_INSERT_LUA = `
local id, hash, token, ttl = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local hasUrl, hasBody, feed = ARGV[5] == '1', ARGV[6] == '1', ARGV[7]
local field = 'c:' .. hash
local cur = redis.call('HMGET', KEYS[1], 'v', 'st', 'dup', 'cl', 'm', field)
local function claim()
  if hasUrl then redis.call('SET', KEYS[2], feed .. ' ' .. id, 'NX', 'EX', ttl) end
  if hasBody then redis.call('SET', KEYS[3], id, 'NX', 'EX', ttl) end
end
local function record(v, st, dup, cl, m)
  redis.call('HSET', KEYS[1], 'v', v, 'st', st, 'dup', dup, 'cl', cl, 'm', m, field, v .. '|' .. st .. '|' .. token .. '|0')
  redis.call('EXPIRE', KEYS[1], ttl)
end
if cur[6] then
  local v, st, tok, fwd = string.match(cur[6], '^(%d+)|([^|]*)|(.*)|([01])$')
  local kind = 'unchanged'
  if tok == token or fwd == '0' then kind = 'replay' end
  redis.call('EXPIRE', KEYS[1], ttl)
  return { kind, tonumber(v), st, cur[3] or '', cur[4] or id, cur[5] or 'none' }
end
if cur[1] then
  local v = tonumber(cur[1]) + 1
  local st = 'update'
  if cur[2] == 'duplicate' then st = 'duplicate' end
  record(v, st, cur[3] or '', cur[4] or id, cur[5] or 'guid')
  if st ~= 'duplicate' then claim() end
  return { 'update', v, st, cur[3] or '', cur[4] or id, cur[5] or 'guid' }
end
local owner, method = false, 'none'
if hasUrl then
  local claimed = redis.call('GET', KEYS[2])
  if claimed then
    local ownerFeed, ownerId = string.match(claimed, '^(.*) ([^ ]+)$')
    if ownerId and ownerId ~= id and ownerFeed ~= feed then owner, method = ownerId, 'url' end
  end
end
if not owner and hasBody then
  owner = redis.call('GET', KEYS[3])
  if owner and owner ~= id then method = 'body-hash' else owner = false end
end
if owner then
  record(1, 'duplicate', owner, owner, method)
  return { 'duplicate', 1, 'duplicate', owner, owner, method }
end
record(1, 'unique', '', id, 'none')
claim()
return { 'unique', 1, 'unique', '', id, 'none' }
`;

/**
 * mark-forwarded: the decision for this content was applied (forwarded or dropped on purpose), so a
 * later sighting of the same content is `unchanged`, not a replay.
 *
 * KEYS[1] item key   ARGV[1] content hash
 */
export const MARK_FORWARDED_LUA = `
local field = 'c:' .. ARGV[1]
local rec = redis.call('HGET', KEYS[1], field)
if rec then redis.call('HSET', KEYS[1], field, (string.gsub(rec, '|0$', '|1'))) end
return rec and 1 or 0
`;
