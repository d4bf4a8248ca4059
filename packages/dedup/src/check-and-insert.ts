import { INDEX_LUA_PRELUDE } from './index-lua.ts';
import { INDEX_LUA_WRITER } from './index-lua-writer.ts';

/**
 * check-and-insert: decide, atomically, what a story is to the index, and record it. Storage and
 * record layout: index-lua.ts.
 *
 * KEYS[1] the state hash. ARGV:
 *  1 key base '{p}:dedup:'   2 now (s)   3 generation span (s)   4 records per generation
 *  5 bytes per generation    6 layout of a new generation "<bp> <bi> <bx> <bc>"   7 key lifetime (s)
 *  8 story id (E)   9 id hash (uint32)   10 id tail (1 byte)   11 content hash (3 bytes)
 * 12 job token digest (0..15)   13/14 URL hash (uint32, '' when none) and tail (5 bytes)
 * 15/16 body hash and tail, likewise   17 feed hash (0..255)   18 feed id   19 '1' for a kill
 * 20 sketch ('' when the body is too short)   21.. postings (uint32)
 *
 * Returns { kind, version, status, duplicateOf, clusterId, method, similarity, possibleOf } (ids as
 * E strings) where kind is unique | duplicate | update | unchanged | replay — or { 'candidates',
 * cluster1, sketch1, pending1, … }: stories filed under the same postings before this one. The story
 * is then recorded unique and pending; the caller compares and records its verdict with settle (at
 * once for a copy, with mark-forwarded otherwise). 'recompare' instead of 'candidates': the same, for
 * a content found pending (its job died before its verdict was recorded): a replay.
 * - A content seen before keeps its own version, whatever came since (no stale text as a new version).
 * - `replay`: a decision recorded but never forwarded (or never settled): sent on again.
 * - A copy's own versions stay copies, and never claim the URL or body keys.
 * - A URL shared by items of one feed (live blogs, section-page links) does not make them copies.
 * - A story seen again in a later generation is copied into the current one: it is remembered for the
 *   window after it was last seen, as long as the caps allow.
 */
