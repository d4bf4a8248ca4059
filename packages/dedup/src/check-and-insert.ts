/**
 * check-and-insert: decide, atomically, what a story is to the index, and record it.
 *
 * KEYS[1] item key   {p}:dedup:item:<storyId>   hash: v (latest version), st (status), dup (duplicate
 *                                                of), cl (cluster, empty when the story heads its
 *                                                own), m (method), s (similarity), pd and ps (the
 *                                                cluster it may copy and how alike, only on a
 *                                                possible copy), and one field per content seen:
 *                                                c:<hash> = "<version>|<status>|<token>|<forwarded 0/1>"
 *                                                (status `possible` for a possible copy's content)
 * KEYS[2] url key    {p}:dedup:url:<urlKey>      string: "<feedId> <storyId>" of the first story seen
 *                                                with that canonical URL
 * KEYS[3] body key   {p}:dedup:body:<bodyKey>    string: first story id seen with that body
 * Keys built here, all under the same hash tag as KEYS[1] (so the script stays single-slot on Redis
 * Cluster), one set per time generation `g` of the window:
 *   {p}:dedup:near:<g>:p:<bucket>   hash: 4-byte posting → space-separated ids of the stories filed
 *                                    under it (the 4 latest)
 *   {p}:dedup:near:<g>:s:<bucket>   hash: story id → its near-duplicate sketch (binary, ≤ 84 bytes);
 *                                    the bucket is the id's first 4 hex digits
 *   {p}:dedup:cluster:<clusterId>   list: "<id> <feedId> <method> <similarity>" of each copy
 *
 * ARGV[1] story id   ARGV[2] content hash   ARGV[3] job token   ARGV[4] window (seconds)
 * ARGV[5] '1' when KEYS[2] is meaningful     ARGV[6] '1' when KEYS[3] is meaningful
 * ARGV[7] feed id    ARGV[8] '1' when the story is a cancellation (kill): never a copy, claims nothing
 * ARGV[9] key base '{p}:dedup:'               ARGV[10] current generation   ARGV[11] generations to read
 * ARGV[12] generation key lifetime (s)       ARGV[13] sketch ('' when the body is too short)
 * ARGV[14] hint: '' (none) | '-' (unique) | '?' .. cluster id (unique, a possible copy of that cluster)
 *          | cluster id of the near copy's owner
 * ARGV[15] space-separated ids the caller has compared already   ARGV[16] similarity of the hint
 * ARGV[17..] pairs of (posting bucket, posting)
 *
 * Returns { kind, version, status, duplicateOf, clusterId, method, similarity, possibleOf } where kind
 * is unique | duplicate | update | unchanged | replay — or { 'candidates', id1, cluster1, sketch1, … }:
 * stories filed under the same postings and not yet compared, for the caller to compare and call
 * again with a hint. A "unique" hint holds only if no story the caller has not compared was filed
 * under its postings meanwhile (another replica's copy comes back as a candidate), so two copies never
 * both become unique. A "copy of X" hint holds whatever arrived since.
 * - A content seen before keeps its own version, whatever came since (no stale text as a new version).
 * - `replay`: the same job retried (same token), or a decision recorded but never forwarded (its job
 *   failed after recording): the decision is handed back so it is applied, never dropped as unchanged.
 * - A copy's own versions stay copies, and never claim the URL or body keys.
 * - A URL shared by items of one feed with different guids (live blogs, section-page links) does not
 *   make them copies: the feed's own ids say they are different items.
 */
