/**
 * Writing to the dedup index (Lua, after INDEX_LUA_PRELUDE). The script defines first: `live`, `cur`
 * (the current generation's layout), `keyTtl`, the story's `idE`, `idSrc`, `idTail`, `content`,
 * `token`, `feed`, `feedId`, `kill`, `sketch`, `urlSrc`/`urlTail`, `bodySrc`/`bodyTail` (nil when
 * none) and `postingsFrom` (the first ARGV holding a posting; past the end when none).
 */
export const INDEX_LUA_WRITER = `
local written = 0
local function put(kind, b, entry, tailLen, width, keep)
  local key = tkey(cur, kind, b)
  written = written + #entry
  if keep then
    local str = getStr(key)
    local found = entries(str, string.sub(entry, 1, tailLen), width)
    if #found >= keep then
      local oldest = found[1]
      for _, e in ipairs(found) do if e[1] < oldest[1] then oldest = e end end
      -- In place: no new string here (its cost is its length), no allocation in Redis.
      redis.call('SETRANGE', key, oldest[2] - 1, entry)
      cache[key] = nil
      return
    end
  end
  -- Appended in Redis, not rebuilt here (a string made in Lua costs its length in time), and without
  -- reading the bucket when nothing in it decides (a cluster's members can be tens of KB). APPEND
  -- leaves as much room again for growth, so a grown bucket is copied once at its exact size.
  -- A new bucket gets the generation's TTL, as its log chunks do, so an idle index still empties
  -- (COPY and RENAME carry the TTL along).
  cache[key] = nil
  if redis.call('APPEND', key, entry) > #entry then
    redis.call('COPY', key, base .. 'copy', 'REPLACE')
    redis.call('RENAME', base .. 'copy', key)
  else
    redis.call('EXPIRE', key, keyTtl)
  end
end
-- Remove the aligned entry equal to 'entry' from a table bucket of generation l.
local function unput(l, kind, b, entry, width)
  local key = tkey(l, kind, b)
  local str = getStr(key)
  for _, e in ipairs(entries(str, entry, width)) do
    cache[key] = string.sub(str, 1, e[2] - 1) .. string.sub(str, e[2] + width)
    redis.call('SET', key, cache[key], 'KEEPTTL')
    return
  end
end
local function append(rec)
  local o = tonumber(st['o' .. cur.s])
  local pos = o % CHUNK
  if pos + #rec > CHUNK then
    o = o - pos + CHUNK
    pos = 0
  end
  local key = base .. 's' .. cur.s .. ':r:' .. math.floor(o / CHUNK)
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
-- Write a record into the current generation and point the id at it. An older copy of the record
-- in this generation loses its id entry; one that postings or claims may still reach is marked moved.
local function write(r, old)
  local ref = append(build(r))
  local bi = idSrc % cur.bi
  if old then
    redis.call('SETRANGE', old.key, old.pos + old.hdr, string.char(old.f - old.f % 8 + 7))
    if old.l.gen == cur.gen then
      local key = tkey(cur, 'i', bi)
      local str = getStr(key)
      for _, e in ipairs(entries(str, idTail .. struct.pack('>I3', old.ref), 4)) do
        redis.call('SETRANGE', key, e[2] - 1, idTail .. struct.pack('>I3', ref))
        cache[key] = nil
        return ref
      end
    end
  end
  put('i', bi, idTail .. struct.pack('>I3', ref))
  return ref
end
local function findExact(src, tail)
  for _, l in ipairs(live) do
    local found = entries(getStr(tkey(l, 'x', src % l.bx)), tail, 8)
    if #found > 0 then return current(live, readRecord(l, found[1][1])) end
  end
  return nil
end
local function claim(ref)
  if kill then return end
  if urlSrc and not findExact(urlSrc, urlTail) then put('x', urlSrc % cur.bx, urlTail .. struct.pack('>I3', ref)) end
  if bodySrc and not findExact(bodySrc, bodyTail) then put('x', bodySrc % cur.bx, bodyTail .. struct.pack('>I3', ref)) end
end
-- A copy claims nothing: take back what its record claimed (in its own generation).
local function unclaim(r)
  local r3 = struct.pack('>I3', r.ref)
  if urlSrc then unput(r.l, 'x', urlSrc % r.l.bx, urlTail .. r3, 8) end
  if bodySrc then unput(r.l, 'x', bodySrc % r.l.bx, bodyTail .. r3, 8) end
end
local function file(ref)
  if kill or sketch == '' then return end
  local r3 = struct.pack('>I3', ref)
  for i = postingsFrom, #ARGV do
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
-- Stories filed under our postings, in any live generation, for the caller to compare: triples of
-- (cluster, sketch, '1' when that story's own verdict is pending). Our own cluster's copies are not
-- candidates. At most MAX_CANDIDATES, those filed under most of our postings first: a copy shares
-- most of its postings, while templated copy (results, markets) files dozens of other days' stories
-- under a few of them, each one a sketch to send and compare.
local MAX_CANDIDATES = 8
local function candidates()
  local refs, found = {}, {}
  for _, l in ipairs(live) do
    for i = postingsFrom, #ARGV do
      local p = tonumber(ARGV[i])
      -- Postings are a story's smallest hashes: their top bits are near zero, so the tail is the
      -- 16 bits above the bucket's.
      local tail = struct.pack('>H', math.floor(p / l.bp) % 65536)
      for _, e in ipairs(entries(getStr(tkey(l, 'p', p % l.bp)), tail, 5)) do
        local k = l.gen .. ':' .. e[1]
        local c = refs[k]
        if not c then
          c = { l = l, ref = e[1], n = 0 }
          refs[k] = c
          found[#found + 1] = c
        end
        c.n = c.n + 1
      end
    end
  end
  -- Keep the 8 filed under most of our postings; among equals, settled before pending and oldest
  -- first: in a burst of one story from many outlets the copies still pending settle in the order they
  -- came, so a copy waits least on the oldest, and one compared only with pending copies could name
  -- one of them as its cluster. Records are read in that order, only as far as the 8 need: the counts,
  -- generations and refs are known unread, and a story is filed once (under the ref of its first
  -- record: a later record of it is reached by id, never filed), so it is reached by one ref only.
  table.sort(found, function(a, b)
    if a.n ~= b.n then return a.n > b.n end
    if a.l.gen ~= b.l.gen then return a.l.gen < b.l.gen end
    return a.ref < b.ref
  end)
  local seen, kept = {}, {}
  local i = 1
  while i <= #found and #kept < MAX_CANDIDATES do
    -- One count at a time: its settled stories in order, then its pending ones.
    local n, settled, pending = found[i].n, {}, {}
    while i <= #found and found[i].n == n and #kept + #settled < MAX_CANDIDATES do
      local c = found[i]
      i = i + 1
      local o = current(live, readRecord(c.l, c.ref))
      if o and o.id ~= idE and clusterOf(o) ~= idE and o.sketch ~= '' and not seen[o.id] then
        seen[o.id] = true
        c.o = o
        c.pending = o.contents[#o.contents].pending
        if c.pending then pending[#pending + 1] = c else settled[#settled + 1] = c end
      end
    end
    while i <= #found and found[i].n == n do i = i + 1 end
    for _, c in ipairs(settled) do kept[#kept + 1] = c end
    for _, c in ipairs(pending) do kept[#kept + 1] = c end
  end
  local reply = { 'candidates' }
  for i = 1, math.min(#kept, MAX_CANDIDATES) do
    local o = kept[i].o
    reply[#reply + 1] = clusterOf(o)
    reply[#reply + 1] = o.sketch
    reply[#reply + 1] = kept[i].pending and '1' or '0'
  end
  return reply
end
`;