export const CHECK_AND_INSERT_LUA = `${INDEX_LUA_PRELUDE}
local now, span, perGen, perBytes = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local newLayout, keyTtl = ARGV[6], tonumber(ARGV[7])
local idE, idSrc, idTail, content, token = ARGV[8], tonumber(ARGV[9]), ARGV[10], ARGV[11], tonumber(ARGV[12])
local urlSrc, urlTail, bodySrc, bodyTail = tonumber(ARGV[13]), ARGV[14], tonumber(ARGV[15]), ARGV[16]
local feed, feedId, kill, sketch = tonumber(ARGV[17]), ARGV[18], ARGV[19] == '1', ARGV[20]
local postingsFrom = 21

-- Rotate: a new generation when this one is full (count, bytes, log) or old; its slot is emptied.
local function drop(s)
  local l = layout(s)
  if not l then return end
  local names = {}
  local function flush()
    if #names > 0 then redis.call('UNLINK', unpack(names)) end
    names = {}
  end
  local function add(name)
    names[#names + 1] = name
    if #names >= 500 then flush() end
  end
  for _, kb in ipairs({ { 'p', l.bp }, { 'i', l.bi }, { 'x', l.bx }, { 'c', l.bc } }) do
    for b = 0, kb[2] - 1 do add(tkey(l, kb[1], b)) end
  end
  for c = 0, math.floor(tonumber(st['o' .. s] or 0) / CHUNK) do add(base .. 's' .. s .. ':r:' .. c) end
  flush()
end
do
  local g, steps = tonumber(st.g), 0
  if not g then
    g, steps = -1, 1
  elseif now - tonumber(st.t) >= span then
    steps = math.min(SLOTS, math.floor((now - tonumber(st.t)) / span))
  elseif tonumber(st.n) >= perGen or tonumber(st.b) >= perBytes or tonumber(st['o' .. (g % SLOTS)] or 0) >= MAXLOG then
    steps = 1
  end
  if steps > 0 then
    for _ = 1, steps do
      g = g + 1
      local s = g % SLOTS
      drop(s)
      st['s' .. s], st['o' .. s] = g .. ' ' .. newLayout, 0
      redis.call('HSET', stateKey, 's' .. s, st['s' .. s], 'o' .. s, 0)
    end
    st.g, st.t, st.n, st.b = g, now, 0, 0
    redis.call('HSET', stateKey, 'g', g, 't', now, 'n', 0, 'b', 0)
  end
end
local live = liveSlots()
local cur = live[1]
${INDEX_LUA_WRITER}

local r = findItem(live, idE, idSrc, idTail)
if r then
  local c
  for _, x in ipairs(r.contents) do if x.h == content then c = x end end
  if c then
    if c.pending then
      -- Recorded, but its comparison was never settled (the job died in between): compare again.
      local reply = candidates()
      reply[1] = 'recompare'
      if #reply > 1 then return reply end
      redis.call('SETRANGE', r.key, r.pos + c.at - 1, string.char(c.st + 4 * c.fwd + 16 * c.tok))
    end
    local kind = 'unchanged'
    -- Never forwarded: its job died before its output was queued, so it is sent again. Once forwarded,
    -- a retry of the job that forwarded it needs nothing re-sent either (the output was queued before
    -- the mark), so a job's token does not decide: 4 bits of it would take 1 re-poll in 16 for a retry.
    if c.fwd == 0 or c.pending then kind = 'replay' end
    local reply = decisionOf(kind, r, c)
    if r.l.gen == cur.gen then return reply end
    -- Seen again: remembered from now on, in the current generation.
    local ref = append(r.raw)
    put('i', idSrc % cur.bi, idTail .. struct.pack('>I3', ref))
    return done(reply)
  end
  local v = r.base + #r.contents + 1
  local stName = 'update'
  if r.st == 1 then stName = 'duplicate' end
  r.contents[#r.contents + 1] = { h = content, st = (stName == 'duplicate') and 1 or 2, fwd = 0, tok = token }
  local ref = write(r, r)
  if stName ~= 'duplicate' then claim(ref) end
  local s = ''
  if r.cl ~= '' then s = simStr(r.s) end
  return done({ 'update', v, stName, r.cl, clusterOf(r), METHOD_NAMES[r.m], s })
end

local owner, method = nil, 0
if urlSrc and not kill then
  local o = findExact(urlSrc, urlTail)
  if o and o.id ~= idE and o.feed ~= feed then owner, method = o, 2 end
end
if not owner and bodySrc and not kill then
  local o = findExact(bodySrc, bodyTail)
  if o and o.id ~= idE then owner, method = o, 3 end
end
if owner then
  local cl = clusterOf(owner)
  local ref = write(fresh(1, method, cl, 1000))
  join(cl, method, 1000)
  file(ref)
  return done({ 'duplicate', 1, 'duplicate', cl, cl, METHOD_NAMES[method], '1.000' })
end
local rec = fresh(0, 0, '', 0)
local reply
if not kill and sketch ~= '' then
  -- Near copies: stories filed under our postings before us. We are filed now, as unique until the
  -- caller settles its comparison (settle), so every story after us compares with us: two racing
  -- copies never both become unique, and no further round is needed.
  reply = candidates()
  if #reply > 1 then rec.contents[1].pending = true end
end
local ref = write(rec)
claim(ref)
file(ref)
if reply and #reply > 1 then return done(reply) end
return done({ 'unique', 1, 'unique', '', idE, 'none', '' })
`;

/**
 * settle: the caller's verdict on the candidates check-and-insert returned. The story was recorded
 * unique and pending; now it is unique, a possible copy of a cluster, or a copy of one (its record
 * rewritten, its URL and body claims taken back). A content settled already (a retried job raced
 * this one) keeps its decision. Returns the decision as check-and-insert does.
 *
 * KEYS[1] the state hash. ARGV: 1 key base, 2 story id (E), 3 id hash, 4 id tail, 5 content hash,
 * 6 verdict unique | possible | copy, 7 cluster (E), 8 similarity (×1000), 9 feed id,
 * 10/11 URL hash and tail, 12/13 body hash and tail ('' when none), 14 key lifetime (s), 15 '1' to
 * settle even on a cluster still pending, 16 '1' to mark the content forwarded too (the caller settles
 * at mark-forwarded time when it knew the cluster already). Returns { 'wait' } when that cluster's
 * story is pending.
 */
