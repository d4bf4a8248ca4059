/**
 * The dedup index's storage, shared by its scripts (Lua, prepended to each). ADR 0023 has the why.
 *
 * KEYS[1] is the state hash `{p}:dedup:state`: `g` (current generation), `t` (when it began, s), `n`
 * and `b` (records and bytes written in it), and per slot s (0..3): `s<s>` = "<generation> <posting
 * buckets> <id buckets> <exact buckets> <cluster buckets>" and `o<s>` (the slot's log cursor).
 * Generation g lives in slot g % 4 and every key of a slot is deleted when a new generation takes it:
 * the index holds the current generation and the three before it, nothing else, with no per-key TTL
 * to keep (each key gets one EXPIRE when created, so an idle index still empties after the window).
 *
 * Keys of slot s, all under the prefix's hash tag (single-slot on Redis Cluster):
 *   {p}:dedup:s<s>:r:<chunk>   the record log: pre-sized 65,530-byte strings (an exact allocator size
 *                             class), records appended at 2-byte-aligned offsets; a ref is offset / 2
 *   {p}:dedup:s<s>:i:<bucket>  story id → ref:  4-byte entries (1 byte of the id's hash, 3-byte ref)
 *   {p}:dedup:s<s>:x:<bucket>  canonical URL or folded body hash → ref: 8-byte entries (5 + 3)
 *   {p}:dedup:s<s>:p:<bucket>  posting → ref: 5-byte entries (16 bits of the posting above the bucket's, 3-byte ref);
 *                             at most 4 per posting per generation, the oldest replaced
 *   {p}:dedup:s<s>:c:<bucket>  cluster members, for the trace: <cluster><member><feed><method><sim>
 * Tables are plain strings of a few KB scanned with string.find: no per-entry overhead, unlike a hash,
 * and no 64-byte value limit to fall out of. An entry is appended in Redis (APPEND, then COPY + RENAME,
 * so the bucket is held at its exact size: APPEND leaves as much room again for growth) and a replaced
 * one overwritten in place (SETRANGE); only a removal rewrites the string from here. Every string Lua
 * makes — a GET's reply, a concatenation — costs time in proportion to its length (measured on Redis
 * 7.0: ≈ 2.5 ns a byte, ≈ 10 µs for a 3.7 KB bucket, against ≈ 2 µs for a call): the bytes a check
 * reads and builds in Lua are most of its time.
 *
 * A record: length (1 byte, or 2 with the top bit set), flags (method 3 bits, has cluster, possible
 * copy, raw id, number of contents), the story id (12 bytes packed hex, or length-prefixed), a feed
 * hash byte, each content seen (3 bytes of its hash, a byte: status 2 bits, forwarded, pending, and 4
 * bits of the job token's digest; its version is its place in the list), the cluster id and
 * similarity (copies), the cluster it may copy and similarity (possible copies), then the sketch
 * (sketch-codec.ts). Ids travel as "E" strings: a
 * length byte (0x8c = 12 packed hex bytes follow) and the bytes.
 */
