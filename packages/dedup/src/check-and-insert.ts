import { INDEX_LUA_PRELUDE } from './index-lua.ts';

/**
 * check-and-insert: decide, atomically, what a story is to the index, and record it. Storage and
 * record layout: index-lua.ts.
 *
 * KEYS[1] the state hash. ARGV:
 *  1 key base '{p}:dedup:'   2 now (s)   3 generation span (s)   4 records per generation
 *  5 bytes per generation    6 layout of a new generation "<bp> <bi> <bx> <bc>"   7 key lifetime (s)
 *  8 story id (E)   9 id hash (uint32)   10 id tail (1 byte)   11 content hash (3 bytes)
 * 12 job token digest (0..255)   13/14 URL hash (uint32, '' when none) and tail (5 bytes)
 * 15/16 body hash and tail, likewise   17 feed hash (0..255)   18 feed id   19 '1' for a kill
 * 20 sketch ('' when the body is too short)   21 hint: '' | unique | possible | copy
 * 22 hint cluster (E)   23 space-separated candidates compared already   24 hint similarity (×1000)
 * 25.. postings (uint32)
 *
 * Returns { kind, version, status, duplicateOf, clusterId, method, similarity, possibleOf } (ids as
 * E strings) where kind is unique | duplicate | update | unchanged | replay — or { 'candidates',
 * key1, cluster1, sketch1, … }: stories filed under the same postings and not yet compared, for the
 * caller to compare and call again with a hint. A "unique" or "possible" hint holds only if no story
 * the caller has not compared was filed under its postings meanwhile (another replica's copy comes
 * back as a candidate), so two copies never both become unique. A "copy" hint holds whatever arrived.
 * - A content seen before keeps its own version, whatever came since (no stale text as a new version).
 * - `replay`: the same job retried (same token), or a decision recorded but never forwarded.
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
local hintKind, hintCluster, checked, hintSim = ARGV[21], ARGV[22], ARGV[23], tonumber(ARGV[24]) or 0
local FIRST_POSTING = 25

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
  for c = 0, math.floor(tonumber(st['o' .. s] or 0) / CHUNK) do add(base .. s .. ':r:' .. c) end
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
local written = 0

local function put(kind, b, entry, tailLen, width, keep)
  local key = tkey(cur, kind, b)
  local str = redis.call('GET', key)
  written = written + #entry
  if not str then
    redis.call('SET', key, entry, 'EX', keyTtl)
    return
  end
  if keep then
    local found = entries(str, string.sub(entry, 1, tailLen), width)
    if #found >= keep then
      local oldest = found[1]
      for _, e in ipairs(found) do if e[1] < oldest[1] then oldest = e end end
      local p = oldest[2]
      redis.call('SET', key, string.sub(str, 1, p - 1) .. entry .. string.sub(str, p + width), 'KEEPTTL')
      return
    end
  end
  redis.call('SET', key, str .. entry, 'KEEPTTL')
end
local function append(rec)
  local o = tonumber(st['o' .. cur.s])
  local pos = o % CHUNK
  if pos + #rec > CHUNK then
    o = o - pos + CHUNK
    pos = 0
  end
  local key = base .. cur.s .. ':r:' .. math.floor(o / CHUNK)
  if pos == 0 then
    redis.call('SETRANGE', key, CHUNK - 1, '\\0')
    redis.call('EXPIRE', key, keyTtl)
  end
  redis.call('SETRANGE', key, pos, rec)
  local ref = o / ALIGN
  o = o + #rec
  if o % ALIGN ~= 0 then o = o + ALIGN - o % ALIGN end
  st['o' .. cur.s] = o
  written = written + #rec
  return ref
end
-- Write a record into the current generation and point the id at it (replacing the id's entry when
-- an older copy of the record is in this generation too).
local function write(r, old)
  local ref = append(build(r))
  local bi = idSrc % cur.bi
  if old and old.l.gen == cur.gen then
    local key = tkey(cur, 'i', bi)
    local str = redis.call('GET', key)
    local was = idTail .. struct.pack('>I3', old.ref)
    for _, e in ipairs(entries(str, was, 4)) do
      redis.call('SET', key, string.sub(str, 1, e[2] - 1) .. idTail .. struct.pack('>I3', ref) .. string.sub(str, e[2] + 4), 'KEEPTTL')
      return ref
    end
  end
  put('i', bi, idTail .. struct.pack('>I3', ref))
  return ref
end
local function findExact(src, tail)
  for _, l in ipairs(live) do
    local found = entries(redis.call('GET', tkey(l, 'x', src % l.bx)), tail, 8)
    if #found > 0 then return readRecord(l, found[1][1]) end
  end
  return nil
end
local function claim(ref)
  if kill then return end
  if urlSrc and not findExact(urlSrc, urlTail) then put('x', urlSrc % cur.bx, urlTail .. struct.pack('>I3', ref)) end
  if bodySrc and not findExact(bodySrc, bodyTail) then put('x', bodySrc % cur.bx, bodyTail .. struct.pack('>I3', ref)) end
end
local function file(ref)
  if kill or sketch == '' then return end
  local r3 = struct.pack('>I3', ref)
  for i = FIRST_POSTING, #ARGV do
    local p = tonumber(ARGV[i])
    put('p', p % cur.bp, struct.pack('>H', math.floor(p / cur.bp) % 65536) .. r3, 2, 5, 4)
  end
end
local function join(cl, m, s)
  local f = string.sub(feedId, 1, 255)
  put('c', clusterBucket(cl, cur.bc), cl .. idE .. string.char(#f) .. f .. string.char(m) .. struct.pack('>H', s))
end
local function done(reply)
  redis.call('HSET', stateKey, 'o' .. cur.s, st['o' .. cur.s], 'n', tonumber(st.n) + 1, 'b', tonumber(st.b) + written)
  return reply
end
local function fresh(st0, m, cl, s)
  return { m = m, cl = cl, s = s, id = idE, feed = feed, sketch = sketch, base = 0,
    contents = { { h = content, st = st0, fwd = 0, tok = token } } }
end

local r = findItem(live, idE, idSrc, idTail)
if r then
  local c
  for _, x in ipairs(r.contents) do if x.h == content then c = x end end
  if c then
    local kind = 'unchanged'
    if c.tok == token or c.fwd == 0 then kind = 'replay' end
    local reply
    if c.st == 3 then
      reply = { kind, c.v, 'unique', '', clusterOf(r), 'near', simStr(r.ps or 0), r.pd or '' }
    else
      local s = ''
      if r.cl ~= '' then s = simStr(r.s) end
      reply = { kind, c.v, STATUS_NAMES[c.st], r.cl, clusterOf(r), METHOD_NAMES[r.m], s }
    end
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
if not kill and sketch ~= '' then
  -- Near copies: every story filed under one of our postings, in any live generation.
  local compared = {}
  for k in string.gmatch(checked, '%S+') do compared[k] = true end
  local seen, reply = {}, { 'candidates' }
  for _, l in ipairs(live) do
    for i = FIRST_POSTING, #ARGV do
      local p = tonumber(ARGV[i])
      -- Postings are a story's smallest hashes: their top bits are near zero, so the tail is the
      -- 16 bits above the bucket's.
      local tail = struct.pack('>H', math.floor(p / l.bp) % 65536)
      for _, e in ipairs(entries(redis.call('GET', tkey(l, 'p', p % l.bp)), tail, 5)) do
        local k = l.gen .. ':' .. e[1]
        if not seen[k] and not compared[k] then
          seen[k] = true
          local o = readRecord(l, e[1])
          if o and o.id ~= idE and o.sketch ~= '' then
            reply[#reply + 1] = k
            reply[#reply + 1] = clusterOf(o)
            reply[#reply + 1] = o.sketch
          end
        end
      end
    end
  end
  -- Being a copy of a story stays true whoever arrived since; "unique" holds only if every story
  -- now filed under our postings is one the caller already compared and found different.
  if #reply > 1 and hintKind ~= 'copy' then return reply end
  if hintKind == 'copy' then
    local ref = write(fresh(1, 4, hintCluster, hintSim))
    join(hintCluster, 4, hintSim)
    file(ref)
    return done({ 'duplicate', 1, 'duplicate', hintCluster, hintCluster, 'near', simStr(hintSim) })
  end
  if hintKind == 'possible' then
    -- A possible copy stays a story of its own (delivered, claiming its keys), marked.
    local rec = fresh(3, 0, '', 0)
    rec.pd, rec.ps = hintCluster, hintSim
    local ref = write(rec)
    claim(ref)
    file(ref)
    return done({ 'unique', 1, 'unique', '', idE, 'near', simStr(hintSim), hintCluster })
  end
end
local ref = write(fresh(0, 0, '', 0))
claim(ref)
file(ref)
return done({ 'unique', 1, 'unique', '', idE, 'none', '' })
`;

/**
 * mark-forwarded: the decision for this content was applied (forwarded or dropped on purpose), so a
 * later sighting of the same content is `unchanged`, not a replay. Flips one bit of the record in place.
 *
 * KEYS[1] the state hash. ARGV: 1 key base, 2 story id (E), 3 id hash, 4 id tail, 5 content hash.
 */
export const MARK_FORWARDED_LUA = `${INDEX_LUA_PRELUDE}
local r = findItem(liveSlots(), ARGV[2], tonumber(ARGV[3]), ARGV[4])
if not r then return 0 end
for _, c in ipairs(r.contents) do
  if c.h == ARGV[5] then
    if c.fwd == 0 then
      redis.call('SETRANGE', r.key, r.pos + c.at - 1, string.char(c.st + 4))
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
