/**
 * check-and-insert: decide, atomically, what a story is to the index, and record it.
 *
 * KEYS[1] item key   {p}:dedup:item:<storyId>   hash: v (version), h (content hash), tok (job token),
 *                                                st (status), dup (duplicate of), cl (cluster), m (method)
 * KEYS[2] url key    {p}:dedup:url:<urlKey>      string: first story id seen with that canonical URL
 * KEYS[3] body key   {p}:dedup:body:<bodyKey>    string: first story id seen with that body
 * ARGV[1] story id   ARGV[2] content hash   ARGV[3] job token   ARGV[4] window (seconds)
 * ARGV[5] '1' when KEYS[2] is meaningful     ARGV[6] '1' when KEYS[3] is meaningful
 *
 * Returns { kind, version, status, duplicateOf, clusterId, method } where kind is
 * unique | duplicate | update | unchanged | replay. `replay` is the same job retried after it already
 * recorded its decision: it gets that decision back, so a retry re-emits instead of dropping.
 * All keys share the prefix hash tag, so the script is single-slot on Redis Cluster.
 */
export const CHECK_AND_INSERT_LUA = `
local id, hash, token, ttl = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local hasUrl, hasBody = ARGV[5] == '1', ARGV[6] == '1'
local cur = redis.call('HMGET', KEYS[1], 'v', 'h', 'tok', 'st', 'dup', 'cl', 'm')
local function claim()
  if hasUrl then redis.call('SET', KEYS[2], id, 'NX', 'EX', ttl) end
  if hasBody then redis.call('SET', KEYS[3], id, 'NX', 'EX', ttl) end
end
if cur[1] then
  local v = tonumber(cur[1])
  if cur[2] == hash then
    local kind = 'unchanged'
    if cur[3] == token then kind = 'replay' end
    redis.call('EXPIRE', KEYS[1], ttl)
    return { kind, v, cur[4], cur[5] or '', cur[6] or id, cur[7] or 'none' }
  end
  -- A copy that changes is still a copy; anything else that changes is an update.
  local st = 'update'
  if cur[4] == 'duplicate' then st = 'duplicate' end
  v = v + 1
  redis.call('HSET', KEYS[1], 'v', v, 'h', hash, 'tok', token, 'st', st)
  redis.call('EXPIRE', KEYS[1], ttl)
  claim()
  return { 'update', v, st, cur[5] or '', cur[6] or id, cur[7] or 'guid' }
end
local owner, method = false, 'none'
if hasUrl then
  owner = redis.call('GET', KEYS[2])
  if owner and owner ~= id then method = 'url' else owner = false end
end
if not owner and hasBody then
  owner = redis.call('GET', KEYS[3])
  if owner and owner ~= id then method = 'body-hash' else owner = false end
end
if owner then
  redis.call('HSET', KEYS[1], 'v', 1, 'h', hash, 'tok', token, 'st', 'duplicate', 'dup', owner, 'cl', owner, 'm', method)
  redis.call('EXPIRE', KEYS[1], ttl)
  return { 'duplicate', 1, 'duplicate', owner, owner, method }
end
redis.call('HSET', KEYS[1], 'v', 1, 'h', hash, 'tok', token, 'st', 'unique', 'cl', id, 'm', 'none')
redis.call('EXPIRE', KEYS[1], ttl)
claim()
return { 'unique', 1, 'unique', '', id, 'none' }
`;
