// The subscription store's Redis scripts, one per operation that must check and write at once. Every
// key shares the store's hash-tagged prefix, so each script is single-slot on Redis Cluster.
//
// Keys ({p} is the hash-tagged prefix):
//   {p}:sub:<id>      hash: config (JSON, written by people), state (JSON, written by the fetcher),
//                     urlKey (the URL as the uniqueness index knows it)
//   {p}:subs:index    sorted set: id scored by createdAt (ms), the listing order
//   {p}:subs:urls     hash: urlKey → id, so one URL is subscribed once
//   {p}:subs:rev      counter: bumped on every config change (add, edit, pause, resume, removal)

/**
 * add: create a subscription unless its id or URL is taken.
 *
 * KEYS[1] sub hash   KEYS[2] index   KEYS[3] urls   KEYS[4] rev
 * ARGV[1] id   ARGV[2] urlKey   ARGV[3] config JSON   ARGV[4] state JSON   ARGV[5] createdAt (ms)
 *
 * Returns 'ok', 'duplicate-url <owner id>' (checked first: the likelier mistake, and the clearer
 * message when the id was derived from that very URL), or 'duplicate-id'.
 */
export const ADD_LUA = `
local owner = redis.call('HGET', KEYS[3], ARGV[2])
if owner then return 'duplicate-url ' .. owner end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'duplicate-id' end
redis.call('HSET', KEYS[1], 'config', ARGV[3], 'state', ARGV[4], 'urlKey', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[1])
redis.call('HSET', KEYS[3], ARGV[2], ARGV[1])
redis.call('INCR', KEYS[4])
return 'ok'
`;

/**
 * write-config: replace a subscription's config if it is still the one the caller read
 * (compare-and-set, so two people's edits never silently undo each other), moving its URL in the
 * uniqueness index when the URL changed. The state field is not touched.
 *
 * KEYS[1] sub hash   KEYS[2] urls   KEYS[3] rev
 * ARGV[1] id   ARGV[2] expected config JSON   ARGV[3] new config JSON   ARGV[4] new urlKey
 *
 * Returns 'ok', 'not-found', 'conflict' (changed since read), or 'duplicate-url <owner id>'.
 */
export const WRITE_CONFIG_LUA = `
local cur = redis.call('HMGET', KEYS[1], 'config', 'urlKey')
if not cur[1] then return 'not-found' end
if cur[1] ~= ARGV[2] then return 'conflict' end
if cur[2] ~= ARGV[4] then
  local owner = redis.call('HGET', KEYS[2], ARGV[4])
  if owner and owner ~= ARGV[1] then return 'duplicate-url ' .. owner end
  if cur[2] and redis.call('HGET', KEYS[2], cur[2]) == ARGV[1] then redis.call('HDEL', KEYS[2], cur[2]) end
  redis.call('HSET', KEYS[2], ARGV[4], ARGV[1])
end
redis.call('HSET', KEYS[1], 'config', ARGV[3], 'urlKey', ARGV[4])
redis.call('INCR', KEYS[3])
return 'ok'
`;

/**
 * remove: delete a subscription, its state and its index entries.
 *
 * KEYS[1] sub hash   KEYS[2] index   KEYS[3] urls   KEYS[4] rev
 * ARGV[1] id
 *
 * Returns 1 when removed, 0 when there was none.
 */
export const REMOVE_LUA = `
local urlKey = redis.call('HGET', KEYS[1], 'urlKey')
local existed = redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
if urlKey and redis.call('HGET', KEYS[3], urlKey) == ARGV[1] then redis.call('HDEL', KEYS[3], urlKey) end
if existed == 1 then redis.call('INCR', KEYS[4]) end
return existed
`;

/**
 * save-state: replace the state of a subscription that still exists (a fetch finishing after its feed
 * was removed must not bring back half a record), optionally only if it is still the state the caller
 * read (for a partial update beside the fetcher's writes). The config field is not touched, and the rev
 * is not bumped: the fetcher reschedules a feed itself when it changes the interval, and a rev moving
 * on every adaptive change would make each scheduler replica re-read every subscription.
 *
 * KEYS[1] sub hash
 * ARGV[1] state JSON   ARGV[2] '1' to compare first   ARGV[3] expected JSON
 *
 * Returns 1 when saved, 0 when the subscription is gone, -1 when the state changed since it was read.
 */
export const SAVE_STATE_LUA = `
local cur = redis.call('HMGET', KEYS[1], 'config', 'state')
if not cur[1] then return 0 end
if ARGV[2] == '1' and (cur[2] or '') ~= ARGV[3] then return -1 end
redis.call('HSET', KEYS[1], 'state', ARGV[1])
return 1
`;