export const CHECK_AND_INSERT_LUA = `
local id, hash, token, ttl = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local hasUrl, hasBody, feed, kill = ARGV[5] == '1', ARGV[6] == '1', ARGV[7], ARGV[8] == '1'
local base, gen, gens, genTtl = ARGV[9], tonumber(ARGV[10]), tonumber(ARGV[11]), tonumber(ARGV[12])
local sketch, hint, checked, hintSim = ARGV[13], ARGV[14], ARGV[15], ARGV[16]
local field = 'c:' .. hash
local cur = redis.call('HMGET', KEYS[1], 'v', 'st', 'dup', 'cl', 'm', 's', field, 'pd', 'ps')
local function claim()
  if kill then return end
  if hasUrl then redis.call('SET', KEYS[2], feed .. ' ' .. id, 'NX', 'EX', ttl) end
  if hasBody then redis.call('SET', KEYS[3], id, 'NX', 'EX', ttl) end
end
-- A story that heads its own cluster stores no cluster id: the key already names it.
local function self(cl)
  if cl and cl ~= '' then return cl end
  return id
end
local function record(v, st, dup, cl, m, s, contentStatus)
  redis.call('HSET', KEYS[1], 'v', v, 'st', st, 'dup', dup, 'cl', cl, 'm', m, 's', s,
    field, v .. '|' .. (contentStatus or st) .. '|' .. token .. '|0')
  redis.call('EXPIRE', KEYS[1], ttl)
end
local function file()
  if kill or sketch == '' then return end
  local g = base .. 'near:' .. gen
  local skey = g .. ':s:' .. string.sub(id, 1, 4)
  redis.call('HSET', skey, id, sketch)
  redis.call('EXPIRE', skey, genTtl)
  for i = 17, #ARGV, 2 do
    local pkey = g .. ':p:' .. ARGV[i]
    local ids = redis.call('HGET', pkey, ARGV[i + 1])
    local list = {}
    if ids then
      for other in string.gmatch(ids, '%S+') do if other ~= id then list[#list + 1] = other end end
    end
    list[#list + 1] = id
    while #list > 4 do table.remove(list, 1) end
    redis.call('HSET', pkey, ARGV[i + 1], table.concat(list, ' '))
    redis.call('EXPIRE', pkey, genTtl)
  end
end
local function join(cl, m, s)
  local ckey = base .. 'cluster:' .. cl
  redis.call('RPUSH', ckey, id .. ' ' .. feed .. ' ' .. m .. ' ' .. s)
  redis.call('LTRIM', ckey, -100, -1)
  redis.call('EXPIRE', ckey, ttl)
end
if cur[7] then
  local v, st, tok, fwd = string.match(cur[7], '^(%d+)|([^|]*)|(.*)|([01])$')
  local kind = 'unchanged'
  if tok == token or fwd == '0' then kind = 'replay' end
  redis.call('EXPIRE', KEYS[1], ttl)
  if st == 'possible' then
    return { kind, tonumber(v), 'unique', '', self(cur[4]), 'near', cur[9] or '', cur[8] or '' }
  end
  return { kind, tonumber(v), st, cur[3] or '', self(cur[4]), cur[5] or 'none', cur[6] or '' }
end
if cur[1] then
  local v = tonumber(cur[1]) + 1
  local st = 'update'
  if cur[2] == 'duplicate' then st = 'duplicate' end
  record(v, st, cur[3] or '', cur[4] or '', cur[5] or 'guid', cur[6] or '')
  if st ~= 'duplicate' then claim() end
  return { 'update', v, st, cur[3] or '', self(cur[4]), cur[5] or 'guid', cur[6] or '' }
end
local owner, method = false, 'none'
if hasUrl and not kill then
  local claimed = redis.call('GET', KEYS[2])
  if claimed then
    local ownerFeed, ownerId = string.match(claimed, '^(.*) ([^ ]+)$')
    if ownerId and ownerId ~= id and ownerFeed ~= feed then owner, method = ownerId, 'url' end
  end
end
if not owner and hasBody and not kill then
  owner = redis.call('GET', KEYS[3])
  if owner and owner ~= id then method = 'body-hash' else owner = false end
end
local function clusterOf(other)
  local c = redis.call('HGET', base .. 'item:' .. other, 'cl')
  if c and c ~= '' then return c end
  return other
end
if owner then
  local cl = clusterOf(owner)
  record(1, 'duplicate', cl, cl, method, '1')
  join(cl, method, '1')
  file()
  return { 'duplicate', 1, 'duplicate', cl, cl, method, '1' }
end
if not kill and sketch ~= '' then
  -- Near copies: every story filed under one of our postings, in any live generation.
  local seen, found = {}, {}
  for g = gen, gen - gens + 1, -1 do
    local prefix = base .. 'near:' .. g
    for i = 17, #ARGV, 2 do
      local ids = redis.call('HGET', prefix .. ':p:' .. ARGV[i], ARGV[i + 1])
      if ids then
        for other in string.gmatch(ids, '%S+') do
          if other ~= id and not seen[other] then
            seen[other] = true
            local sk = redis.call('HGET', prefix .. ':s:' .. string.sub(other, 1, 4), other)
            if sk then found[#found + 1] = { other, sk } end
          end
        end
      end
    end
  end
  -- Being a copy of a story stays true whoever arrived since; "unique" holds only if every story
  -- now filed under our postings is one the caller already compared and found different.
  local compared = {}
  for other in string.gmatch(checked, '%S+') do compared[other] = true end
  local fresh = {}
  for _, c in ipairs(found) do if not compared[c[1]] then fresh[#fresh + 1] = c end end
  local copyHint = hint ~= '' and hint ~= '-' and string.sub(hint, 1, 1) ~= '?'
  if #fresh > 0 and not copyHint then
    local reply = { 'candidates' }
    for _, c in ipairs(fresh) do
      reply[#reply + 1] = c[1]
      reply[#reply + 1] = clusterOf(c[1])
      reply[#reply + 1] = c[2]
    end
    return reply
  end
  if copyHint then
    local cl = clusterOf(hint)
    record(1, 'duplicate', cl, cl, 'near', hintSim)
    join(cl, 'near', hintSim)
    file()
    return { 'duplicate', 1, 'duplicate', cl, cl, 'near', hintSim }
  end
  if string.sub(hint, 1, 1) == '?' then
    -- A possible copy stays a story of its own (delivered, claiming its keys), marked.
    local of = clusterOf(string.sub(hint, 2))
    record(1, 'unique', '', '', 'none', '', 'possible')
    redis.call('HSET', KEYS[1], 'pd', of, 'ps', hintSim)
    claim()
    file()
    return { 'unique', 1, 'unique', '', id, 'near', hintSim, of }
  end
end
record(1, 'unique', '', '', 'none', '')
claim()
file()
return { 'unique', 1, 'unique', '', id, 'none', '' }
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