export const INDEX_LUA_PRELUDE = `
local CHUNK, ALIGN, SLOTS = 65530, 2, 4
local MAXLOG = 16777215 * ALIGN - CHUNK
local stateKey, base = KEYS[1], ARGV[1]
local st = {}
local flat = redis.call('HGETALL', stateKey)
for i = 1, #flat, 2 do st[flat[i]] = flat[i + 1] end
local METHOD_NAMES = { [0] = 'none', 'guid', 'url', 'body-hash', 'near' }
local STATUS_NAMES = { [0] = 'unique', 'duplicate', 'update', 'possible' }

local function layout(s)
  local l = st['s' .. s]
  if not l then return nil end
  local gen, bp, bi, bx, bc = string.match(l, '^(%d+) (%d+) (%d+) (%d+) (%d+)$')
  return { s = s, gen = tonumber(gen), bp = tonumber(bp), bi = tonumber(bi), bx = tonumber(bx), bc = tonumber(bc) }
end
-- The live generations, newest first.
local function liveSlots()
  local out, g = {}, tonumber(st.g)
  if not g then return out end
  for k = 0, SLOTS - 1 do
    local gen = g - k
    if gen >= 0 then
      local l = layout(gen % SLOTS)
      if l and l.gen == gen then out[#out + 1] = l end
    end
  end
  return out
end
local function tkey(l, kind, b) return base .. 's' .. l.s .. ':' .. kind .. ':' .. b end
-- Table buckets read once per call (a check reads some twice: to look, then to insert).
local cache = {}
local function getStr(key)
  local v = cache[key]
  if v == nil then
    v = redis.call('GET', key)
    cache[key] = v
  end
  return v
end
-- Aligned entries of a table string that start with tail: { ref, position }.
local function entries(str, tail, width)
  local out = {}
  if not str then return out end
  local at = 1
  while true do
    local p = string.find(str, tail, at, true)
    if not p then break end
    if (p - 1) % width == 0 then
      out[#out + 1] = { (struct.unpack('>I3', str, p + width - 3)), p }
      at = p + width
    else
      at = p + 1
    end
  end
  return out
end
local function readE(s, at)
  local b = string.byte(s, at)
  local n = b
  if b >= 128 then n = b - 128 end
  return string.sub(s, at, at + n), at + n + 1
end
-- Flags: method (3 bits; 7 = moved, read the id's newer record), has a cluster, possible copy, raw id, and the number of contents (1, 2,
-- or 3 = a count byte and a 16-bit base version follow). Content i has version base + i; the item's
-- status is its latest content's (a possible copy's is unique).
local function parse(rec, hdr)
  local r = { raw = rec, contents = {}, cl = '', s = 0, hdr = hdr }
  local at = hdr + 1
  local f = string.byte(rec, at)
  r.f = f
  at = at + 1
  r.m = f % 8
  local hasCl, poss, raw, k = math.floor(f / 8) % 2 == 1, math.floor(f / 16) % 2 == 1, math.floor(f / 32) % 2 == 1, math.floor(f / 64)
  if raw then
    r.id, at = readE(rec, at)
  else
    r.id = string.char(140) .. string.sub(rec, at, at + 11)
    at = at + 12
  end
  r.feed = string.byte(rec, at)
  at = at + 1
  r.base = 0
  if k == 3 then
    k = string.byte(rec, at)
    r.base = struct.unpack('>H', rec, at + 1)
    at = at + 3
  end
  for i = 1, k do
    local sb = string.byte(rec, at + 3)
    r.contents[i] = { h = string.sub(rec, at, at + 2), v = r.base + i, st = sb % 4, fwd = math.floor(sb / 4) % 2,
      pending = math.floor(sb / 8) % 2 == 1, tok = math.floor(sb / 16), at = at + 3 }
    at = at + 4
  end
  r.st = r.contents[k].st % 3
  if hasCl then
    r.cl, at = readE(rec, at)
    r.s = struct.unpack('>H', rec, at)
    at = at + 2
  end
  if poss then
    r.pd, at = readE(rec, at)
    r.ps = struct.unpack('>H', rec, at)
    at = at + 2
  end
  r.sketch = string.sub(rec, at)
  return r
end
local function readRecord(l, ref)
  local off = ref * ALIGN
  local key = base .. 's' .. l.s .. ':r:' .. math.floor(off / CHUNK)
  local pos = off % CHUNK
  local head = redis.call('GETRANGE', key, pos, pos + 255)
  if #head == 0 then return nil end
  local b1 = string.byte(head, 1)
  local len, hdr = b1, 1
  if b1 >= 128 then len, hdr = (b1 - 128) * 256 + string.byte(head, 2), 2 end
  if len > #head then head = redis.call('GETRANGE', key, pos, pos + len - 1) end
  local r = parse(string.sub(head, 1, len), hdr)
  r.l, r.ref, r.key, r.pos = l, ref, key, pos
  return r
end
local function build(r)
  while #r.contents > 255 do
    table.remove(r.contents, 1)
    r.base = r.base + 1
  end
  local k = #r.contents
  local f = r.m
  if r.cl ~= '' then f = f + 8 end
  if r.pd then f = f + 16 end
  local idPart = string.sub(r.id, 2)
  if string.byte(r.id, 1) ~= 140 then
    f = f + 32
    idPart = r.id
  end
  local parts = { '', idPart, string.char(r.feed) }
  if k <= 2 and (r.base or 0) == 0 then
    f = f + 64 * k
  else
    f = f + 192
    parts[#parts + 1] = string.char(k) .. struct.pack('>H', r.base or 0)
  end
  parts[1] = string.char(f)
  for _, c in ipairs(r.contents) do
    local pend = 0
    if c.pending then pend = 8 end
    parts[#parts + 1] = c.h .. string.char(c.st + 4 * c.fwd + pend + 16 * c.tok)
  end
  if r.cl ~= '' then parts[#parts + 1] = r.cl .. struct.pack('>H', r.s) end
  if r.pd then parts[#parts + 1] = r.pd .. struct.pack('>H', r.ps) end
  parts[#parts + 1] = r.sketch
  local body = table.concat(parts)
  local len = #body + 1
  if len >= 128 then
    len = len + 1
    return string.char(128 + math.floor(len / 256), len % 256) .. body
  end
  return string.char(len) .. body
end
-- The record of a story id (an E string), newest generation first.
local function findItem(live, idE, idSrc, idTail)
  for _, l in ipairs(live) do
    local str = getStr(tkey(l, 'i', idSrc % l.bi))
    for _, e in ipairs(entries(str, idTail, 4)) do
      local r = readRecord(l, e[1])
      if r and r.id == idE then return r end
    end
  end
  return nil
end
-- Where an id's entry is: the packed id's first bytes, or a digest of a raw id (as the caller does).
local function idKeyOf(e)
  if string.byte(e, 1) == 140 then return (struct.unpack('>I4', e, 2)), string.sub(e, 6, 6) end
  local h = redis.sha1hex(string.sub(e, 2))
  return tonumber(string.sub(h, 1, 8), 16), string.char(tonumber(string.sub(h, 9, 10), 16))
end
-- A record reached by a ref that was rewritten since (method 7: moved) is read where its id points.
local function current(live, r)
  if r and r.m == 7 then
    local src, tail = idKeyOf(r.id)
    return findItem(live, r.id, src, tail)
  end
  return r
end
local function simStr(x) return string.format('%.3f', x / 1000) end
local function clusterOf(r)
  if r.cl ~= '' then return r.cl end
  return r.id
end
-- The decision recorded for content c of record r, as the scripts reply.
local function decisionOf(kind, r, c)
  if c.st == 3 then return { kind, c.v, 'unique', '', clusterOf(r), 'near', simStr(r.ps or 0), r.pd or '' } end
  local s = ''
  if r.cl ~= '' then s = simStr(r.s) end
  return { kind, c.v, STATUS_NAMES[c.st], r.cl, clusterOf(r), METHOD_NAMES[r.m], s }
end
local function clusterBucket(cl, n)
  local h = 0
  for i = 1, #cl do h = (h * 31 + string.byte(cl, i)) % 65536 end
  return h % n
end
`;