export const SETTLE_LUA = `${INDEX_LUA_PRELUDE}
local live = liveSlots()
local cur = live[1]
local idE, idSrc, idTail, content = ARGV[2], tonumber(ARGV[3]), ARGV[4], ARGV[5]
local verdict, cluster, sim, feedId = ARGV[6], ARGV[7], tonumber(ARGV[8]) or 0, ARGV[9]
local urlSrc, urlTail, bodySrc, bodyTail = tonumber(ARGV[10]), ARGV[11], tonumber(ARGV[12]), ARGV[13]
local keyTtl, kill, sketch, token, feed, postingsFrom = tonumber(ARGV[14]), false, '', 0, 0, #ARGV + 1
${INDEX_LUA_WRITER}
local r = findItem(live, idE, idSrc, idTail)
if not r then return redis.error_reply('WF_DEDUP_UNKNOWN story left the index before its verdict') end
local c
for _, x in ipairs(r.contents) do if x.h == content then c = x end end
if not c then return redis.error_reply('WF_DEDUP_UNKNOWN content left the index before its verdict') end
local mark = ARGV[16] == '1'
if not c.pending then
  if mark and c.fwd == 0 then redis.call('SETRANGE', r.key, r.pos + c.at - 1, string.char(c.st + 4 + 16 * c.tok)) end
  return decisionOf(STATUS_NAMES[c.st % 3], r, c)
end
-- The cluster named is a story's own id (candidates report a story's cluster): a story still
-- pending is waited for (the caller calls again), so a copy names the cluster that story settles in.
if verdict ~= 'unique' then
  local src, tail = idKeyOf(cluster)
  local head = findItem(live, cluster, src, tail)
  if head then
    if head.contents[#head.contents].pending and ARGV[15] ~= '1' then return { 'wait' } end
    cluster = clusterOf(head)
  end
end
c.pending = false
if mark then c.fwd = 1 end
if verdict == 'unique' then
  redis.call('SETRANGE', r.key, r.pos + c.at - 1, string.char(c.st + 4 * c.fwd + 16 * c.tok))
  return decisionOf('unique', r, c)
end
if verdict == 'copy' then
  c.st, r.m, r.cl, r.s = 1, 4, cluster, sim
  unclaim(r)
  join(cluster, 4, sim)
else
  c.st, r.pd, r.ps = 3, cluster, sim
end
write(r, r)
return done(decisionOf(STATUS_NAMES[c.st % 3], r, c))
`;

/**
 * mark-forwarded: the decision for this content was applied (forwarded or dropped on purpose), so a
 * later sighting of the same content is `unchanged`, not a replay. Rewrites one byte of the record in
 * place. (A story whose comparison is still to be recorded is marked by settle instead.) With ARGV[6]
 * '0' it takes the mark back: the story never reached its sinks (a one-shot run that ended with it
 * failed or still queued, its queues then removed), so the next sighting replays it.
 *
 * KEYS[1] the state hash. ARGV: 1 key base, 2 story id (E), 3 id hash, 4 id tail, 5 content hash,
 * 6 '1' to mark (default), '0' to unmark. Returns 1 when the content is known, else 0.
 */
export const MARK_FORWARDED_LUA = `${INDEX_LUA_PRELUDE}
local r = findItem(liveSlots(), ARGV[2], tonumber(ARGV[3]), ARGV[4])
if not r then return 0 end
local fwd = 1
if ARGV[6] == '0' then fwd = 0 end
for _, c in ipairs(r.contents) do
  if c.h == ARGV[5] then
    if c.fwd ~= fwd then
      local pend = 0
      if c.pending then pend = 8 end
      redis.call('SETRANGE', r.key, r.pos + c.at - 1, string.char(c.st + 4 * fwd + pend + 16 * c.tok))
    end
    return 1
  end
end
return 0
`;

/**
 * describe: a story's record and its cluster's copies, for the trace. KEYS and ARGV 1–4 as for
 * mark-forwarded. Returns {} when unknown, else { version, status, duplicateOf, clusterId, method,
 * similarity, possibleOf, possibleSimilarity, then (member, feed, method, similarity) per copy }.
 */
export const DESCRIBE_LUA = `${INDEX_LUA_PRELUDE}
local live = liveSlots()
local r = findItem(live, ARGV[2], tonumber(ARGV[3]), ARGV[4])
if not r then return {} end
local v = 0
for _, c in ipairs(r.contents) do if c.v > v then v = c.v end end
local st0 = STATUS_NAMES[r.st]
local s = ''
if r.cl ~= '' then s = simStr(r.s) end
local ps = ''
if r.pd then ps = simStr(r.ps) end
local out = { v, st0, r.cl, clusterOf(r), METHOD_NAMES[r.m], s, r.pd or '', ps }
local cl = clusterOf(r)
for i = #live, 1, -1 do
  local l = live[i]
  local str = redis.call('GET', tkey(l, 'c', clusterBucket(cl, l.bc)))
  local at = 1
  while str and at <= #str do
    local c, m
    c, at = readE(str, at)
    m, at = readE(str, at)
    local n = string.byte(str, at)
    local f = string.sub(str, at + 1, at + n)
    local method, sim = string.byte(str, at + n + 1), struct.unpack('>H', str, at + n + 2)
    at = at + n + 4
    if c == cl then
      out[#out + 1] = m
      out[#out + 1] = f
      out[#out + 1] = METHOD_NAMES[method]
      out[#out + 1] = simStr(sim)
    end
  end
end
return out
`;
